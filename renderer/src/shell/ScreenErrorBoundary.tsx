import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useNavigation } from './navigation';
import type { Route } from './route';
import { hashForRoute } from './route-hash';

/**
 * Catches a screen that fails to render (for instance on a briefing whose file was changed
 * elsewhere) so the rest of the window keeps working. Navigating anywhere starts the screen afresh.
 */
export function ScreenErrorBoundary({ route, children }: { route: Route; children: ReactNode }) {
  return (
    <ErrorBoundary
      resetKeys={[hashForRoute(route)]}
      fallbackRender={(props) => <ScreenFailure {...props} route={route} />}
      onError={(error) => console.error('A screen failed to render:', error)}
    >
      {children}
    </ErrorBoundary>
  );
}

function ScreenFailure({ route, resetErrorBoundary }: FallbackProps & { route: Route }) {
  const { navigate } = useNavigation();
  const onLibrary = route.screen === 'library';
  return (
    <section role="alert" className="message message-error">
      <h1>This screen could not be shown</h1>
      <p>
        {route.screen === 'editor'
          ? 'Briefdesk could not display this briefing. Its file may have been changed by another program or a sync; your other briefings are not affected.'
          : 'Something on this screen could not be displayed. Your briefings are not affected.'}
      </p>
      <button
        type="button"
        onClick={() => {
          if (!onLibrary) navigate({ screen: 'library' });
          resetErrorBoundary();
        }}
      >
        {onLibrary ? 'Try again' : 'Back to the Library'}
      </button>
    </section>
  );
}
