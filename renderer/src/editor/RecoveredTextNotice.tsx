import { useEffect, useState } from 'react';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import type { RecoveredText } from '../../../electron/common/library/library-types';
import { getBriefdeskApi } from '../briefdesk-api';
import { formatCount } from '../library/format-library';
import { errorMessage, unwrap } from '../library/library-api';
import { TextDiffView } from '../library/TextDiffView';

const clockTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "14:02" today, "26 Nov 2026, 14:02" on another day, in the user's own time. */
function whenTyped(iso: string): string {
  const date = new Date(iso);
  return date.toDateString() === new Date().toDateString() ? clockTime.format(date) : dayAndTime.format(date);
}

/**
 * Unsaved text found at start that is newer than the saved briefing: shown beside
 * the saved version until the user restores, compares or discards it. Discarding is final.
 */
export function RecoveredTextNotice({
  briefingId,
  onRestored,
}: {
  briefingId: string;
  onRestored: (briefing: Briefing, notice: string) => void;
}) {
  const [recovered, setRecovered] = useState<RecoveredText | null>(null);
  const [comparing, setComparing] = useState(false);
  const [status, setStatus] = useState<string>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let current = true;
    setRecovered(null);
    void getBriefdeskApi()
      .journal.recovered({ id: briefingId })
      .then((result) => {
        if (current && result.ok) setRecovered(result.value.recovered);
      });
    return () => {
      current = false;
    };
  }, [briefingId]);

  const run = async (task: (recovered: RecoveredText) => Promise<void>) => {
    if (!recovered) return;
    setProblem(undefined);
    try {
      await task(recovered);
    } catch (caught) {
      setProblem(errorMessage(caught));
    }
  };

  const restore = () =>
    run(async (text) => {
      const briefing = await unwrap(getBriefdeskApi().journal.restore({ id: briefingId }));
      setRecovered(null);
      onRestored(
        briefing,
        `Restored the unsaved text from ${whenTyped(text.writtenAt)} as revision ${briefing.revision}. The version saved before it is kept in the history.`,
      );
    });

  const discard = () =>
    run(async (text) => {
      await unwrap(getBriefdeskApi().journal.discard({ id: briefingId }));
      setRecovered(null);
      setStatus(`Discarded the unsaved text from ${whenTyped(text.writtenAt)}.`);
    });

  if (!recovered) {
    return status ? (
      <p className="editor-notice" role="status">
        {status}
      </p>
    ) : null;
  }
  const typed = whenTyped(recovered.writtenAt);
  return (
    <section className="conflict-notice recovered-text" aria-labelledby="recovered-title">
      <h2 id="recovered-title">Unsaved text from {typed}</h2>
      <p>
        Briefdesk closed before this text was saved. The editor shows the saved version; restore the unsaved text,
        compare the two, or discard it for good.
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => void restore()}>
          Restore unsaved text
        </button>
        <button type="button" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
          Compare with the saved version
        </button>
        <button type="button" onClick={() => void discard()}>
          Discard unsaved text
        </button>
      </div>
      {comparing ? (
        <figure className="revision-view">
          <figcaption>
            The unsaved text adds {formatCount(recovered.addedWords)} words and removes{' '}
            {formatCount(recovered.removedWords)} of the saved version
          </figcaption>
          <TextDiffView parts={recovered.parts} testId="recovered-diff" />
          {recovered.metadataChanges.length > 0 ? (
            <ul aria-label="Details typed but not saved">
              {recovered.metadataChanges.map((change) => (
                <li key={change.field}>
                  {change.label}: {change.current} → {change.other}
                </li>
              ))}
            </ul>
          ) : null}
        </figure>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
