import path from 'node:path';
import { build } from 'vite';

const entry = path.join(import.meta.dirname, 'bare-editor-entry.ts');

/** The reference page's HTML: one column the width of the app's body, no app around it. */
export const bareEditorHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare TipTap</title>
<link rel="stylesheet" href="/bare.css"></head><body><div id="editor"></div><script src="/bare.js"></script></body></html>`;

export const bareEditorCss = `body{margin:0;font:15px/1.5 system-ui,sans-serif}#editor{max-width:860px;margin:24px}
.bare-body{padding:20px 28px;line-height:1.6;font-size:1.05rem;white-space:pre-wrap;outline:none}`;

/** Bundles the bare StarterKit editor with Vite (the project's own bundler), in memory. */
export async function buildBareEditorScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'BareEditor', fileName: () => 'bare.js' },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const result of outputs) {
    if ('output' in result) {
      const chunk = result.output.find((item) => item.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('Vite did not produce the bare editor bundle.');
}
