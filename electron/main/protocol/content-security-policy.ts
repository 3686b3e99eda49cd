/**
 * The renderer's Content-Security-Policy: only our own scripts and styles,
 * no inline script, no eval, no network, no plugins; frames only from the app itself
 * (the export dialog's sandboxed preview).
 */
export const rendererContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'none'",
  "frame-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for the `<meta>` tag in renderer/index.html, a fallback if the
 * header were ever lost; `frame-ancestors` is header-only and dropped here.
 */
export const rendererMetaContentSecurityPolicy = rendererContentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/**
 * An export preview: the export's own policy (it also carries it in a `<meta>`, which narrows styles to
 * its hash), plus `sandbox` — an opaque origin, no script, no forms, no navigation of the app — and
 * framing by the app only.
 */
export const exportPreviewContentSecurityPolicy = [
  'sandbox',
  "default-src 'none'",
  'img-src data:',
  'font-src data:',
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');
