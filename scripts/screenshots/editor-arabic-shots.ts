import path from 'node:path';
import { openHarnessApp } from '../../tests/e2e/harness/app-harness';
import { EditorPage } from '../../tests/e2e/pages/editor-page';
import { arabicEditingBriefing } from '../../tests/fixtures/briefings/arabic-editing-briefing';

/**
 * An Arabic briefing in the editor: right-to-left text with a Latin name and a number, a list and a table,
 * and an English line set left to right from the toolbar's direction control (its button pressed).
 */
export async function takeEditorArabicShots(outputDir: string): Promise<void> {
  const app = await openHarnessApp();
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const editor = new EditorPage(page);
    const briefing = await editor.createBriefing(arabicEditingBriefing({ englishLead: true }));
    await editor.open(briefing.id);
    await editor.clickEndOf('Statement by the Secretary-General');
    await editor.toolbarButton('Left to right').click();
    await editor.body.locator('p[dir="ltr"]').waitFor();
    await editor.toolbarButton('Left to right').and(page.locator('[aria-pressed="true"]')).waitFor();
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(outputDir, 'editor-arabic.png');
    await page.screenshot({ path: file });
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  } finally {
    await app.close();
  }
}
