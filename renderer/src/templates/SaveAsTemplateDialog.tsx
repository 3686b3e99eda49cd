import { type FormEvent, useState } from 'react';
import type { IpcError } from '../../../electron/common/ipc-result';
import type { TemplateSummary } from '../../../electron/common/template/briefing-template';
import { getBriefdeskApi } from '../briefdesk-api';
import { ModalDialog } from './ModalDialog';
import './templates.css';

export interface SaveAsTemplateDialogProps {
  /** The briefing to save as a template; its last saved version is used. */
  briefingId: string;
  /** Called when the dialog closes, with the new template when one was saved. */
  onClose: (saved?: TemplateSummary) => void;
}

/**
 * "Save as template": the whole briefing, or only its structure (sections,
 * headings and prompts, text emptied). Mount it to open it; it closes through `onClose`.
 */
export function SaveAsTemplateDialog({ briefingId, onClose }: SaveAsTemplateDialogProps) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [structureOnly, setStructureOnly] = useState(true);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<IpcError>();
  const [saved, setSaved] = useState<TemplateSummary>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    const result = await getBriefdeskApi().templates.saveFromBriefing({
      briefingId,
      name,
      description,
      structureOnly,
    });
    setSaving(false);
    if (result.ok) setSaved(result.value);
    else setError(result.error);
  };

  if (saved) {
    return (
      <ModalDialog key="saved" title="Template saved" onClose={() => onClose(saved)}>
        <p role="status">“{saved.name}” is now in your templates. Choose it under New briefing.</p>
        <div className="form-actions">
          <button type="button" className="primary" data-autofocus onClick={() => onClose(saved)}>
            Close
          </button>
        </div>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog key="form" title="Save as template" onClose={() => onClose()}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <label className="field">
          <span>Template name</span>
          <input
            name="templateName"
            value={name}
            required
            aria-invalid={error?.issues?.some((issue) => issue.path === 'name') ? true : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field">
          <span>Description (optional)</span>
          <input
            name="templateDescription"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
        <fieldset className="field">
          <legend>Keep</legend>
          <label className="choice-block">
            <input type="radio" name="keep" checked={structureOnly} onChange={() => setStructureOnly(true)} />
            Structure only — sections, headings and prompts; the text is emptied
          </label>
          <label className="choice-block">
            <input type="radio" name="keep" checked={!structureOnly} onChange={() => setStructureOnly(false)} />
            The whole briefing, text included
          </label>
        </fieldset>
        {error ? (
          <p role="alert" className="message message-error">
            {error.message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save template'}
          </button>
          <button type="button" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
