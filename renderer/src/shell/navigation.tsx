import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Route } from './route';
import { hashForRoute, routeFromHash } from './route-hash';

/**
 * A screen with unsaved changes may hold a navigation: it gets `leave`, returns true to hold (and
 * calls `leave` later, e.g. after the user chose Save or Discard), or false to let it go.
 */
export type LeaveGuard = (leave: () => void) => boolean;

interface Navigation {
  route: Route;
  navigate: (route: Route) => void;
  /** Installs the current screen's guard; undefined removes it. */
  setLeaveGuard: (guard: LeaveGuard | undefined) => void;
}

const NavigationContext = createContext<Navigation | undefined>(undefined);

export function NavigationProvider({ initial, children }: { initial: Route; children: ReactNode }) {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash) ?? initial);
  const guard = useRef<LeaveGuard | undefined>(undefined);
  const navigate = useCallback((to: Route) => {
    const leave = () => {
      guard.current = undefined;
      setRoute(to);
    };
    if (!guard.current?.(leave)) leave();
  }, []);
  useEffect(() => {
    if (window.location.hash !== hashForRoute(route)) window.history.replaceState(null, '', hashForRoute(route));
    const followHash = () => {
      const to = routeFromHash(window.location.hash);
      // The address goes back to this screen until the guard lets the navigation through.
      window.history.replaceState(null, '', hashForRoute(route));
      if (to) navigate(to);
    };
    window.addEventListener('hashchange', followHash);
    return () => window.removeEventListener('hashchange', followHash);
  }, [route, navigate]);
  const setLeaveGuard = useCallback((next: LeaveGuard | undefined) => {
    guard.current = next;
  }, []);
  const value = useMemo(() => ({ route, navigate, setLeaveGuard }), [route, navigate, setLeaveGuard]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

/** The current route and a way to change it, for any screen inside the shell. */
export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside NavigationProvider.');
  return navigation;
}
