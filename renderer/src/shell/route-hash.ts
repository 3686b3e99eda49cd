import type { Route } from './route';

const idPattern = /^[a-z0-9][a-z0-9-]{7,63}$/;

/** Screens whose route is their name alone. */
const simpleScreens = ['library', 'settings', 'about', 'new-briefing', 'templates', 'import', 'export'] as const;

/** The URL hash for a route, e.g. `#/editor/<id>`; lets a route survive a reload and be opened directly. */
export function hashForRoute(route: Route): string {
  return route.screen === 'editor' ? `#/editor/${route.briefingId}` : `#/${route.screen}`;
}

/** The route a hash names, or undefined for anything else. */
export function routeFromHash(hash: string): Route | undefined {
  const [screen, id, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (rest.length > 0) return undefined;
  if (screen === 'editor') return id && idPattern.test(id) ? { screen: 'editor', briefingId: id } : undefined;
  if (id !== undefined) return undefined;
  return simpleScreens.find((candidate) => candidate === screen) ? ({ screen } as Route) : undefined;
}
