const maximumLength = 2048;

/**
 * True for a link we may hand to the operating system's browser:
 * https only, a real host name, no embedded credentials.
 */
export function isVettedExternalUrl(candidate: string): boolean {
  if (candidate.length > maximumLength) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname;
  if (!host.includes('.') || host.endsWith('.')) return false;
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return false;
  return !/(^|\.)localhost$/i.test(host);
}
