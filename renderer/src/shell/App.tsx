import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../electron/common/app-info';
import type { MenuCommand } from '../../../electron/common/ipc-channels';
import type { IpcError } from '../../../electron/common/ipc-result';
import type { Settings } from '../../../electron/common/settings';
import { AboutScreen } from '../about/AboutScreen';
import { getBriefdeskApi } from '../briefdesk-api';
import { SettingsScreen } from '../settings/SettingsScreen';
import { NoticeList } from './NoticeList';
import { useTheme } from './use-theme';

type Screen = 'settings' | 'about';

const screenTitles: Record<Screen, string> = { settings: 'Settings', about: 'About Briefdesk' };

const screenForCommand: Record<MenuCommand, Screen> = { 'open-settings': 'settings', 'open-about': 'about' };

/** The window's frame: navigation, notices from main, and the current screen. */
export function App() {
  const [screen, setScreen] = useState<Screen>('settings');
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
      if (settingsResult.ok) setSettings(settingsResult.value);
      else setLoadError(settingsResult.error);
    });
    return api.events.onMenuCommand((command) => setScreen(screenForCommand[command]));
  }, []);

  useEffect(() => {
    document.title = `${screenTitles[screen]} — Briefdesk`;
  }, [screen]);

  const onSettingsSaved = useCallback((saved: Settings) => setSettings(saved), []);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="app-nav" aria-label="Main">
        <p className="app-name">Briefdesk</p>
        <ul>
          {(Object.keys(screenTitles) as Screen[]).map((key) => (
            <li key={key}>
              <button
                type="button"
                className="nav-item"
                aria-current={screen === key ? 'page' : undefined}
                onClick={() => setScreen(key)}
              >
                {key === 'about' ? 'About' : screenTitles[key]}
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
        {screen === 'settings' && settings ? <SettingsScreen settings={settings} onSaved={onSettingsSaved} /> : null}
        {screen === 'about' && info ? <AboutScreen info={info} /> : null}
      </main>
    </div>
  );
}
