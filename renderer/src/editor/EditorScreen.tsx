import { useEffect, useState } from 'react';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import { briefingFromOpened } from '../../../electron/common/library/opened-briefing';
import { getBriefdeskApi } from '../briefdesk-api';
import { BriefingWorkspace } from './BriefingWorkspace';
import './editor.css';
import './layout/editor-layout.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; briefing: Briefing; notice?: string }
  | { kind: 'failed'; message: string };

/** Asks main for the briefing as the editor opens it. */
async function openForEditor(briefingId: string): Promise<Loaded> {
  performance.mark('briefdesk:editor-load-start');
  const result = await getBriefdeskApi().briefings.open({ id: briefingId });
  performance.mark('briefdesk:editor-loaded');
  return result.ok
    ? { kind: 'ready', briefing: briefingFromOpened(result.value) }
    : { kind: 'failed', message: result.error.message };
}

/** The editor screen for one briefing: loads it, then hands it to the workspace. */
export function EditorScreen({ briefingId }: { briefingId: string }) {
  // Asked for as the screen first renders, not after its first paint, so the briefing is on its way sooner.
  const [opening] = useState(() => openForEditor(briefingId));
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    void opening.then(setLoaded);
  }, [opening]);

  if (loaded.kind === 'loading') {
    return (
      <p className="screen" role="status">
        Opening the briefing…
      </p>
    );
  }
  if (loaded.kind === 'failed') {
    return (
      <section className="screen" aria-labelledby="editor-failed-title">
        <h1 id="editor-failed-title">The briefing could not be opened</h1>
        <p role="alert" className="message message-error">
          {loaded.message}
        </p>
      </section>
    );
  }
  return (
    <BriefingWorkspace
      key={`${loaded.briefing.id}@${loaded.briefing.revision}`}
      briefing={loaded.briefing}
      notice={loaded.notice}
      onReload={(briefing, notice) => setLoaded({ kind: 'ready', briefing, notice })}
    />
  );
}
