import { describe, expect, it } from 'vitest';
import { hashForRoute, routeFromHash } from './route-hash';

describe('route hashes', () => {
  it('round-trips every screen', () => {
    for (const route of [
      { screen: 'editor', briefingId: '0b6c2d1e-4f3a-4e2b-9c1d-2e3f4a5b6c7d' },
      { screen: 'templates' },
      { screen: 'new-briefing' },
      { screen: 'settings' },
    ] as const) {
      expect(routeFromHash(hashForRoute(route))).toEqual(route);
    }
  });

  it('ignores hashes that name nothing it knows', () => {
    for (const hash of ['', '#', '#/editor', '#/editor/../../etc', '#/editor/x', '#/nowhere', '#/settings/extra']) {
      expect(routeFromHash(hash), hash).toBeUndefined();
    }
  });
});
