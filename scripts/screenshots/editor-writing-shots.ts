import path from 'node:path';
import { situationUpdateSample } from '../../bench/fixtures/situation-update-sample';
import { type HarnessApp, openHarnessApp } from '../../tests/e2e/harness/app-harness';
import { EditorPage } from '../../tests/e2e/pages/editor-page';

async function shoot(app: HarnessApp, outputDir: string, name: string): Promise<void> {
  const file = path.join(outputDir, name);
  await app.page.evaluate(() => document.fonts.ready);
  await app.page.screenshot({ path: file });
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

/**
 * The editor's writing pieces: the 900 px layout with the side panel folded, focus mode, find
 * with the current match selected, the link dialog, key-figure cards with their tools, and the
 * notice after a dropped photo was scaled.
 */
export async function takeEditorWritingShots(outputDir: string): Promise<void> {
  const app = await openHarnessApp();
  try {
    const { page } = app;
    await page.setViewportSize({ width: 900, height: 760 });
    const editor = new EditorPage(page);
    const briefing = await editor.createBriefing(situationUpdateSample());
    await editor.open(briefing.id);
    await editor.wordCount.filter({ hasText: /^\d+ words/ }).waitFor();
    await shoot(app, outputDir, 'editor-900px.png');

    await page.keyboard.press('F8');
    await page.getByRole('button', { name: 'Leave focus mode' }).waitFor();
    await shoot(app, outputDir, 'editor-focus-mode.png');
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Control+f');
    await page.keyboard.type('drones');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await editor.findPanel.getByText(/^2 of \d+$/).waitFor();
    await shoot(app, outputDir, 'editor-find.png');
    await page.keyboard.press('Escape');

    await editor.body.locator('.key-figure').nth(1).getByRole('button', { name: 'Move this key figure left' }).focus();
    await editor.body.locator('.key-figure').first().scrollIntoViewIfNeeded();
    await shoot(app, outputDir, 'editor-key-figures.png');

    await editor.clickEndOf('several people were wounded.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Add link' });
    await dialog.getByLabel('Text to display').fill('the regional administration’s statement');
    await dialog.getByLabel('Web or email address').fill('https://example.org/odesa-statement');
    await shoot(app, outputDir, 'editor-link-dialog.png');
    await dialog.getByRole('button', { name: 'Add link' }).click();

    await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(4000, 3000);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      const gradient = context.createLinearGradient(0, 0, 4000, 3000);
      gradient.addColorStop(0, '#3a6ea5');
      gradient.addColorStop(1, '#c96f2a');
      context.fillStyle = gradient;
      context.fillRect(0, 0, 4000, 3000);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.97 });
      const data = new DataTransfer();
      data.items.add(new File([blob], 'odesa-port.jpg', { type: 'image/jpeg' }));
      const target = document.querySelector('.briefing-body a')?.closest('p') as HTMLElement;
      const box = target.getBoundingClientRect();
      const at = { clientX: box.right - 2, clientY: box.top + box.height / 2 };
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, ...at }));
    });
    await page.getByRole('status').filter({ hasText: 'was scaled from 4000×3000' }).waitFor({ timeout: 30_000 });
    await page.keyboard.type('The port of Odesa after the strike.');
    await editor.body.locator('figure').scrollIntoViewIfNeeded();
    await shoot(app, outputDir, 'editor-picture-scaled.png');
  } finally {
    await app.close();
  }
}
