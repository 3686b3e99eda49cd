import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from 'electron';
import { guardWebContents } from './session-security';

/**
 * Runs one command line headless in the Electron main process: the same `runCli` as the `briefdesk` CLI,
 * printing PDFs with Electron's own Chromium (no separate browser needed). No window, menu or
 * single-instance lock, and a throw-away Chromium profile, so it can run beside the open app.
 */
export function runCommandLineInApp(app: App, cliArguments: string[]): void {
  // Named like the printers' temporary folders, so that a start after a crash removes it.
  const profile = mkdtempSync(path.join(os.tmpdir(), `briefdesk-chromium-${process.pid}-`));
  app.setPath('userData', profile);
  app.setPath('sessionData', profile);
  app.enableSandbox();
  app.dock?.hide();
  guardWebContents(app);
  // Hidden print windows come and go; their closing must not end the run.
  app.on('window-all-closed', () => undefined);
  const finish = (code: number) => {
    rmSync(profile, { recursive: true, force: true });
    app.exit(code);
  };
  void app
    .whenReady()
    .then(async () => {
      const [{ runCli }, { createExportDesktopIntegration }] = await Promise.all([
        import('../cli/run-cli'),
        import('./export-desktop-integration'),
      ]);
      return runCli({
        argv: cliArguments,
        environment: process.env,
        output: {
          out: (text) => process.stdout.write(`${text}\n`),
          err: (text) => process.stderr.write(`${text}\n`),
        },
        version: app.getVersion(),
        prepareServices: (services) => services.exports.attachDesktop(createExportDesktopIntegration(() => undefined)),
      });
    })
    .then(finish, (error: unknown) => {
      process.stderr.write(`Briefdesk could not run the command: ${error instanceof Error ? error.message : error}\n`);
      finish(1);
    });
}
