/** Vite (build and Vitest) inlines `?inline` imports as data URLs; bench/ registers the same for tsx. */
declare module '*.woff2?inline' {
  const dataUrl: string;
  export default dataUrl;
}
