import { type FormEvent, useState } from 'react';
import type { IpcError } from '../../../electron/common/ipc-result';
import type { TemplateSummary } from '../../../electron/common/template/briefing-template';
import { getBriefdeskApi } from '../briefdesk-api';
import { useNavigation } from '../shell/navigation';
import { ModalDialog } from './ModalDialog';

interface UserTemplateItemProps {
  template: TemplateSummary;
  /** Called after a rename or delete so the list reloads. */
  onChanged: (message: string) => void;
}

const updatedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One of the user's templates: use it, rename it (name and description), or delete it after confirming. */
export function UserTemplateItem({ template, onChanged }: UserTemplateItemProps) {
  const { navigate } = useNavigation();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError>();

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await getBriefdeskApi().templates.rename({ id: template.id, name, description });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setMode('view');
    onChanged(`Saved “${result.value.name}”.`);
  };

  const remove = async () => {
    setBusy(true);
    const result = await getBriefdeskApi().templates.delete({ id: template.id });
    setBusy(false);
    if (!result.ok) {
      setMode('view');
      return setError(result.error);
    }
    onChanged(`Deleted the template “${template.name}”.`);
  };

  return (
    <li className="template-row">
      {mode === 'rename' ? (
        <form className="rename-form" onSubmit={rename} aria-label={`Rename ${template.name}`} noValidate>
          <label className="field">
            <span>Name</span>
            {/* biome-ignore lint/a11y/noAutofocus: the field the user asked to edit takes focus */}
            <input value={name} autoFocus onChange={(event) => setName(event.target.value)} />
          </label>
          <label className="field">
            <span>Description</span>
            <input value={description} onChange={(event) => setDescription(event.target.value)} />
          </label>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              Save
            </button>
            <button
              type="button"
              onClick={() => {
                setMode('view');
                setName(template.name);
                setDescription(template.description);
                setError(undefined);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <h3 className="template-name">{template.name}</h3>
          <p className="template-description">{template.description || 'No description.'}</p>
          <p className="hint">
            {template.sections.length} sections{template.numbered ? ', numbered' : ''} · saved{' '}
            {template.updatedAt ? updatedFormat.format(new Date(template.updatedAt)) : ''}
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => navigate({ screen: 'new-briefing', templateId: template.id })}>
              Use<span className="visually-hidden"> {template.name}</span>
            </button>
            <button type="button" onClick={() => setMode('rename')}>
              Rename<span className="visually-hidden"> {template.name}</span>
            </button>
            <button type="button" className="danger" onClick={() => setMode('confirm-delete')}>
              Delete<span className="visually-hidden"> {template.name}</span>
            </button>
          </div>
        </>
      )}
      {error ? (
        <p role="alert" className="message message-error">
          {error.message}
        </p>
      ) : null}
      {mode === 'confirm-delete' ? (
        <ModalDialog title="Delete this template?" onClose={() => setMode('view')}>
          <p>“{template.name}” will be deleted. Briefings already made from it stay as they are.</p>
          <div className="form-actions">
            <button type="button" className="danger" disabled={busy} onClick={remove}>
              Delete template
            </button>
            <button type="button" data-autofocus onClick={() => setMode('view')}>
              Keep it
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </li>
  );
}
