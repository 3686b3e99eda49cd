/** Ids already handed out in one exported file, so anchors stay unique across sections and briefings. */
export type HeadingAnchors = Set<string>;

/** A readable, unique `id` for a heading, e.g. `targeted-areas` or `targeted-areas-2`. */
export function headingAnchor(anchors: HeadingAnchors, text: string): string {
  const slug =
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'section';
  const base = /^\p{L}/u.test(slug) ? slug : `h-${slug}`;
  let candidate = base;
  for (let counter = 2; anchors.has(candidate); counter += 1) candidate = `${base}-${counter}`;
  anchors.add(candidate);
  return candidate;
}
