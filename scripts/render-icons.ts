import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const iconsDir = path.resolve(import.meta.dirname, '..', 'resources', 'icons');
const sourceSvg = path.join(iconsDir, 'icon.svg');

const chromiumPath = process.env.BRIEFDESK_CHROMIUM ?? '/usr/lib/chromium/chromium';
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Sizes packed into icon.ico; Windows picks the nearest one for taskbar, title bar and Explorer. */
const icoSizes = [16, 24, 32, 48, 64, 128, 256];

/** macOS icon types that hold PNG data, with the pixel size each one expects. */
const icnsEntries: ReadonlyArray<{ type: string; size: number }> = [
  { type: 'ic11', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic13', size: 256 },
  { type: 'ic08', size: 256 },
  { type: 'ic14', size: 512 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
];

/** Rasterises the SVG at each size in Chromium, each from the vector source so small sizes stay crisp. */
async function renderPngs(browser: Browser, svg: string, sizes: readonly number[]): Promise<Map<number, Buffer>> {
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const rendered = new Map<number, Buffer>();
  try {
    for (const size of new Set(sizes)) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img src="${dataUrl}" width="${size}" height="${size}" style="display:block" alt=""></body></html>`,
      );
      await page.locator('img').evaluate((image) => (image as HTMLImageElement).decode());
      rendered.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
    }
  } finally {
    await page.close();
  }
  return rendered;
}

function pngFor(pngs: ReadonlyMap<number, Buffer>, size: number): Buffer {
  const png = pngs.get(size);
  if (!png) throw new Error(`No ${size} px rendering was made.`);
  return png;
}

/** An ICO file whose entries are PNG images, as Windows has read since Vista. */
function buildIco(pngs: ReadonlyMap<number, Buffer>, sizes: readonly number[]): Buffer {
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  const images: Buffer[] = [];
  sizes.forEach((size, index) => {
    const png = pngFor(pngs, size);
    const entry = 6 + 16 * index;
    // A width or height byte of 0 means 256.
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
    images.push(png);
  });
  return Buffer.concat([header, ...images]);
}

/** An ICNS file made of PNG-bearing entries, the form macOS 10.7 and later reads. */
function buildIcns(pngs: ReadonlyMap<number, Buffer>): Buffer {
  const entries = icnsEntries.map(({ type, size }) => {
    const png = pngFor(pngs, size);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const body = Buffer.concat(entries);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}

async function renderIcons(): Promise<void> {
  const svg = await readFile(sourceSvg, 'utf8');
  const sizes = [1024, ...icoSizes, ...icnsEntries.map((entry) => entry.size)];
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
  let pngs: Map<number, Buffer>;
  try {
    pngs = await renderPngs(browser, svg, sizes);
  } finally {
    await browser.close();
  }
  const outputs: Array<[string, Buffer]> = [
    ['icon.png', pngFor(pngs, 1024)],
    ['icon.ico', buildIco(pngs, icoSizes)],
    ['icon.icns', buildIcns(pngs)],
  ];
  for (const [name, content] of outputs) {
    await writeFile(path.join(iconsDir, name), content);
    console.log(`${path.relative(process.cwd(), path.join(iconsDir, name))}  ${content.length} bytes`);
  }
}

await renderIcons();
