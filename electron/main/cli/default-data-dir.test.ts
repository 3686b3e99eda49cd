import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './default-data-dir';

describe('defaultDataDir matches Electron’s userData for "Briefdesk"', () => {
  it('on Linux, under XDG_CONFIG_HOME or ~/.config', () => {
    expect(defaultDataDir({}, 'linux', '/home/dana')).toBe(path.join('/home/dana', '.config', 'Briefdesk'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/dana')).toBe(path.join('/xdg', 'Briefdesk'));
  });

  it('on macOS, under Application Support', () => {
    expect(defaultDataDir({}, 'darwin', '/Users/dana')).toBe(
      path.join('/Users/dana', 'Library', 'Application Support', 'Briefdesk'),
    );
  });

  it('on Windows, under APPDATA', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\dana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\dana')).toBe(
      path.join('C:\\Users\\dana\\AppData\\Roaming', 'Briefdesk'),
    );
  });
});
