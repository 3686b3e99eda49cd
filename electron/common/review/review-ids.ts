/** A fresh id with `prefix`, unique without coordination (Web Crypto exists in Node, Chromium and Electron). */
export function newReviewId(prefix: 'c' | 'm' | 's'): string {
  return `${prefix}-${globalThis.crypto.randomUUID()}`;
}
