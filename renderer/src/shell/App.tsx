import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../electron/common/app-info';
import type { MenuCommand } from '../../../electron/common/ipc-channels';
import type { IpcError } from '../../../electron/common/ipc-result';
import type { Settings } from '../../../electron/common/settings';
import { getBriefdeskApi } from '../briefdesk-api';
import { NoticeList } from './NoticeList';
import { navItems, routeTitle } from './nav-items';
import { NavigationProvider, useNavigation } from './navigation';
import type { Route } from './route';
import { ScreenOutlet } from './ScreenOutlet';
import { useNewBriefingShortcut } from './use-new-briefing-shortcut';
import { useTheme } from './use-theme';

/** Menu commands that open a screen; the open briefing's own commands (save, export it…) are the editor's. */
const routeForCommand: Partial<Record<MenuCommand, Route>> = {
  'open-settings': { screen: 'settings' },
  'open-about': { screen: 'about' },
  'open-import': { screen: 'import' },
  'open-export': { screen: 'export' },
  'new-briefing': { screen: 'new-briefing' },
};

/** The navigation entry a route belongs to: an open briefing belongs to the library. */
function navScreen(route: Route): Route['screen'] {
  return route.screen === 'editor' ? 'library' : route.screen;
}

/** The window's frame: navigation, notices from main, and the current screen. */
export function App() {
  return (
    <NavigationProvider initial={navItems[0]?.route ?? { screen: 'settings' }}>
      <AppFrame />
    </NavigationProvider>
  );
}

function AppFrame() {
  const { route, navigate } = useNavigation();
  const currentRoute = useRef(route);
  currentRoute.current = route;
  const [info, setInfo] = useState<AppInfo>();
  const [settings, setSettings] = useState<Settings>();
  const [loadError, setLoadError] = useState<IpcError | string>();
  useTheme(settings?.theme);

  useEffect(() => {
    let api: ReturnType<typeof getBriefdeskApi>;
    try {
      api = getBriefdeskApi();
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
      return;
    }
    void Promise.all([api.app.info(), api.settings.get()]).then(([infoResult, settingsResult]) => {
      if (infoResult.ok) setInfo(infoResult.value);
      else setLoadError(infoResult.error);
      // The library is checked against its files after it shows: that check may add notices.
      void api.app.notices().then((noticesResult) => {
        if (noticesResult.ok) setInfo((shown) => (shown ? { ...shown, notices: noticesResult.value } : shown));
      });
      if (settingsResult.ok) setSettings(settingsResult.value);
      else setLoadError(settingsResult.error);
    });
    return api.events.onMenuCommand((command) => {
      const target = routeForCommand[command];
      if (target) navigate(target);
      // Without an open briefing, "export this briefing" offers the export of any.
      if (command === 'export-briefing' && currentRoute.current.screen !== 'editor') navigate({ screen: 'export' });
    });
  }, [navigate]);
  useNewBriefingShortcut(navigate);

  useEffect(() => {
    document.title = `${routeTitle(route)} — Briefdesk`;
  }, [route]);

  const onSettingsSaved = useCallback((saved: Settings) => setSettings(saved), []);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="app-nav" aria-label="Main">
        <p className="app-name">Briefdesk</p>
        <ul>
          {navItems.map((item) => (
            <li key={item.label}>
              <button
                type="button"
                className="nav-item"
                aria-current={navScreen(route) === item.route.screen ? 'page' : undefined}
                onClick={() => navigate(item.route)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        {loadError ? (
          <p role="alert" className="message message-error">
            {typeof loadError === 'string' ? loadError : loadError.message}
          </p>
        ) : null}
        {info ? <NoticeList notices={info.notices} /> : null}
        {info && settings ? <ScreenOutlet route={route} context={{ info, settings, onSettingsSaved }} /> : null}
      </main>
    </div>
  );
}
