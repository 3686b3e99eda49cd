import { containsControlCharacters } from '../../../text/control-characters';

const allowedLinkProtocols = new Set(['http:', 'https:', 'mailto:']);

/** Link schemes a briefing may carry; everything else (javascript:, data:, file:, …) is refused. */
export const safeLinkProtocols = ['http', 'https', 'mailto'] as const;

/** True for an absolute http, https or mailto URL without control characters. */
export function isSafeLinkUrl(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 2048) return false;
  if (containsControlCharacters(candidate)) return false;
  try {
    const url = new URL(candidate.trim());
    if (!allowedLinkProtocols.has(url.protocol)) return false;
    return url.protocol === 'mailto:' ? url.pathname.includes('@') : url.hostname.length > 0;
  } catch {
    return false;
  }
}
