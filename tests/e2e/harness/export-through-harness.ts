// A plain tsx script (no Vite, no vitest): opens the harness, exports one briefing as HTML through
// window.briefdesk, and prints what was written. tests/e2e/harness-from-tsx.test.ts runs it.
import { readFile } from 'node:fs/promises';
import { closeHarnessBrowser, openHarnessApp } from './app-harness';

const app = await openHarnessApp();
try {
  const result = await app.page.evaluate(async () => {
    const api = window.briefdesk;
    if (!api) throw new Error('window.briefdesk is missing');
    const created = await api.briefings.create({ metadata: { title: 'Exported from a tsx script' } });
    if (!created.ok) return created;
    const ids = [created.value.id];
    const destination = await api.export.defaultDestination({ ids, format: 'html', combine: false });
    if (!destination.ok) return destination;
    return api.export.run({
      format: 'html',
      ids,
      margins: 'normal',
      combine: false,
      destination: destination.value.path,
    });
  });
  if (!result.ok) throw new Error(result.error.message);
  const html = await readFile(result.value.files[0]?.path ?? '', 'utf8');
  console.log(JSON.stringify({ files: result.value.files.length, fontFaces: html.match(/@font-face/g)?.length ?? 0 }));
} finally {
  await app.close();
  await closeHarnessBrowser();
}
