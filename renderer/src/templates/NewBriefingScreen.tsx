import { type FormEvent, useId, useState } from 'react';
import type { IpcError } from '../../../electron/common/ipc-result';
import type { Settings } from '../../../electron/common/settings';
import { createBriefingFromTemplateSchema } from '../../../electron/common/template/template-requests';
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
  const titleErrorId = useId();
  const chosen = templates?.find((template) => template.id === chosenId) ?? templates?.[0];
  const missingDefaults = [
    settings.authorName ? undefined : 'author name',
    settings.defaultDateline ? undefined : 'default dateline',
  ].filter(Boolean);

  // The same rule main applies, checked as the user types so the sentence appears beside the field.
  const titleCheck = createBriefingFromTemplateSchema.shape.title.safeParse(title.trim() || undefined);
  const titleError = titleCheck.success
    ? error?.issues?.find((issue) => issue.path === 'title')?.message
    : titleCheck.error.issues[0]?.message;
  const formError = error && !error.issues?.some((issue) => issue.path === 'title') ? error : undefined;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || !titleCheck.success) return;
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
          <div className="new-briefing-title">
            <label className="field">
              <span>Title</span>
              <input
                name="title"
                value={title}
                aria-invalid={titleError ? true : undefined}
                aria-describedby={titleError ? `${titleErrorId} ${titleHintId}` : titleHintId}
                onChange={(event) => {
                  setTitle(event.target.value);
                  setError(undefined);
                }}
              />
              {titleError ? (
                <span id={titleErrorId} role="alert" className="field-error">
                  {titleError}
                </span>
              ) : null}
              <small id={titleHintId} className="hint">
                {chosen.titleGuidance ? `${chosen.titleGuidance}. ` : ''}You can change it later.
              </small>
            </label>
            <div className="form-actions">
              <button type="submit" className="primary" disabled={creating}>
                {creating ? 'Creating…' : 'Create briefing'}
              </button>
            </div>
            {formError ? (
              <p role="alert" className="message message-error">
                {formError.message}
              </p>
            ) : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}
