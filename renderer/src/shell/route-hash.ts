import type { Route } from './navigation';

const idPattern = /^[a-z0-9][a-z0-9-]{7,63}$/;

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
  if (screen === 'library' || screen === 'settings' || screen === 'about') return { screen };
  return undefined;
}
