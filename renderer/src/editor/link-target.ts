import { isSafeLinkUrl } from '../../../electron/common/document/marks/link/link-policy';

export type LinkTarget = { ok: true; href: string } | { ok: false; message: string };

/**
 * What the user typed in the link dialog, as a link the briefing may carry.
 * A bare address ("example.org/report") becomes https; an email address becomes mailto.
 */
export function linkTargetFrom(input: string): LinkTarget {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Type the address the link should open.' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  let candidate = text;
  if (!hasScheme) candidate = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text) ? `mailto:${text}` : `https://${text}`;
  if (isSafeLinkUrl(candidate)) return { ok: true, href: candidate };
  return {
    ok: false,
    message: hasScheme
      ? `Only web (http, https) and email (mailto) links can be added; “${text.slice(0, 60)}” was refused.`
      : `“${text.slice(0, 60)}” is not a web or email address.`,
  };
}
