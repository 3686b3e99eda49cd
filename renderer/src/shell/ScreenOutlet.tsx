import type { AppInfo } from '../../../electron/common/app-info';
import type { Settings } from '../../../electron/common/settings';
import { AboutScreen } from '../about/AboutScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { ExportScreen } from '../export/ExportScreen';
import { ImportScreen } from '../import/ImportScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { NewBriefingScreen } from '../templates/NewBriefingScreen';
import { TemplatesScreen } from '../templates/TemplatesScreen';
import type { Route } from './route';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

export interface ScreenContext {
  info: AppInfo;
  settings: Settings;
  onSettingsSaved: (settings: Settings) => void;
}

/** Renders the screen for the current route, each behind its own error boundary. */
export function ScreenOutlet({ route, context }: { route: Route; context: ScreenContext }) {
  return (
    <ScreenErrorBoundary route={route}>
      <CurrentScreen route={route} context={context} />
    </ScreenErrorBoundary>
  );
}

function CurrentScreen({ route, context }: { route: Route; context: ScreenContext }) {
  switch (route.screen) {
    case 'settings':
      return <SettingsScreen settings={context.settings} onSaved={context.onSettingsSaved} />;
    case 'about':
      return <AboutScreen info={context.info} />;
    case 'new-briefing':
      return <NewBriefingScreen settings={context.settings} initialTemplateId={route.templateId} />;
    case 'templates':
      return <TemplatesScreen />;
    case 'import':
      return <ImportScreen />;
    case 'export':
      return <ExportScreen />;
    case 'editor':
      return <EditorScreen key={route.briefingId} briefingId={route.briefingId} />;
    case 'library':
      return <LibraryScreen />;
    default:
      return null;
  }
}
