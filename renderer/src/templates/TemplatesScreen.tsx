import { useCallback, useEffect, useState } from 'react';
import type { BriefingSummary } from '../../../electron/common/briefing/briefing';
import { getBriefdeskApi } from '../briefdesk-api';
import { useNavigation } from '../shell/navigation';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog';
import { UserTemplateItem } from './UserTemplateItem';
import { useTemplateList } from './use-template-list';
import './templates.css';

/** Built-in templates (read-only) and the user's own: use, rename, delete, or make one from a briefing. */
export function TemplatesScreen() {
  const { navigate } = useNavigation();
  const { templates, error, reload } = useTemplateList();
  const [status, setStatus] = useState('');
  const [briefings, setBriefings] = useState<BriefingSummary[]>([]);
  const [sourceId, setSourceId] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void getBriefdeskApi()
      .briefings.list()
      .then((result) => {
        if (!result.ok) return;
        setBriefings(result.value);
        setSourceId((current) => current || (result.value[0]?.id ?? ''));
      });
  }, []);

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
        {briefings.length === 0 ? (
          <p className="hint">There are no briefings yet.</p>
        ) : (
          <div className="form-actions">
            <label className="field">
              <span>Briefing</span>
              <select value={sourceId} onChange={(event) => setSourceId(event.target.value)}>
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
          </div>
        )}
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
