/**
 * The renderer's Content-Security-Policy: only our own scripts and styles,
 * no inline script, no eval, no network, no frames, no plugins.
 */
export const rendererContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'none'",
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
