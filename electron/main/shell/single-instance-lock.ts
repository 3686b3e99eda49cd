import { accessSync, constants, mkdirSync } from 'node:fs';
import type { App } from 'electron';

export type InstanceLock = { kind: 'claimed' } | { kind: 'held-by-another' } | { kind: 'failed'; message: string };

/**
 * Claims the profile's single-instance lock. Electron answers only yes or no; a "no" where the profile folder
 * cannot even be written is a failure the user must hear about, not another running Briefdesk.
 */
export function claimInstanceLock(app: App, profileFolder: string): InstanceLock {
  if (app.requestSingleInstanceLock()) return { kind: 'claimed' };
  try {
    mkdirSync(profileFolder, { recursive: true });
    accessSync(profileFolder, constants.W_OK);
    return { kind: 'held-by-another' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failed',
      message:
        `Briefdesk could not lock its profile folder ${profileFolder}, so it cannot make sure it runs only once. ` +
        `Check that the folder can be written, then start Briefdesk again. (${reason})`,
    };
  }
}
