// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NavigationProvider, useNavigation } from './navigation';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  window.location.hash = '';
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

/** Fails to render for an open briefing, as a screen does on a briefing it cannot display. */
function FragileScreen() {
  const { route } = useNavigation();
  if (route.screen === 'editor') throw new TypeError("Cannot read properties of undefined (reading 'join')");
  return <p>Library list</p>;
}

function Outlet() {
  const { route } = useNavigation();
  return (
    <ScreenErrorBoundary route={route}>
      <FragileScreen />
    </ScreenErrorBoundary>
  );
}

describe('ScreenErrorBoundary', () => {
  it('shows a message and the way back to the Library instead of a blank window', () => {
    act(() =>
      root.render(
        <NavigationProvider initial={{ screen: 'editor', briefingId: 'constructor' }}>
          <nav>Navigation</nav>
          <Outlet />
        </NavigationProvider>,
      ),
    );
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('could not display this briefing');
    expect(container.textContent).toContain('Navigation');
    const back = container.querySelector('button');
    expect(back?.textContent).toBe('Back to the Library');
    act(() => back?.click());
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toContain('Library list');
    expect(window.location.hash).toBe('#/library');
  });
});
