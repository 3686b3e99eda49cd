import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingTemplate } from '../../common/template/briefing-template';
import { type AppServices, openAppServices } from '../app/app-services';
import { ImportService } from '../import/import-service';
import { BriefingStore } from '../library/briefing-store';
import { runImportCommand } from './import-command';

const fixtures = path.resolve(import.meta.dirname, '../../../tests/fixtures/import');
let dataDir: string;
let services: AppServices;
let out: string[];
let err: string[];
const output = { out: (text: string) => out.push(text), err: (text: string) => err.push(text) };

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-import-cli-'));
  services = await openAppServices(dataDir, { name: 'Briefdesk', version: 'test' });
  // Until the template store is merged, the command is tested against a fixture of the built-in template.
  const template = JSON.parse(
    await readFile(path.join(fixtures, 'situation-update-template.json'), 'utf8'),
  ) as BriefingTemplate;
  services.imports = new ImportService({
    briefings: services.briefings,
    assets: null,
    findTemplate: async (id) => (id === template.id ? template : undefined),
  });
  out = [];
  err = [];
});

afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

describe('briefdesk import', () => {
  it('imports article.txt into the situation-update template and prints only its id', async () => {
    const code = await runImportCommand(
      services,
      ['copied-web-text.txt'],
      { templateId: 'situation-update', keepClutter: false },
      output,
      fixtures,
    );
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(err).toEqual([
      'copied-web-text.txt: left out 6 pieces of site clutter (navigation, share buttons, related links, comment prompt, publication date (kept as event date)); use --keep-clutter to keep them.',
    ]);
    // `briefdesk show ID --json` belongs to the storage helper's branch; the stored file is read directly here.
    const stored = await (await BriefingStore.open(dataDir, [])).get(out[0] ?? '');
    const sections = (stored.content.content ?? []).map((node) => node.content?.[0]?.content?.[0]?.text);
    expect(sections).toEqual([
      'Summary',
      'Key figures',
      'Affected areas',
      'Official and international response',
      'Diplomacy and talks',
      'What’s next',
      'Sources',
    ]);
    expect(stored).toMatchObject({ templateId: 'situation-update', metadata: { datelinePlace: 'KYIV' } });
  });

  it('imports several files, reports the ones it cannot read and exits 1', async () => {
    const code = await runImportCommand(
      services,
      ['agency-story.txt', 'missing.md', 'ocha-sitrep.md'],
      { keepClutter: false },
      output,
      fixtures,
    );
    expect(code).toBe(1);
    expect(out).toHaveLength(2);
    expect(err).toContain('missing.md: The file “missing.md” no longer exists.');
    expect(
      services.briefings
        .list()
        .map((row) => row.title)
        .sort(),
    ).toEqual([
      'Drone attack on Kharkiv power plant leaves 30,000 homes without electricity',
      'Ukraine: Humanitarian Situation Report No. 12',
    ]);
  });

  it('refuses a page with no article text: a sentence, exit 1, nothing stored unless --allow-empty', async () => {
    const before = services.briefings.list().length;
    const code = await runImportCommand(services, ['no-article.html'], { keepClutter: false }, output, fixtures);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'no-article.html: Briefdesk found no article text here, so nothing was imported. Check that this is the article itself and not a page that loads it with scripts, or add --allow-empty to import it anyway to start from an empty briefing.',
    ]);
    expect(services.briefings.list()).toHaveLength(before);
    const allowed = await runImportCommand(
      services,
      ['no-article.html'],
      { keepClutter: false, allowEmpty: true },
      output,
      fixtures,
    );
    expect(allowed).toBe(0);
    expect(services.briefings.list()).toHaveLength(before + 1);
  });

  it('asks for a file when given none', async () => {
    expect(await runImportCommand(services, [], { keepClutter: false }, output, fixtures)).toBe(2);
    expect(err[0]).toMatch(/^Name at least one file to import/);
  });
});

describe('briefdesk import --language', () => {
  it('takes the language the page declares, and --language over it', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-import-language-'));
    const page =
      '<!DOCTYPE html><html lang="FR-fr"><head><title>Frappes sur Odessa</title></head><body><article><h1>Frappes sur Odessa</h1><p>Les autorités ont fait état de dégâts.</p></article></body></html>';
    await writeFile(path.join(folder, 'article.html'), page);
    try {
      expect(await runImportCommand(services, ['article.html'], { keepClutter: false }, output, folder)).toBe(0);
      expect(
        await runImportCommand(services, ['article.html'], { keepClutter: false, language: 'uk' }, output, folder),
      ).toBe(0);
      const [declared, chosen] = await Promise.all(out.map((id) => services.briefings.get(id)));
      expect(declared?.metadata.language).toBe('fr-FR');
      expect(chosen?.metadata.language).toBe('uk');
      expect(
        await runImportCommand(services, ['article.html'], { keepClutter: false, language: 'french' }, output, folder),
      ).toBe(2);
      expect(err.at(-1)).toBe('"french" is not a language code. Use a BCP 47 code such as en, fr, es, ar, uk or ru.');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('takes the language from content-language or og:locale, and from Markdown front matter', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-import-declared-'));
    const article = (head: string) =>
      `<!DOCTYPE html><html><head><title>Report</title>${head}</head><body><article><h1>Report</h1><p>Les autorités ont fait état de dégâts importants dans le port.</p></article></body></html>`;
    await writeFile(path.join(folder, 'og.html'), article('<meta property="og:locale" content="fr_FR">'));
    await writeFile(
      path.join(folder, 'header.html'),
      article('<meta http-equiv="Content-Language" content="uk"><meta property="og:locale" content="en_GB">'),
    );
    await writeFile(path.join(folder, 'front.md'), '---\nlang: ar\ndir: rtl\n---\n\n# غارات\n\nأفادت الأمم المتحدة.\n');
    try {
      expect(
        await runImportCommand(
          services,
          ['og.html', 'header.html', 'front.md'],
          { keepClutter: false },
          output,
          folder,
        ),
      ).toBe(0);
      const imported = await Promise.all(out.map((id) => services.briefings.get(id)));
      expect(imported.map((briefing) => briefing?.metadata.language)).toEqual(['fr-FR', 'uk', 'ar']);
      // The front matter is read, not imported as a rule and a heading.
      expect(JSON.stringify(imported[2]?.content)).not.toMatch(/horizontalRule|lang: ar/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('leaves a page that declares no language in the settings’ default language', async () => {
    await services.settings.update({ defaultLanguage: 'es' });
    expect(await runImportCommand(services, ['agency-story.txt'], { keepClutter: false }, output, fixtures)).toBe(0);
    expect((await services.briefings.get(out[0] ?? '')).metadata.language).toBe('es');
  });
});
