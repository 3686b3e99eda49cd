import { access, chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CdpPipeConnection } from '../../../electron/main/export/pdf/cdp-pipe-connection';
import { ChromiumPdfPrinter, readSliceBytes } from '../../../electron/main/export/pdf/chromium-pdf-printer';
import { marginPresets, type PdfPrintOptions } from '../../../electron/main/export/pdf/pdf-print-options';
import { joinedPdf, PdfPrintError } from '../../../electron/main/export/pdf/pdf-printer';
import { fixturePng, noisyPng } from '../../fixtures/briefings/fixture-image';
import { tool } from './export-checks';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-printer-'));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

const printOptions: PdfPrintOptions = {
  pageSize: 'A4',
  margins: marginPresets.normal,
  headerTitle: 'Test',
  classification: 'Internal',
  exportedAt: new Date('2026-11-26T07:45:00Z'),
  timeoutMs: 30_000,
};

const page = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><h1>Hello</h1></body></html>';

describe('ChromiumPdfPrinter', () => {
  it('says how to fix it when the Chromium it was given does not exist', async () => {
    const failure = ChromiumPdfPrinter.launch({ explicitPath: path.join(folder, 'no-such-chromium'), environment: {} });
    await expect(failure).rejects.toBeInstanceOf(PdfPrintError);
    await expect(failure).rejects.toThrow(
      /No Chromium or Chrome was found at .*no-such-chromium\. Check the path given with --chromium or BRIEFDESK_CHROMIUM\./,
    );
    await expect(
      ChromiumPdfPrinter.launch({ environment: { BRIEFDESK_CHROMIUM: path.join(folder, 'gone') } }),
    ).rejects.toThrow(/No Chromium or Chrome was found at .*gone/);
  });

  it('gives up with a clear error when the program never answers, instead of hanging', async () => {
    const silent = path.join(folder, 'silent-chromium');
    await writeFile(silent, '#!/bin/sh\nexec sleep 30\n');
    await chmod(silent, 0o755);
    const started = Date.now();
    await expect(
      ChromiumPdfPrinter.launch({ explicitPath: silent, environment: {}, launchTimeoutMs: 1500 }),
    ).rejects.toThrow(/did not answer within 2 seconds\. Check that it is a working Chromium or Chrome/);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('prints one document after another in its warm page, each PDF with its own text and pictures', async () => {
    const picture = (seed: number) =>
      `<img alt="" src="data:image/png;base64,${fixturePng(240, 160, seed).toString('base64')}">`;
    const long = `${'<p>Shelling continued overnight along the river.</p>'.repeat(400)}${picture(1)}`;
    const documents = [
      `<!DOCTYPE html><html lang="en"><head><title>a</title></head><body><h1>First report</h1>${long}</body></html>`,
      `<!DOCTYPE html><html lang="en"><head><title>b</title></head><body><h1>Second report</h1>${picture(2)}${picture(3)}</body></html>`,
    ];
    const printer = await ChromiumPdfPrinter.launch({ environment: process.env });
    try {
      const printed: { text: string; pictures: number }[] = [];
      for (const [index, html] of documents.entries()) {
        const file = path.join(folder, `warm-${index}.pdf`);
        await writeFile(file, await printer.print(html, printOptions));
        const pictures = (await tool('pdfimages', ['-list', file])).trim().split('\n').length - 2;
        printed.push({ text: await tool('pdftotext', [file, '-']), pictures });
      }
      expect(printed[0]?.text).toContain('First report');
      expect(printed[0]?.pictures).toBe(1);
      expect(printed[1]?.text).toContain('Second report');
      expect(printed[1]?.text).not.toContain('Shelling');
      expect(printed[1]?.pictures).toBe(2);
    } finally {
      await printer.close();
    }
  });

  it('opens its page when asked to get ready, and prints in that page', async () => {
    const printer = await ChromiumPdfPrinter.launch({ environment: process.env });
    try {
      expect(printer.pagesOpened).toBe(0);
      await printer.prepare();
      expect(printer.pagesOpened).toBe(1);
      await printer.prepare();
      const file = path.join(folder, 'prepared.pdf');
      await writeFile(file, await printer.print(page.replace('Hello', 'Printed in the prepared page'), printOptions));
      expect(await tool('pdftotext', [file, '-'])).toContain('Printed in the prepared page');
      expect(printer.pagesOpened).toBe(1);
    } finally {
      await printer.close();
    }
  });

  it('reads back a PDF in many small slices, each reply one read of the pipe, and hands the slices back unjoined', async () => {
    // A photo that does not compress: the PDF is megabytes, read back in slices of readSliceBytes.
    const photo = `<img alt="" src="data:image/png;base64,${noisyPng(1000, 1000, 4).toString('base64')}">`;
    const printer = await ChromiumPdfPrinter.launch({ environment: process.env });
    const send = CdpPipeConnection.prototype.send;
    const replies: number[] = [];
    CdpPipeConnection.prototype.send = async function (this: CdpPipeConnection, method, params, sessionId) {
      const result = await send.call(this, method, params, sessionId);
      if (method === 'IO.read') replies.push(JSON.stringify(result).length);
      return result;
    };
    try {
      const file = path.join(folder, 'sliced.pdf');
      const printed = await printer.print(page.replace('Hello', `Large photo</h1>${photo}<h1>After it`), printOptions);
      // Handed back in its slices, so that main's thread never joins megabytes (the document worker does).
      expect(Array.isArray(printed)).toBe(true);
      expect(Math.max(...printed.map((piece) => piece.byteLength))).toBeLessThanOrEqual(readSliceBytes);
      const pdf = joinedPdf(printed);
      expect(pdf.length).toBeGreaterThan(2 * 1024 * 1024);
      expect(replies.length).toBeGreaterThanOrEqual(Math.ceil(pdf.length / readSliceBytes));
      expect(Math.max(...replies)).toBeLessThan(64 * 1024);
      await writeFile(file, pdf);
      await tool('qpdf', ['--check', file]);
      expect(await tool('pdftotext', [file, '-'])).toContain('After it');
      expect((await tool('pdfimages', ['-list', file])).trim().split('\n').length - 2).toBe(1);
    } finally {
      CdpPipeConnection.prototype.send = send;
      await printer.close();
    }
  });

  it('prints a document written at the path it gave and removes it, and refuses a file outside its folder', async () => {
    const printer = await ChromiumPdfPrinter.launch({ environment: process.env });
    try {
      const outside = path.join(folder, 'outside.html');
      await writeFile(outside, page.replace('Hello', 'Not from the printer'));
      await expect(printer.printFile(outside, printOptions)).rejects.toThrow(/own folder/);
      await access(outside);
      const document = printer.documentPath();
      await writeFile(document, page.replace('Hello', 'Written by the worker'), { mode: 0o600 });
      const pdf = path.join(folder, 'from-file.pdf');
      await writeFile(pdf, await printer.printFile(document, printOptions));
      expect(await tool('pdftotext', [pdf, '-'])).toContain('Written by the worker');
      await expect(access(document)).rejects.toThrow(/ENOENT/);
    } finally {
      await printer.close();
    }
  });

  it('stops a print that exceeds its time limit with a clear error, and stays usable', async () => {
    const printer = await ChromiumPdfPrinter.launch({ environment: process.env });
    try {
      await expect(printer.print(page, { ...printOptions, timeoutMs: 1 })).rejects.toThrow(
        /Printing the PDF took longer than 1 seconds and was stopped/,
      );
      const pdf = await printer.print(page, printOptions);
      expect(Buffer.from(joinedPdf(pdf).subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    } finally {
      await printer.close();
    }
  });

  it('closes a page that will not go blank after printing, and prints the next document in a fresh one', async () => {
    const printer = await ChromiumPdfPrinter.launch({ environment: process.env });
    // Leaving this page holds its renderer for a minute, so the page cannot go back to a blank document.
    const stubborn = page.replace(
      '</body>',
      '<script>addEventListener("pagehide", () => { const end = Date.now() + 60000; while (Date.now() < end); });</script></body>',
    );
    try {
      await printer.print(stubborn, printOptions);
      const pdf = await printer.print(page, { ...printOptions, timeoutMs: 25_000 });
      expect(Buffer.from(joinedPdf(pdf).subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    } finally {
      await printer.close();
    }
  }, 60_000);

  it('reports a browser that dies while printing as a sentence, not a crash', async () => {
    const printer = await ChromiumPdfPrinter.launch({ environment: process.env });
    const printing = printer.print(page, printOptions);
    process.kill(printer.processId as number, 'SIGKILL');
    await expect(printing).rejects.toThrow(/^Chromium stopped while printing the PDF \(.+\)\. Try the export again\.$/);
    await printer.close();
  });

  it('refuses every network request a page attempts, and records it', async () => {
    const printer = await ChromiumPdfPrinter.launch({ environment: process.env });
    try {
      const leaky =
        '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><img alt="" src="http://192.0.2.1/x.png"><p>Hi</p></body></html>';
      await printer.print(leaky, printOptions);
      expect(printer.blockedRequests).toEqual(['http://192.0.2.1/x.png']);
    } finally {
      await printer.close();
    }
  });
});
