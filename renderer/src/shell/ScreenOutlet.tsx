import type { AppInfo } from '../../../electron/common/app-info';
import type { Settings } from '../../../electron/common/settings';
import { AboutScreen } from '../about/AboutScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import type { Route } from './navigation';

export interface ScreenContext {
  info: AppInfo;
  settings: Settings;
  onSettingsSaved: (settings: Settings) => void;
}

/** Renders the screen for the current route. */
export function ScreenOutlet({ route, context }: { route: Route; context: ScreenContext }) {
  switch (route.screen) {
    case 'settings':
      return <SettingsScreen settings={context.settings} onSaved={context.onSettingsSaved} />;
    case 'about':
      return <AboutScreen info={context.info} />;
    case 'library':
      return <LibraryScreen />;
    default:
      return null;
  }
}
