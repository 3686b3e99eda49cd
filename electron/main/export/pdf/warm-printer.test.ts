import { describe, expect, it } from 'vitest';
import { marginPresets, type PdfPrintOptions } from './pdf-print-options';
import type { PdfPrinter } from './pdf-printer';
import { WarmPrinter } from './warm-printer';

const options: PdfPrintOptions = {
  pageSize: 'A4',
  margins: marginPresets.normal,
  headerTitle: 'T',
  classification: 'Internal',
  exportedAt: new Date('2026-11-26T07:45:00Z'),
  timeoutMs: 1000,
};

function countingPrinters() {
  const opened: { printed: string[]; closed: boolean; prepared?: number }[] = [];
  const open = async (): Promise<PdfPrinter> => {
    const state = { printed: [] as string[], closed: false, prepared: 0 };
    opened.push(state);
    let documents = 0;
    return {
      print: async (html) => {
        if (state.closed) throw new Error('printing with a closed printer');
        state.printed.push(html);
        return new Uint8Array([1]);
      },
      documentPath: () => `/printer-${opened.length}/document-${++documents}.html`,
      prepare: async () => {
        state.prepared += 1;
      },
      printFile: async (file) => {
        if (state.closed) throw new Error('printing with a closed printer');
        state.printed.push(file);
        return new Uint8Array([2]);
      },
      close: async () => {
        state.closed = true;
      },
    };
  };
  return { opened, open };
}

const settle = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('WarmPrinter', () => {
  it('prints every job with the one printer it keeps open between them', async () => {
    const { opened, open } = countingPrinters();
    const warm = new WarmPrinter(open, 60_000);
    for (const html of ['first', 'second', 'third']) {
      const printer = await warm.borrow();
      await printer.print(html, options);
      await printer.close();
    }
    const printer = await warm.borrow();
    await printer.prepare?.();
    expect(await printer.printFile(printer.documentPath(), options)).toEqual(new Uint8Array([2]));
    await printer.close();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toEqual({
      printed: ['first', 'second', 'third', '/printer-1/document-1.html'],
      closed: false,
      prepared: 1,
    });
    await warm.close();
    expect(opened[0]?.closed).toBe(true);
  });

  it('closes the printer once nobody has borrowed it for the idle time, and opens a fresh one after', async () => {
    const { opened, open } = countingPrinters();
    const warm = new WarmPrinter(open, 20);
    const first = await warm.borrow();
    const second = await warm.borrow();
    await first.close();
    await settle(60);
    expect(opened[0]?.closed).toBe(false);
    await second.close();
    await second.close();
    await settle(60);
    expect(opened[0]?.closed).toBe(true);
    const again = await warm.borrow();
    await again.print('later', options);
    expect(opened).toHaveLength(2);
    await warm.close();
  });

  it('tries again on the next job when the printer could not be opened', async () => {
    let attempts = 0;
    const { opened, open } = countingPrinters();
    const warm = new WarmPrinter(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('no browser');
      return open();
    }, 60_000);
    await expect(warm.borrow()).rejects.toThrow('no browser');
    const printer = await warm.borrow();
    await printer.print('after', options);
    expect(opened[0]?.printed).toEqual(['after']);
    await warm.close();
  });
});
