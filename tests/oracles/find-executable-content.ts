import type { JSONContent } from '@tiptap/core';
import { generateHTML } from '@tiptap/html/server';
import { Window } from 'happy-dom';
import { createBriefingExtensions } from '../../electron/common/document/briefing-extensions';

const forbiddenElements = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'base',
  'meta',
  'link',
  'template',
]);
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']);
const assetUrl = /^asset:[a-f0-9]{64}\.(?:png|jpg|gif|webp)$/;
const safeUrl = {
  test(value: string): boolean {
    if (assetUrl.test(value)) return true;
    try {
      return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  },
};
/** Table widths from the schema's own rendering are fine; anything that loads or runs is not. */
const unsafeStyle = /url\s*\(|expression\s*\(|javascript:|@import|behavior\s*:|-moz-binding/i;
const scriptScheme = /^\s*(?:javascript|vbscript|data|file)\s*:/i;

function findInJson(node: JSONContent, problems: string[]): void {
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (typeof value === 'string' && scriptScheme.test(value.replace(/[\s\p{Cc}]/gu, ''))) {
      problems.push(`${node.type}.${name}=${value.slice(0, 60)}`);
    }
  }
  for (const mark of node.marks ?? []) {
    const href = mark.attrs?.href;
    if (typeof href === 'string' && !safeUrl.test(href)) problems.push(`link ${href.slice(0, 60)}`);
  }
  for (const child of node.content ?? []) findInJson(child, problems);
}

/** Scans HTML for anything a browser could run: script-like elements, handlers, styles, unsafe URLs. */
export function findExecutableHtml(html: string): string[] {
  const problems: string[] = [];
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  try {
    const document = new window.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (forbiddenElements.has(tag)) problems.push(`<${tag}>`);
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
        if (name === 'style' && unsafeStyle.test(attribute.value ?? ''))
          problems.push(`${tag}[style=${attribute.value}]`);
        const value = attribute.value ?? '';
        if (urlAttributes.has(name) && !safeUrl.test(value.trim())) {
          problems.push(`${tag}[${name}=${value.slice(0, 60)}]`);
        }
      }
    }
  } finally {
    void window.happyDOM.close();
  }
  return problems;
}

/**
 * Everything executable in a briefing body or in its HTML rendering through the
 * shared extensions (the export's starting point): empty when the body is safe.
 */
export function findExecutableContent(content: JSONContent): string[] {
  const problems: string[] = [];
  findInJson(content, problems);
  problems.push(...findExecutableHtml(generateHTML(content, createBriefingExtensions())));
  return problems;
}
