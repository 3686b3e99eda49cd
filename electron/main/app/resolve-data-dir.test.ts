import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDirArgument, resolveDataDir } from './resolve-data-dir';

describe('resolveDataDir', () => {
  it('prefers --data-dir, in both spellings, over the environment and the fallback', () => {
    const environment = { BRIEFDESK_DATA_DIR: '/from/env' };
    expect(resolveDataDir(['--data-dir', '/from/flag'], environment, '/fallback')).toBe(path.resolve('/from/flag'));
    expect(resolveDataDir(['list', '--data-dir=/from/flag'], environment, '/fallback')).toBe(
      path.resolve('/from/flag'),
    );
  });

  it('uses BRIEFDESK_DATA_DIR, then the fallback', () => {
    expect(resolveDataDir([], { BRIEFDESK_DATA_DIR: '/from/env' }, '/fallback')).toBe(path.resolve('/from/env'));
    expect(resolveDataDir([], {}, '/fallback')).toBe(path.resolve('/fallback'));
    expect(resolveDataDir([], { BRIEFDESK_DATA_DIR: '' }, '/fallback')).toBe(path.resolve('/fallback'));
  });

  it('makes relative folders absolute', () => {
    expect(resolveDataDir(['--data-dir', 'briefings'], {}, '/fallback')).toBe(path.resolve('briefings'));
  });

  it('reads nothing from a dangling flag', () => {
    expect(readDataDirArgument(['--data-dir'])).toBeUndefined();
  });
});
