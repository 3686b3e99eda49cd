import type { JSONContent } from '@tiptap/core';
import type { BriefingContent } from '../document/briefing-content';
import { normalizeHeadingText, sectionKindForHeading } from './section-kinds';

function headingOf(section: JSONContent): string {
  const heading = section.content?.[0];
  return (heading?.content ?? []).map((child) => child.text ?? '').join('');
}

function hasText(node: JSONContent): boolean {
  if (node.type === 'keyFigures' || node.type === 'figure') return true;
  if (node.text?.trim()) return true;
  return (node.content ?? []).some(hasText);
}

const ledeKinds = new Set(['lede', 'summary']);

/**
 * Pours an imported body into a template: each imported section lands in the
 * template section of the same kind or the same normalised heading (replacing
 * its empty placeholders, keeping key-figure rows and written text), the lede
 * lands in the template's lede section, and everything unmatched follows in its
 * original order after the template's sections.
 */
export function fillTemplate(template: JSONContent, imported: BriefingContent): BriefingContent {
  const body: JSONContent[] = structuredClone(template.content ?? []);
  const templateSections = body.filter((node) => node.type === 'section');
  const filled = new Set<JSONContent>();
  const pour = (target: JSONContent, blocks: JSONContent[]) => {
    const [heading, ...rest] = target.content ?? [];
    const kept = filled.has(target) ? rest : rest.filter(hasText);
    target.content = [...(heading ? [heading] : []), ...kept, ...blocks];
    filled.add(target);
  };
  const findSection = (kind: string, heading: string) => {
    const normalized = normalizeHeadingText(heading);
    return (
      templateSections.find((section) => kind !== 'custom' && section.attrs?.kind === kind) ??
      templateSections.find((section) => normalizeHeadingText(headingOf(section)) === normalized) ??
      templateSections.find(
        (section) => kind !== 'custom' && sectionKindForHeading(headingOf(section)) === kind && section.attrs,
      )
    );
  };

  const content = imported.content ?? [];
  const lede = content.filter((node) => node.type !== 'section' && hasText(node));
  if (lede.length > 0) {
    const ledeSection = templateSections.find((section) => ledeKinds.has(String(section.attrs?.kind)));
    if (ledeSection) pour(ledeSection, lede);
    else body.unshift(...lede);
  }
  const unmatched: JSONContent[] = [];
  for (const node of content) {
    if (node.type !== 'section') continue;
    const target = findSection(String(node.attrs?.kind ?? 'custom'), headingOf(node));
    if (target) pour(target, (node.content ?? []).slice(1));
    else unmatched.push(node);
  }
  return { type: 'doc', content: [...body, ...unmatched] };
}
