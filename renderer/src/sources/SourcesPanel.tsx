import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { type FormEvent, useEffect, useState } from 'react';
import {
  type BriefingSource,
  newSourceId,
  type SourceType,
  sourceSchema,
  sourceTypeLabels,
  sourceTypes,
} from '../../../electron/common/briefing/source-list';
import { readCitedSourceIds } from '../../../electron/common/document/marks/citation/citation-mark';
import { zonedFromWallClock } from '../../../electron/common/time/zoned-time';
import { briefingSourceStore } from './briefing-source-store';

const emptyDraft = { name: '', type: 'official' as SourceType, named: true, link: '', accessed: '', privateNote: '' };

/** Cites `id` on the selected text, beside the sources it already cites; on a selected key figure, makes it its source. */
function citeSource(editor: Editor, id: string): boolean {
  const { selection } = editor.state;
  if (selection instanceof NodeSelection && selection.node.type.name === 'keyFigure') {
    return editor.chain().focus().updateAttributes('keyFigure', { sourceId: id }).run();
  }
  if (selection.empty) return false;
  const cited = readCitedSourceIds(editor.getAttributes('citation').sources);
  return editor
    .chain()
    .focus()
    .cite([...cited, id])
    .run();
}

/**
 * The briefing's source list: add a source (name or description, type, named or not, link, when it was
 * accessed, a private note that is never printed), cite it on the selected text or make it the source of
 * the selected key figure, remove it.
 */
export function SourcesPanel({
  editor,
  initialSources,
  timeZone,
  onChange,
}: {
  editor: Editor;
  initialSources: readonly BriefingSource[];
  timeZone: () => string;
  onChange: (sources: BriefingSource[]) => void;
}) {
  const [sources, setSources] = useState<BriefingSource[]>([...initialSources]);
  const [draft, setDraft] = useState(emptyDraft);
  const [message, setMessage] = useState('');
  // The key-figure cards pick from the same list.
  useEffect(() => briefingSourceStore(editor).set(sources), [editor, sources]);
  const update = (next: BriefingSource[]) => {
    setSources(next);
    onChange(next);
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const accessedAt = draft.accessed ? zonedFromWallClock(draft.accessed, timeZone()) : '';
    if (accessedAt === undefined) {
      setMessage('That accessed time does not exist in the briefing’s time zone; choose another.');
      return;
    }
    const parsed = sourceSchema.safeParse({
      id: newSourceId(sources),
      name: draft.name,
      type: draft.type,
      named: draft.named,
      link: draft.link.trim(),
      accessedAt,
      privateNote: draft.privateNote,
    });
    if (!parsed.success) {
      setMessage(parsed.error.issues[0]?.message ?? 'That source cannot be added.');
      return;
    }
    update([...sources, parsed.data]);
    setDraft(emptyDraft);
    setMessage(`Added “${parsed.data.name}”. Select text and cite it.`);
  };
  return (
    <div className="sources-panel">
      <ol className="sources-list">
        {sources.map((source) => (
          <li key={source.id} className="source-item">
            <span className="source-name">{source.name}</span>{' '}
            <span className="source-type">
              ({sourceTypeLabels[source.type]}
              {source.named ? '' : ', not named'})
            </span>
            <div className="source-actions">
              <button
                type="button"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() =>
                  setMessage(
                    citeSource(editor, source.id)
                      ? `Cited “${source.name}”.`
                      : 'Select the text (or key figure) that this source supports first.',
                  )
                }
              >
                Cite “{source.name}”
              </button>
              <button
                type="button"
                onClick={() => update(sources.filter((candidate) => candidate.id !== source.id))}
                aria-label={`Remove source “${source.name}”`}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <form className="source-form" onSubmit={add} aria-label="Add a source">
        <label>
          Source name or description
          <input
            value={draft.name}
            maxLength={200}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
        </label>
        <label>
          Source type
          <select
            value={draft.type}
            onChange={(event) => setDraft({ ...draft, type: event.target.value as SourceType })}
          >
            {sourceTypes.map((type) => (
              <option key={type} value={type}>
                {sourceTypeLabels[type]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={!draft.named}
            onChange={(event) => setDraft({ ...draft, named: !event.target.checked })}
          />{' '}
          Anonymous (not named in the briefing)
        </label>
        <label>
          Link
          <input
            value={draft.link}
            maxLength={2048}
            onChange={(event) => setDraft({ ...draft, link: event.target.value })}
          />
        </label>
        <label>
          Accessed ({timeZone()})
          <input
            type="datetime-local"
            value={draft.accessed}
            onChange={(event) => setDraft({ ...draft, accessed: event.target.value })}
          />
        </label>
        <label>
          Private note (never printed)
          <textarea
            value={draft.privateNote}
            maxLength={1000}
            onChange={(event) => setDraft({ ...draft, privateNote: event.target.value })}
          />
        </label>
        <button type="submit">Add source</button>
      </form>
      <p className="panel-message" role="status">
        {message}
      </p>
    </div>
  );
}
