import { type FormEvent, useState } from 'react';
import {
  type CorrectionEntry,
  type CorrectionKind,
  correctionKindLabels,
  correctionKinds,
  correctionSchema,
} from '../../../electron/common/briefing/corrections-log';
import { wallClockOf, zonedAt } from '../../../electron/common/time/zoned-time';

/** The corrections log: add a correction, clarification or update (timed now, in the briefing's zone), or remove one. */
export function CorrectionsPanel({
  initialCorrections,
  timeZone,
  onChange,
}: {
  initialCorrections: readonly CorrectionEntry[];
  timeZone: () => string;
  onChange: (corrections: CorrectionEntry[]) => void;
}) {
  const [entries, setEntries] = useState<CorrectionEntry[]>([...initialCorrections]);
  const [kind, setKind] = useState<CorrectionKind>('correction');
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const update = (next: CorrectionEntry[]) => {
    setEntries(next);
    onChange(next);
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const parsed = correctionSchema.safeParse({ kind, at: zonedAt(Date.now(), timeZone()), text });
    if (!parsed.success) {
      setMessage(parsed.error.issues[0]?.message ?? 'That entry cannot be added.');
      return;
    }
    update([...entries, parsed.data]);
    setText('');
    setMessage('Added to the log; it prints at the end of every export.');
  };
  return (
    <div className="corrections-panel">
      <ol className="corrections-list">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${entry.kind}-${entry.text}`}>
            <strong>{correctionKindLabels[entry.kind]}</strong>, {wallClockOf(entry.at).replace('T', ' ')}: {entry.text}{' '}
            <button
              type="button"
              aria-label={`Remove ${correctionKindLabels[entry.kind].toLowerCase()} ${index + 1}`}
              onClick={() => update(entries.filter((candidate) => candidate !== entry))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <form onSubmit={add} aria-label="Add to the corrections log">
        <label>
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as CorrectionKind)}>
            {correctionKinds.map((candidate) => (
              <option key={candidate} value={candidate}>
                {correctionKindLabels[candidate]}
              </option>
            ))}
          </select>
        </label>
        <label>
          What changed
          <textarea value={text} maxLength={2000} onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit">Add to the log</button>
      </form>
      <p className="panel-message" role="status">
        {message}
      </p>
    </div>
  );
}
