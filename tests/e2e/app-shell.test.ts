import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../electron/common/ipc-channels';
import { rendererContentSecurityPolicy } from '../../electron/main/protocol/content-security-policy';
import { harnessSessions } from './harness/harness-sessions';
import { SettingsPage } from './pages/settings-page';

const sessions = harnessSessions();
const open = (dataDir?: string) => sessions.open(dataDir ? { dataDir } : {});

describe('the app shell in Chromium', () => {
  it('renders its navigation and the settings screen without errors', async () => {
    const app = await open();
    await app.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    const nav = app.page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('button').allInnerTexts()).toEqual([
      'Library',
      'New briefing',
      'Import',
      'Templates',
      'Settings',
      'About',
    ]);
    expect(await app.page.title()).toBe('Library — Briefdesk');
    await new SettingsPage(app.page).open();
    expect(await app.page.title()).toBe('Settings — Briefdesk');
    expect(app.pageErrors).toEqual([]);
  });

  it('saves through renderer → handler → disk, and a new window over the same folder reads it back', async () => {
    const dataDir = await sessions.temporaryDataDir();
    const first = await open(dataDir);
    const settings = await new SettingsPage(first.page).open();
    await settings.authorName.fill('Dana Reyes');
    await settings.defaultDateline.fill('KHARKIV');
    await settings.pageSize('Letter').check();
    await settings.save.click();
    await settings.status.waitFor();

    const onDisk = JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ authorName: 'Dana Reyes', defaultDateline: 'KHARKIV', defaultPageSize: 'Letter' });

    const second = await open(dataDir);
    const reopened = await new SettingsPage(second.page).open();
    expect(await reopened.authorName.inputValue()).toBe('Dana Reyes');
    expect(await reopened.pageSize('Letter').isChecked()).toBe(true);
  });

  it('shows main’s validation error in the UI and leaves the stored settings untouched', async () => {
    const app = await open();
    const settings = await new SettingsPage(app.page).open();
    await settings.authorName.fill('x'.repeat(121));
    await settings.save.click();
    await settings.error.waitFor();
    expect(await settings.error.textContent()).toBe('The author name can be at most 120 characters.');
    expect(await settings.authorName.getAttribute('aria-invalid')).toBe('true');
    await expect(readFile(path.join(app.dataDir, 'settings.json'), 'utf8')).rejects.toThrow(/ENOENT/);

    const direct = await app.page.evaluate(() =>
      window.briefdesk?.settings.update({ defaultPageSize: 'A3' as 'A4', sneaky: true } as never),
    );
    expect(direct).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('exposes only the allow-listed API, frozen, and nothing of Node or Electron', async () => {
    const app = await open();
    const surface = await app.page.evaluate(() => ({
      keys: Object.keys(window.briefdesk ?? {}).sort(),
      settings: Object.keys(window.briefdesk?.settings ?? {}).sort(),
      frozen: Object.isFrozen(window.briefdesk) && Object.isFrozen(window.briefdesk?.settings),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(surface).toEqual({
      keys: [...new Set(ipcChannels.map((channel) => channel.split('.')[0])), 'events', 'editing'].sort(),
      settings: ['get', 'update'],
      frozen: true,
      require: 'undefined',
      process: 'undefined',
    });
  });

  it('serves the page with a CSP that blocks inline script', async () => {
    const app = await open();
    expect(app.documentHeaders['content-security-policy']).toBe(rendererContentSecurityPolicy);
    const outcome = await app.page.evaluate(
      () =>
        new Promise<{ directive: string; ran: boolean }>((resolve) => {
          document.addEventListener(
            'securitypolicyviolation',
            (event) => {
              const ran = (window as unknown as { inlineRan?: boolean }).inlineRan === true;
              resolve({ directive: event.effectiveDirective, ran });
            },
            { once: true },
          );
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.body.append(script);
        }),
    );
    expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
  });

  it('makes no network request outside the app’s own origin while used', async () => {
    const app = await open();
    const settings = await new SettingsPage(app.page).open();
    await settings.authorName.fill('Amira Haddad');
    await settings.save.click();
    await settings.status.waitFor();
    await app.page.getByRole('button', { name: 'About' }).click();
    await app.page.getByRole('heading', { name: 'About Briefdesk' }).waitFor();
    expect(app.foreignRequests).toEqual([]);

    // The recorder itself works: a navigation elsewhere is caught and refused.
    await app.page.goto('https://example.org/').catch(() => undefined);
    expect(app.foreignRequests).toEqual(['https://example.org/']);
  });

  it('follows menu commands sent from main', async () => {
    const app = await open();
    await new SettingsPage(app.page).open();
    await app.sendMenuCommand('open-about');
    await app.page.getByRole('heading', { name: 'About Briefdesk' }).waitFor();
    expect(await app.page.getByTestId('data-dir').textContent()).toBe(app.dataDir);
    await app.sendMenuCommand('open-settings');
    await new SettingsPage(app.page).heading.waitFor();
  });

  it('sets a damaged settings file aside and says so', async () => {
    const dataDir = await sessions.temporaryDataDir();
    await writeFile(path.join(dataDir, 'settings.json'), '{"authorName": "Dana", trunc');
    const app = await open(dataDir);
    const notice = app.page.getByRole('status').filter({ hasText: 'Your settings file was damaged' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(path.join(dataDir, 'quarantine'));
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
  });

  it('can be driven from the keyboard and has no serious accessibility violations', async () => {
    const app = await open();
    await app.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Library');
    for (let step = 0; step < 5; step += 1) await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('About');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { name: 'About Briefdesk' }).waitFor();

    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await app.page.evaluate(axeSource);
    for (const screen of ['About', 'Settings', 'Library']) {
      await app.page.getByRole('button', { name: screen, exact: true }).click();
      const violations = await app.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } })
          .axe;
        const result = await axe.run();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(violations, screen).toEqual([]);
    }
  });
});
