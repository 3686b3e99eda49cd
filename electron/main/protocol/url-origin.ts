/**
 * `scheme://host[:port]` of a URL, or undefined when it cannot be parsed.
 * Node's `URL.origin` is "null" for custom schemes such as `app:`, which
 * Chromium treats as standard, so origins are compared by this instead.
 */
export function urlOrigin(candidate: string | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    return url.host ? `${url.protocol}//${url.host}` : undefined;
  } catch {
    return undefined;
  }
}
