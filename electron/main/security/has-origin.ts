/**
 * True when `candidate` is a URL on exactly `origin` (`scheme://host[:port]`).
 * Unlike comparing `new URL(candidate).origin`, this also works for the app's
 * own `app:` scheme: WHATWG URL (and so Node in the main process) gives every
 * non-special scheme the opaque origin `"null"`, even though Chromium treats
 * `app://briefdesk` as a standard origin.
 */
export function hasOrigin(candidate: string | undefined, origin: string): boolean {
  if (!candidate) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return `${url.protocol}//${url.host}` === origin;
}
