import { type FormEvent, useId, useState } from 'react';
import type { IpcError } from '../../../electron/common/ipc-result';
import type { Settings } from '../../../electron/common/settings';
import { getBriefdeskApi } from '../briefdesk-api';
import { useNavigation } from '../shell/navigation';
import { TemplateChoice } from './TemplateChoice';
import { useTemplateList } from './use-template-list';
import './templates.css';

/** Pick a template, give a title, and open the new briefing in the editor. */
export function NewBriefingScreen({ settings, initialTemplateId }: { settings: Settings; initialTemplateId?: string }) {
  const { navigate } = useNavigation();
  const { templates, error: listError } = useTemplateList();
  const [chosenId, setChosenId] = useState(initialTemplateId);
  const [title, setTitle] = useState('');
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<IpcError>();
  const titleHintId = useId();
  const chosen = templates?.find((template) => template.id === chosenId) ?? templates?.[0];
  const missingDefaults = [
    settings.authorName ? undefined : 'author name',
    settings.defaultDateline ? undefined : 'default dateline',
  ].filter(Boolean);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setCreating(true);
    setError(undefined);
    const trimmed = title.trim();
    const result = await getBriefdeskApi().briefings.createFromTemplate({
      templateId: chosen.id,
      ...(trimmed ? { title: trimmed } : {}),
    });
    setCreating(false);
    if (result.ok) navigate({ screen: 'editor', briefingId: result.value.id });
    else setError(result.error);
  };

  return (
    <section aria-labelledby="new-briefing-title" className="screen">
      <h1 id="new-briefing-title">New briefing</h1>
      {listError ? (
        <p role="alert" className="message message-error">
          {listError.message}
        </p>
      ) : null}
      {missingDefaults.length > 0 ? (
        <p className="message message-info">
          Your {missingDefaults.join(' and ')} {missingDefaults.length > 1 ? 'are' : 'is'} not set, so new briefings
          leave {missingDefaults.length > 1 ? 'them' : 'it'} empty.{' '}
          <button type="button" className="link-button" onClick={() => navigate({ screen: 'settings' })}>
            Open Settings
          </button>
        </p>
      ) : null}
      {templates && chosen ? (
        <form className="new-briefing-form" onSubmit={create} noValidate>
          <TemplateChoice templates={templates} chosenId={chosen.id} onChoose={setChosenId} />
          <label className="field">
            <span>Title</span>
            <input
              name="title"
              value={title}
              aria-describedby={titleHintId}
              onChange={(event) => setTitle(event.target.value)}
            />
            <small id={titleHintId} className="hint">
              {chosen.titleGuidance ? `${chosen.titleGuidance}. ` : ''}You can change it later.
            </small>
          </label>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={creating}>
              {creating ? 'Creating…' : 'Create briefing'}
            </button>
          </div>
          {error ? (
            <p role="alert" className="message message-error">
              {error.message}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
