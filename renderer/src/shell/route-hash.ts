import type { Route } from './navigation';

const briefingIdPattern = /^[a-z0-9][a-z0-9-]{7,63}$/;
const screensWithoutArguments = ['library', 'settings', 'about', 'templates', 'new-briefing'] as const;

/** The route a `#/screen[/id]` hash names, e.g. `#/editor/<briefing id>`; undefined for anything else. */
export function routeFromHash(hash: string): Route | undefined {
  const [screen, argument, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (rest.length > 0) return undefined;
  if (screen === 'editor') {
    return argument && briefingIdPattern.test(argument) ? { screen: 'editor', briefingId: argument } : undefined;
  }
  if (argument !== undefined) return undefined;
  return (screensWithoutArguments as readonly string[]).includes(screen ?? '') ? ({ screen } as Route) : undefined;
}

/** The hash that names `route`, so a reload or a link opens the same screen. */
export function hashForRoute(route: Route): string {
  return route.screen === 'editor' ? `#/editor/${route.briefingId}` : `#/${route.screen}`;
}
