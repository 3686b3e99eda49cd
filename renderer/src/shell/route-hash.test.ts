import { describe, expect, it } from 'vitest';
import { hashForRoute, routeFromHash } from './route-hash';

describe('route hash', () => {
  it('round-trips every route', () => {
    for (const route of [
      { screen: 'editor', briefingId: '2f1c9a7e-1b2c-4d5e-8f90-123456789abc' },
      { screen: 'library' },
      { screen: 'settings' },
      { screen: 'about' },
    ] as const) {
      expect(routeFromHash(hashForRoute(route))).toEqual(route);
    }
  });

  it('ignores hashes that name no route', () => {
    for (const hash of ['', '#', '#/editor', '#/editor/UPPER', '#/editor/../x', '#/settings/x', '#/nowhere']) {
      expect(routeFromHash(hash), hash).toBeUndefined();
    }
  });
});
