import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { JSONContent } from '@tiptap/core';
import type { Briefing } from '../../../electron/common/briefing/briefing';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../../..');
const vnuJar = path.join(projectRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

export interface NuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
}

/**
 * Runs the W3C Nu HTML checker over `files` and returns its error messages. Throws when the checker
 * could not run (no Java, no jar) or did not answer with its JSON report: "no report" is never "no errors".
 */
export async function nuHtmlErrors(
  files: readonly string[],
  { java = 'java', jar = vnuJar }: { java?: string; jar?: string } = {},
): Promise<NuMessage[]> {
  const outcome = await run(java, ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
    maxBuffer: 32 * 1024 * 1024,
  }).catch((error: { code?: string | number; stdout?: string; stderr?: string; message: string }) => error);
  // The checker exits 1 when it found errors; it reports them on standard error as JSON either way.
  const output = 'stderr' in outcome ? (outcome.stderr ?? '') : '';
  let report: { messages?: unknown };
  try {
    report = JSON.parse(output) as { messages?: unknown };
  } catch {
    const reason = 'message' in outcome ? outcome.message : output.slice(0, 500);
    throw new Error(`The W3C Nu HTML checker did not run (${java} -jar ${jar}): ${reason}`);
  }
  if (!Array.isArray(report.messages)) {
    throw new Error(`The W3C Nu HTML checker answered without a message list: ${output.slice(0, 500)}`);
  }
  return (report.messages as NuMessage[]).filter(
    (message) => message.type === 'error' || message.type === 'non-document-error',
  );
}

/** Runs a command-line tool and returns its standard output. */
export async function tool(command: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run(command, [...args], { maxBuffer: 32 * 1024 * 1024 });
  return stdout;
}

/** `pdfinfo` fields, e.g. `Tagged` → `yes`. */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const line of (await tool('pdfinfo', [file])).split('\n')) {
    const separator = line.indexOf(':');
    if (separator > 0) fields[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return fields;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_entity, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The PDF outline (bookmarks) in reading order, from `pdftohtml -xml`. */
export async function pdfOutline(file: string): Promise<string[]> {
  const xml = await tool('pdftohtml', ['-xml', '-i', '-stdout', file]);
  const outline = xml.slice(xml.indexOf('<outline>'));
  return [...outline.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((match) => decodeXml(match[1] as string));
}

/** Text with each run of whitespace made one space, as a reader sees it. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text without any whitespace: Chromium's outline and pdftotext drop or add spaces where lines wrap. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function collect(node: JSONContent, visit: (node: JSONContent) => void): void {
  visit(node);
  for (const child of node.content ?? []) collect(child, visit);
}

function plainText(node: JSONContent): string {
  if (node.type === 'hardBreak') return ' ';
  return node.text ?? (node.content ?? []).map(plainText).join('');
}

/** Texts a reader must find in any export of `briefing`: headings, list items, captions of figures that have their image. */
export function expectedTexts(briefing: Briefing): { headings: string[]; listItems: string[]; captions: string[] } {
  const headings: string[] = [];
  const listItems: string[] = [];
  const captions: string[] = [];
  collect(briefing.content, (node) => {
    const text = plainText(node).trim();
    if (!text) return;
    if (node.type === 'heading') headings.push(text);
    if (node.type === 'listItem') listItems.push(text);
    // A figure still waiting for its image is left out of a final export.
    if (node.type === 'figure' && node.attrs?.src) captions.push(plainText(node.content?.[0] ?? {}).trim());
  });
  // The export adds the source list and the corrections log after the body, each under its own heading.
  if (briefing.metadata.sources.length > 0) headings.push('Sources');
  if (briefing.metadata.corrections.length > 0) headings.push('Corrections and updates');
  return { headings, listItems, captions };
}
