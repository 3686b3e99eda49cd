import { type ReactNode, useId, useState } from 'react';
import { readStoredPreference, writeStoredPreference } from './stored-preference';

/**
 * One collapsible panel of the editor's side column (outline, sources, comments…):
 * its heading is the button that folds it; the choice is remembered per panel.
 */
export function SidePanel({ panelId, title, children }: { panelId: string; title: string; children: ReactNode }) {
  const storageKey = `briefdesk.editor.panel.${panelId}`;
  const [open, setOpen] = useState(() => readStoredPreference(storageKey, true));
  const id = useId();
  return (
    <section className="side-panel" aria-labelledby={`${id}-title`} data-panel={panelId}>
      <h2 className="panel-title" id={`${id}-title`}>
        <button
          type="button"
          className="side-panel-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => {
            writeStoredPreference(storageKey, !open);
            setOpen(!open);
          }}
        >
          {title}
        </button>
      </h2>
      <div id={`${id}-body`} className="side-panel-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
