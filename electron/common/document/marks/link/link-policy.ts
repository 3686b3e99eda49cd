import { containsControlCharacters } from '../../../text/control-characters';
import { LinkAddressMemo } from './link-address-memo';

const allowedLinkProtocols = new Set(['http:', 'https:', 'mailto:']);

/** Link schemes a briefing may carry; everything else (javascript:, data:, file:, …) is refused. */
export const safeLinkProtocols = ['http', 'https', 'mailto'] as const;

/** True for an absolute http, https or mailto URL without control characters. */
export function isSafeLinkUrl(candidate: unknown): candidate is string {
  return safeLinkAddress(candidate) !== null;
}

/** Up to 200,000 characters of addresses (about 800 KB): the links of the largest imports, judged once each. */
const judgedAddresses = new LinkAddressMemo(200_000);

/** The address as `URL` writes it (`href`) when `isSafeLinkUrl` holds, else null: one parse for both. */
export function safeLinkAddress(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 2048) return null;
  return judgedAddresses.answer(candidate, judgeLinkAddress);
}

function judgeLinkAddress(candidate: string): string | null {
  if (containsControlCharacters(candidate)) return null;
  try {
    const url = new URL(candidate.trim());
    if (!allowedLinkProtocols.has(url.protocol)) return null;
    const safe = url.protocol === 'mailto:' ? url.pathname.includes('@') : url.hostname.length > 0;
    return safe ? url.href : null;
  } catch {
    return null;
  }
}
