import { type FormEvent, useId, useState } from 'react';
import type { ImportCorrections, ImportPreview } from '../../../electron/common/import/import-requests';
import type { TemplateSummary } from '../../../electron/common/template/briefing-template';
import { DroppedList } from './DroppedList';

export interface ImportCheckPanelProps {
  preview: ImportPreview;
  /** Where the text came from: a file name, or "Pasted text". */
  sourceLabel: string;
  templates: TemplateSummary[] | undefined;
  creating: boolean;
  onCreate: (choice: { templateId: string | null; corrections: ImportCorrections }) => void;
  onCancel: () => void;
}

/**
 * What an import found, before anything is stored: the user corrects the title,
 * dateline and date, picks the template to pour the text into, and creates the briefing.
 */
export function ImportCheckPanel({
  preview,
  sourceLabel,
  templates,
  creating,
  onCreate,
  onCancel,
}: ImportCheckPanelProps) {
  const [title, setTitle] = useState(preview.metadata.title);
  const [datelinePlace, setDatelinePlace] = useState(preview.metadata.datelinePlace);
  const [eventDate, setEventDate] = useState(preview.metadata.eventDate);
  const [templateId, setTemplateId] = useState('');
  const templateFieldId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCreate({ templateId: templateId || null, corrections: { title, datelinePlace, eventDate } });
  };
  const { words, sections, dropped, notices } = preview;
  return (
    <section className="import-result import-check" aria-labelledby="import-check-title">
      <h2 id="import-check-title">Check what was found</h2>
      <p>
        {sourceLabel}: {words.toLocaleString('en')} word{words === 1 ? '' : 's'} in {sections} section
        {sections === 1 ? '' : 's'}. Nothing is stored until you create the briefing.
      </p>
      <form className="import-check-form" onSubmit={submit}>
        <label className="field">
          <span>Title</span>
          <input name="import-title" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>Dateline</span>
          <input
            name="import-dateline"
            value={datelinePlace}
            maxLength={120}
            onChange={(e) => setDatelinePlace(e.target.value)}
          />
        </label>
        <label className="field">
          <span>Date</span>
          <input name="import-date" type="date" value={eventDate} onChange={(e) => setEventDate(e.target.value)} />
        </label>
        <div className="field">
          <label htmlFor={templateFieldId}>Template</label>
          <select
            id={templateFieldId}
            name="import-template"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
          >
            <option value="">No template: keep the article’s own sections</option>
            {(templates ?? []).map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        </div>
        {dropped.length > 0 ? (
          <div className="import-dropped" role="note" aria-label="Site clutter to leave out">
            <p>
              {dropped.length} piece{dropped.length === 1 ? '' : 's'} of site clutter will be left out (you can bring
              {dropped.length === 1 ? ' it' : ' them'} back after):
            </p>
            <DroppedList dropped={dropped} />
          </div>
        ) : null}
        {notices.length > 0 ? (
          <ul className="import-notices" aria-label="Import notices">
            {notices.map((notice) => (
              <li key={notice} className="message message-info">
                {notice}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={creating}>
            {creating ? 'Creating…' : 'Create the briefing'}
          </button>
          <button type="button" onClick={onCancel} disabled={creating}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
