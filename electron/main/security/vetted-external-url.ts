const maximumLength = 2048;

/**
 * The parsed, re-serialized form of a link we may hand to the operating system's browser
 * (https only, a real host name, no embedded credentials), or undefined. Callers pass this
 * `href` on, never the raw string, so what the OS opens is exactly what was checked.
 */
export function vettedExternalUrl(candidate: string): string | undefined {
  if (candidate.length > maximumLength) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  const host = url.hostname;
  if (!host.includes('.') || host.endsWith('.')) return undefined;
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return undefined;
  return /(^|\.)localhost$/i.test(host) ? undefined : url.href;
}

/** True for a link `vettedExternalUrl` accepts. */
export function isVettedExternalUrl(candidate: string): boolean {
  return vettedExternalUrl(candidate) !== undefined;
}
