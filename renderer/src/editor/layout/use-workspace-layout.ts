import { useCallback, useState } from 'react';
import { readStoredPreference, writeStoredPreference } from './stored-preference';

const sidePanelKey = 'briefdesk.editor.sidePanelOpen';

/** Below this window width the side panel starts hidden, so the text column keeps a readable measure. */
export const sidePanelDefaultOpenWidth = 1100;

export interface WorkspaceLayout {
  sidePanelOpen: boolean;
  focusMode: boolean;
  toggleSidePanel: () => void;
  toggleFocusMode: () => void;
  leaveFocusMode: () => void;
}

/** Whether the side panel shows (remembered) and whether focus mode hides everything but the text (this session only). */
export function useWorkspaceLayout(): WorkspaceLayout {
  const [sidePanelOpen, setSidePanelOpen] = useState(() =>
    readStoredPreference(sidePanelKey, window.innerWidth >= sidePanelDefaultOpenWidth),
  );
  const [focusMode, setFocusMode] = useState(false);
  const toggleSidePanel = useCallback(() => {
    setSidePanelOpen((open) => {
      writeStoredPreference(sidePanelKey, !open);
      return !open;
    });
  }, []);
  const toggleFocusMode = useCallback(() => setFocusMode((on) => !on), []);
  const leaveFocusMode = useCallback(() => setFocusMode(false), []);
  return { sidePanelOpen, focusMode, toggleSidePanel, toggleFocusMode, leaveFocusMode };
}
