import path from 'node:path';
import { situationUpdateSample } from '../bench/fixtures/situation-update-sample';
import { closeHarnessBrowser, openHarnessApp } from '../tests/e2e/harness/app-harness';
import { EditorPage } from '../tests/e2e/pages/editor-page';
import { SettingsPage } from '../tests/e2e/pages/settings-page';

/** Renders the README's screenshots from the built renderer in Chromium, with real services behind it. */
const outputDir = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots');

const app = await openHarnessApp();
try {
  await app.page.setViewportSize({ width: 1100, height: 720 });
  const settings = new SettingsPage(app.page);
  await settings.authorName.fill('Dana Reyes');
  await settings.defaultDateline.fill('KHARKIV');
  await settings.save.click();
  await settings.status.waitFor();
  const file = path.join(outputDir, 'settings.png');
  await app.page.screenshot({ path: file });
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);

  await app.page.setViewportSize({ width: 1280, height: 900 });
  const editor = new EditorPage(app.page);
  const briefing = await editor.createBriefing(situationUpdateSample());
  await editor.open(briefing.id);
  await editor.wordCount.filter({ hasText: /^\d+ words/ }).waitFor();
  await app.page.evaluate(() => document.fonts.ready);
  const editorFile = path.join(outputDir, 'editor.png');
  await app.page.screenshot({ path: editorFile });
  console.log(`Wrote ${path.relative(process.cwd(), editorFile)}`);
} finally {
  await app.close();
  await closeHarnessBrowser();
}
