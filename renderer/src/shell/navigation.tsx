import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { Route } from './route';
import { hashForRoute, routeFromHash } from './route-hash';

interface Navigation {
  route: Route;
  navigate: (route: Route) => void;
}

const NavigationContext = createContext<Navigation | undefined>(undefined);

export function NavigationProvider({ initial, children }: { initial: Route; children: ReactNode }) {
  const [route, navigate] = useState<Route>(() => routeFromHash(window.location.hash) ?? initial);
  useEffect(() => {
    if (window.location.hash !== hashForRoute(route)) window.history.replaceState(null, '', hashForRoute(route));
    const followHash = () => navigate((current) => routeFromHash(window.location.hash) ?? current);
    window.addEventListener('hashchange', followHash);
    return () => window.removeEventListener('hashchange', followHash);
  }, [route]);
  const value = useMemo(() => ({ route, navigate }), [route]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

/** The current route and a way to change it, for any screen inside the shell. */
export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside NavigationProvider.');
  return navigation;
}
