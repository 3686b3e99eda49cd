import { readFile } from 'node:fs/promises';

// Vite inlines `?inline` imports as data URLs; these Node module hooks do the same when tsx runs sources directly.
export async function resolve(specifier, context, nextResolve) {
  if (!specifier.endsWith('?inline')) return nextResolve(specifier, context);
  const resolved = await nextResolve(specifier.slice(0, -'?inline'.length), context);
  return { ...resolved, url: `${resolved.url}?inline`, shortCircuit: true };
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.woff2?inline')) return nextLoad(url, context);
  const bytes = await readFile(new URL(url.slice(0, -'?inline'.length)));
  const dataUrl = `data:font/woff2;base64,${bytes.toString('base64')}`;
  return { format: 'module', source: `export default ${JSON.stringify(dataUrl)};`, shortCircuit: true };
}
