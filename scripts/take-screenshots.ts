import path from 'node:path';
import { situationUpdateSample } from '../bench/fixtures/situation-update-sample';
import { closeHarnessBrowser, openHarnessApp } from '../tests/e2e/harness/app-harness';
import { EditorPage } from '../tests/e2e/pages/editor-page';
import { NewBriefingPage } from '../tests/e2e/pages/new-briefing-page';
import { SettingsPage } from '../tests/e2e/pages/settings-page';
import { takeEditorArabicShots } from './screenshots/editor-arabic-shots';
import { takeEditorWritingShots } from './screenshots/editor-writing-shots';
import { takeExportAndLibraryShots } from './screenshots/export-and-library-shots';
import { takeExportSizeShots } from './screenshots/export-size-shots';
import { takeReviewExportShots } from './screenshots/review-export-shots';

/** Renders the README's screenshots from the built renderer in Chromium, with real services behind it. */
const outputDir = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots');

const app = await openHarnessApp();
try {
  await app.page.setViewportSize({ width: 1100, height: 720 });
  const settings = await new SettingsPage(app.page).open();
  await settings.authorName.fill('Dana Reyes');
  await settings.defaultDateline.fill('KHARKIV');
  await settings.save.click();
  await settings.status.waitFor();
  const file = path.join(outputDir, 'settings.png');
  await app.page.screenshot({ path: file });
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);

  const newBriefing = new NewBriefingPage(app.page);
  await newBriefing.open();
  await newBriefing.template('Humanitarian situation report').check();
  await newBriefing.title.fill('Sudan: Situation Report No. 1');
  // A 1280×800 window: title and Create are in view without scrolling.
  await app.page.setViewportSize({ width: 1280, height: 800 });
  const newBriefingFile = path.join(outputDir, 'new-briefing.png');
  await app.page.screenshot({ path: newBriefingFile });
  console.log(`Wrote ${path.relative(process.cwd(), newBriefingFile)}`);
  await app.page.setViewportSize({ width: 1280, height: 900 });
  const editor = new EditorPage(app.page);
  const briefing = await editor.createBriefing(situationUpdateSample());
  await editor.open(briefing.id);
  await editor.wordCount.filter({ hasText: /^\d+ words/ }).waitFor();
  await app.page.evaluate(() => document.fonts.ready);
  const editorFile = path.join(outputDir, 'editor.png');
  await app.page.screenshot({ path: editorFile });
  console.log(`Wrote ${path.relative(process.cwd(), editorFile)}`);
  await takeExportAndLibraryShots(outputDir);
  await takeExportSizeShots(outputDir);
  await takeReviewExportShots(outputDir);
  await takeEditorWritingShots(outputDir);
  await takeEditorArabicShots(outputDir);
} finally {
  await app.close();
  await closeHarnessBrowser();
}
