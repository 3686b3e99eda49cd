import type { Briefing } from '../../common/briefing/briefing';
import type { HtmlExportOptions } from './export-options';
import { renderBriefingHtml, renderCombinedBriefingsHtml } from './render-briefing-html';

/**
 * The HTML an export would save (or print to PDF): the combined file when combining, else the first
 * briefing's own file. The same renderer as the export, so the preview is the output, not a likeness.
 */
export async function renderExportPreview(
  briefings: readonly Briefing[],
  combine: boolean,
  options: HtmlExportOptions,
): Promise<{ html: string; briefingIds: string[] }> {
  if (combine && briefings.length > 1) {
    const rendered = await renderCombinedBriefingsHtml(briefings, options);
    return { html: rendered.html, briefingIds: briefings.map((briefing) => briefing.id) };
  }
  const first = briefings[0] as Briefing;
  return { html: (await renderBriefingHtml(first, options)).html, briefingIds: [first.id] };
}
