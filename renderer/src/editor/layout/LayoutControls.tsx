import { shortcutLabel } from '../shortcut-label';
import type { WorkspaceLayout } from './use-workspace-layout';

/** The two layout switches in the editor's top bar: the side panel and focus mode. */
export function LayoutControls({ layout, sidePanelId }: { layout: WorkspaceLayout; sidePanelId: string }) {
  return (
    <div className="layout-controls">
      {layout.focusMode ? null : (
        <button
          type="button"
          aria-expanded={layout.sidePanelOpen}
          aria-controls={sidePanelId}
          title={`${layout.sidePanelOpen ? 'Hide' : 'Show'} the outline and side panels (${shortcutLabel('Mod-Alt-b')})`}
          onClick={layout.toggleSidePanel}
        >
          Side panel
        </button>
      )}
      <button
        type="button"
        aria-pressed={layout.focusMode}
        title={`Only the text and its toolbar (${shortcutLabel('F8')}; Esc leaves)`}
        onClick={layout.toggleFocusMode}
      >
        {layout.focusMode ? 'Leave focus mode' : 'Focus mode'}
      </button>
    </div>
  );
}
