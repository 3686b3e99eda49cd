import { useCallback, useState } from 'react';
import type { LibraryFilters } from '../../../electron/common/library/library-types';
import { LibrarySearchField } from '../library/LibrarySearchField';
import { useLibrarySearch } from '../library/use-library-search';
import { useNavigation } from '../shell/navigation';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog';
import { UserTemplateItem } from './UserTemplateItem';
import { useTemplateList } from './use-template-list';
import './templates.css';

const noFilters: LibraryFilters = {};

/** Built-in templates (read-only) and the user's own: use, rename, delete, or make one from a briefing. */
export function TemplatesScreen() {
  const { navigate } = useNavigation();
  const { templates, error, reload } = useTemplateList();
  const [status, setStatus] = useState('');
  // The briefing to save as a template is found through the library's search, a page at a time.
  const [query, setQuery] = useState('');
  const found = useLibrarySearch(query, noFilters, undefined);
  const briefings = found.result?.hits.map((hit) => hit.briefing) ?? [];
  const [chosenId, setChosenId] = useState('');
  // What the list shows decides: the briefing chosen while it is shown, else the first one shown.
  const sourceId = briefings.some((briefing) => briefing.id === chosenId) ? chosenId : (briefings[0]?.id ?? '');
  const [saving, setSaving] = useState(false);

  const changed = useCallback(
    (message: string) => {
      setStatus(message);
      void reload();
    },
    [reload],
  );

  const builtIns = templates?.filter((template) => template.builtIn) ?? [];
  const own = templates?.filter((template) => !template.builtIn) ?? [];

  return (
    <section aria-labelledby="templates-title" className="screen">
      <h1 id="templates-title">Templates</h1>
      {error ? (
        <p role="alert" className="message message-error">
          {error.message}
        </p>
      ) : null}
      <p className="form-status" role="status" aria-live="polite">
        {status}
      </p>
      <section aria-labelledby="own-templates-title">
        <h2 id="own-templates-title">Your templates</h2>
        {own.length === 0 ? (
          <p className="hint">None yet. Save a briefing as a template, below or from the editor.</p>
        ) : (
          <ul className="template-list">
            {own.map((template) => (
              <UserTemplateItem key={`${template.id}-${template.updatedAt}`} template={template} onChanged={changed} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="from-briefing-title">
        <h2 id="from-briefing-title">Save a briefing as a template</h2>
        {found.error ? (
          <p role="alert" className="message message-error">
            {found.error}
          </p>
        ) : null}
        {found.result?.total === 0 && query.trim() === '' ? (
          <p className="hint">There are no briefings yet.</p>
        ) : found.result ? (
          <div className="form-actions">
            <LibrarySearchField
              label="Find a briefing"
              query={query}
              placeholder="Words from its title or text"
              onQuery={setQuery}
            />
            <label className="field">
              <span>Briefing</span>
              <select value={sourceId} onChange={(event) => setChosenId(event.target.value)} disabled={!sourceId}>
                {briefings.length === 0 ? <option value="">No briefing matches</option> : null}
                {briefings.map((briefing) => (
                  <option key={briefing.id} value={briefing.id}>
                    {briefing.title || 'Untitled briefing'}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => setSaving(true)} disabled={!sourceId}>
              Save as template…
            </button>
            {found.result.total > briefings.length ? (
              <p className="hint">
                The {briefings.length} {query.trim() ? 'best matches' : 'most recently updated'} of {found.result.total}
                ; type words from a title to find another.
              </p>
            ) : null}
          </div>
        ) : null}
      </section>
      <section aria-labelledby="built-in-templates-title">
        <h2 id="built-in-templates-title">Built-in templates</h2>
        <p className="hint">
          These come with Briefdesk and cannot be changed; save a briefing made from one to adapt it.
        </p>
        <ul className="template-list">
          {builtIns.map((template) => (
            <li key={template.id} className="template-row">
              <h3 className="template-name">{template.name}</h3>
              <p className="template-description">{template.description}</p>
              <p className="hint">Sections: {template.sections.join(' · ')}</p>
              <button type="button" onClick={() => navigate({ screen: 'new-briefing', templateId: template.id })}>
                Use<span className="visually-hidden"> {template.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {saving && sourceId ? (
        <SaveAsTemplateDialog
          briefingId={sourceId}
          onClose={(saved) => {
            setSaving(false);
            if (saved) changed(`Saved “${saved.name}” as a template.`);
          }}
        />
      ) : null}
    </section>
  );
}
