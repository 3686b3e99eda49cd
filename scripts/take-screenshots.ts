import path from 'node:path';
import { closeHarnessBrowser, openHarnessApp } from '../tests/e2e/harness/app-harness';
import { SettingsPage } from '../tests/e2e/pages/settings-page';

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
} finally {
  await app.close();
  await closeHarnessBrowser();
}
