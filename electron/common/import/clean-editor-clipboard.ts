import { DOMSerializer, type Fragment, DOMParser as ProseMirrorDomParser } from '@tiptap/pm/model';
import { checkBriefingContent } from '../document/briefing-content';
import { briefingSchema } from '../document/briefing-schema';
import type { ImportDocument } from './import-dom';

const sliceMarker = /^(\d{1,3}) (\d{1,3})(?: |$)/;

/** Whether the parsed fragment passes the document check as a body, and shows only this briefing's pictures. */
function fitsTheBriefing(fragment: Fragment, isOwnAsset: (source: string) => boolean): boolean {
  if (!checkBriefingContent({ type: 'doc', content: fragment.toJSON() ?? [] }).ok) return false;
  let fits = true;
  fragment.descendants((node) => {
    const source = node.type.name === 'figure' ? node.attrs.src : null;
    if (source !== null && !isOwnAsset(String(source))) fits = false;
    return fits;
  });
  return fits;
}

/**
 * A copy made inside the editor (ProseMirror marks it with `data-pm-slice`, but any
 * web page can write that marker): parsed through the briefing schema, checked
 * like a stored document (safe links, pictures of this briefing only, the input
 * limits) and serialised again from the schema, so only schema markup reaches the
 * editor. The slice's open depths are kept; its context, which would carry
 * unchecked attributes, is dropped. Undefined when the copy does not fit: it is
 * then cleaned like any pasted page.
 */
export function cleanEditorClipboard(
  page: ImportDocument,
  isOwnAsset: (source: string) => boolean,
): string | undefined {
  const marked = page.querySelector('[data-pm-slice]');
  const depths = sliceMarker.exec(marked?.getAttribute('data-pm-slice') ?? '');
  if (!page.body || !depths) return undefined;
  let fragment: Fragment;
  try {
    fragment = ProseMirrorDomParser.fromSchema(briefingSchema).parseSlice(page.body as never).content;
  } catch {
    return undefined;
  }
  if (!fitsTheBriefing(fragment, isOwnAsset)) return undefined;
  const container = page.createElement('div');
  container.append(
    DOMSerializer.fromSchema(briefingSchema).serializeFragment(fragment, { document: page as never }) as never,
  );
  container.children[0]?.setAttribute('data-pm-slice', `${depths[1]} ${depths[2]} []`);
  return container.innerHTML;
}
