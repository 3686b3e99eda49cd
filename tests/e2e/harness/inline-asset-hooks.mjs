// Node module hooks: `import('x.woff2?inline')` resolves to a module whose default export is the file as
// a data URL, as Vite's `?inline` does in the build, so the harness runs from a plain tsx script too.
import { readFile } from 'node:fs/promises';

const inlineFont = /\.woff2\?inline$/;

export async function load(url, context, nextLoad) {
  if (!inlineFont.test(url)) return nextLoad(url, context);
  const bytes = await readFile(new URL(url.replace(/\?inline$/, '')));
  const dataUrl = `data:font/woff2;base64,${bytes.toString('base64')}`;
  return { format: 'module', source: `export default ${JSON.stringify(dataUrl)};`, shortCircuit: true };
}
