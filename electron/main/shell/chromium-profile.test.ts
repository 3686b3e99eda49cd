import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumProfileFolder } from './chromium-profile';

describe('chromiumProfileFolder', () => {
  it('lies outside the data folder, one per data folder', () => {
    const appData = path.resolve('/home/dana/.config');
    const defaultDataDir = path.join(appData, 'Briefdesk');
    const profile = chromiumProfileFolder(appData, defaultDataDir);
    expect(path.relative(defaultDataDir, profile).startsWith('..')).toBe(true);
    expect(chromiumProfileFolder(appData, '/sync/briefings')).not.toBe(profile);
    expect(chromiumProfileFolder(appData, '/sync/briefings/')).toBe(chromiumProfileFolder(appData, '/sync/briefings'));
  });
});
