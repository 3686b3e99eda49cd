import type { ClutterKind } from './import-result';

const socialNetworks =
  '(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|bluesky|threads|e-?mail|print|copy link)';

/** Whole-block texts that are page furniture, never reporting. Matched against one block's visible text. */
const clutterTexts: ReadonlyArray<readonly [ClutterKind, RegExp]> = [
  [
    'comments',
    /^(?:no comments?(?: yet)?|\d+ comments?|comments?(?: \(\d+\))?|leave a (?:comment|reply)|add (?:a|your) comment|post a comment|write a comment|show comments|view comments|join the (?:discussion|conversation)|be the first to comment|your (?:feedback|opinion|comment)s? (?:is|are) (?:welcome|important)|we welcome your (?:feedback|comments))\W*$/iu,
  ],
  [
    'share',
    new RegExp(
      `^(?:share(?: this)?(?: article| story| post| page)?|share on ${socialNetworks}|tweet|${socialNetworks}(?:\\s*[|·•,/]?\\s*${socialNetworks})*)\\W*$`,
      'iu',
    ),
  ],
  [
    'subscribe',
    /^(?:subscribe(?: now| here)?|sign up(?: now)?|newsletter|to (?:read|continue reading) the full (?:story|article)|(?:subscribe|sign up) (?:to|for) (?:our|the) .{1,60}|get (?:our|the) .{1,40} newsletter|follow us on .{1,60}|get the latest .{1,80} in your inbox.{0,40})\W*$/iu,
  ],
  [
    'navigation',
    /^(?:skip to (?:main )?content|back to top|menu|search|home|close|caption|tags?|(?:sign|log) ?(?:in|out)|my account)\W*$/iu,
  ],
  // Rows of site controls: "Menu Search Sign in", "Subscribe Sign In".
  [
    'navigation',
    /^(?:(?:menu|search|sign in|sign up|log in|subscribe|register|account|home|close|open)(?:\s+|\s*[|·•]\s*)){1,5}(?:menu|search|sign in|sign up|log in|subscribe|register|account|home|close|open)\W*$/iu,
  ],
  // Slide-show controls: "Image 1 of 8", "Photo 3 / 12".
  ['navigation', /^(?:image|photo|picture|slide)\s+\d{1,3}\s*(?:of|\/)\s*\/?\s*\d{1,3}$/iu],
  ['navigation', /^(?:home|news|world|main)(?:\s*[>›»/|]\s*[\p{L}\p{N} &'’,.-]{1,40}){1,6}$/iu],
  ['advertising', /^(?:advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?|ad)\W*$/iu],
  ['page-footer', /^(?:(?:©|\(c\)|copyright\b)[^\n]{0,150}|all rights reserved\.?)$/iu],
  ['empty-image', /^(?:\[?(?:image|photo|picture)(?: placeholder)?\]?|image not available|loading…?\.{0,3})$/iu],
];

const cookieNotice =
  /\b(?:we use cookies|this (?:web)?site uses cookies|uses cookies to|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b/iu;

/**
 * "The contents of this site are ©2019 …": the site's notice, however long. A wire story's own "© 2019
 * Associated Press. All rights reserved. This material may not be published…" belongs to the story.
 */
const siteCopyright = /\bcontents of this (?:web)?site are\b/i;

/** A publisher's contact line: a telephone and a fax number ("202-628-8500 tel | 202-628-8503 fax"). */
const contactFooter = /\btel\b.{0,80}\bfax\b|\bfax\b.{0,80}\btel\b/i;

/** Openers of a related-links block: the block and the short items after it are dropped. */
const relatedOpener =
  /^(?:you (?:might|may) also (?:like|be interested in|enjoy)|read (?:more|also|next)|also read|related(?: (?:articles|stories|news|coverage|content|posts|links|topics|reading))?|more (?:stories|news|on this(?: story)?|from [\p{L} ]{1,30})|recommended(?: for you| reading| stories)?|most (?:read|popular|viewed|watched|shared)(?: [\p{L}]{1,20}){0,2}|more (?:great |top |latest )?(?:[\p{L}]{1,20} ){0,2}(?:stories|news|articles|videos)|see also|trending(?: now)?|popular now|what to read next)\W*$/iu;

/** The kind of clutter a whole block's text is, if it is clutter. */
export function clutterKindOfText(text: string, words: number): ClutterKind | undefined {
  if (text.length === 0) return undefined;
  // The unanchored notice pattern is slow with case folding: most blocks never say "cookie" at all.
  if (words <= 60 && /cookie/i.test(text) && cookieNotice.test(text)) return 'cookie-notice';
  if (words <= 40 && (siteCopyright.test(text) || contactFooter.test(text))) return 'page-footer';
  if (words > 14) return undefined;
  for (const [kind, pattern] of clutterTexts) if (pattern.test(text)) return kind;
  return undefined;
}

export function opensRelatedLinks(text: string): boolean {
  return text.length <= 60 && relatedOpener.test(text);
}

const tokenKinds: ReadonlyArray<readonly [ClutterKind, readonly string[]]> = [
  [
    'related-links',
    ['related', 'recommended', 'recirculation', 'readmore', 'outbrain', 'taboola', 'more-stories', 'read-more'],
  ],
  ['share', ['share', 'sharing', 'sharebar', 'social', 'sharethis']],
  ['comments', ['comment', 'comments', 'disqus', 'discussion']],
  ['cookie-notice', ['cookie', 'cookies', 'consent', 'gdpr']],
  ['subscribe', ['newsletter', 'subscribe', 'subscription', 'signup', 'paywall']],
  ['navigation', ['breadcrumb', 'breadcrumbs', 'crumbs', 'menu', 'navbar', 'pagination']],
  ['author-bio', ['bio', 'author-bio', 'authorbio', 'author-info', 'about-author', 'author-box', 'contributor-bio']],
  ['advertising', ['ad', 'ads', 'advert', 'advertisement', 'sponsored', 'promo', 'banner-ad']],
];

const roleKinds: Readonly<Record<string, ClutterKind>> = {
  navigation: 'navigation',
  complementary: 'related-links',
  contentinfo: 'page-footer',
  banner: 'navigation',
  search: 'navigation',
};

const tagKinds: Readonly<Record<string, ClutterKind>> = {
  nav: 'navigation',
  aside: 'related-links',
  footer: 'page-footer',
};

/** An element's clutter kind and what told it: its tag or role (always furniture) or its class and id names (a hint). */
export interface ElementClutter {
  kind: ClutterKind;
  by: 'tag' | 'name';
}

/** The kind of clutter an element is from its tag, role, class or id (`<aside>`, `class="share-bar"`…). */
export function clutterKindOfElement(
  tag: string,
  attribute: (name: string) => string | null,
  isOutermostSection: boolean,
): ElementClutter | undefined {
  // A page's own <footer> is furniture, but an article's footer may hold its sources.
  const tagKind = Object.hasOwn(tagKinds, tag) ? tagKinds[tag] : undefined;
  if (tagKind && !(tag === 'footer' && isOutermostSection)) return { kind: tagKind, by: 'tag' };
  const role = attribute('role')?.trim().toLowerCase();
  const roleKind = role && Object.hasOwn(roleKinds, role) ? roleKinds[role] : undefined;
  if (roleKind) return { kind: roleKind, by: 'tag' };
  const names = `${attribute('class') ?? ''} ${attribute('id') ?? ''}`.toLowerCase();
  if (names.trim() === '') return undefined;
  const tokens = new Set(names.split(/[\s_]+/).flatMap((name) => [name, ...name.split('-')]));
  for (const [kind, markers] of tokenKinds)
    if (markers.some((marker) => tokens.has(marker))) return { kind, by: 'name' };
  return undefined;
}
