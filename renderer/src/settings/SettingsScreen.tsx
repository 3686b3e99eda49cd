import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { classificationLevelLabels } from '../../../electron/common/briefing/metadata-labels';
import type { IpcError } from '../../../electron/common/ipc-result';
import {
  classificationLevels,
  pageSizes,
  type Settings,
  type SettingsPatch,
  themePreferences,
} from '../../../electron/common/settings';
import { timeZoneNames } from '../../../electron/common/time/time-zone-names';
import { systemTimeZone } from '../../../electron/common/time/zoned-time';
import { getBriefdeskApi } from '../briefdesk-api';
import { DisclaimerSettings } from '../disclaimers/DisclaimerSettings';
import { ExportDigitsField } from '../languages/ExportDigitsField';
import { useNavigation } from '../shell/navigation';
import { UnsavedSettingsDialog } from './UnsavedSettingsDialog';

const themeNames: Record<Settings['theme'], string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: IpcError };

function changedFields(saved: Settings, draft: Settings): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as (keyof Settings)[]) {
    if (draft[key] !== saved[key]) patch[key] = draft[key];
  }
  return patch as SettingsPatch;
}

/** Defaults used when a briefing is created or exported. Validation is main's: its messages are shown here. */
export function SettingsScreen({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const [draft, setDraft] = useState(settings);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const formId = useId();
  const zones = useMemo(timeZoneNames, []);
  const fieldError = (field: keyof Settings) =>
    status.kind === 'failed' ? status.error.issues?.find((issue) => issue.path === field)?.message : undefined;

  const update = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (status.kind !== 'saving') setStatus({ kind: 'idle' });
  };

  /** Saves what changed; true when everything is saved. */
  const save = async (): Promise<boolean> => {
    const patch = changedFields(settings, draft);
    if (Object.keys(patch).length === 0) {
      setStatus({ kind: 'saved' });
      return true;
    }
    setStatus({ kind: 'saving' });
    const result = await getBriefdeskApi().settings.update(patch);
    if (result.ok) {
      setDraft(result.value);
      onSaved(result.value);
      setStatus({ kind: 'saved' });
      return true;
    }
    setStatus({ kind: 'failed', error: result.error });
    return false;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save();
  };

  // Leaving with unsaved changes asks first: save, discard, or stay.
  const { setLeaveGuard } = useNavigation();
  const [pendingLeave, setPendingLeave] = useState<() => void>();
  const unsaved = Object.keys(changedFields(settings, draft)).length > 0;
  const unsavedRef = useRef(unsaved);
  unsavedRef.current = unsaved;
  useEffect(() => {
    setLeaveGuard((leave) => {
      if (!unsavedRef.current) return false;
      setPendingLeave(() => leave);
      return true;
    });
    return () => setLeaveGuard(undefined);
  }, [setLeaveGuard]);
  const saveAndLeave = async () => {
    if (await save()) pendingLeave?.();
    else setPendingLeave(undefined);
  };

  const describedBy = (field: keyof Settings) => (fieldError(field) ? `${formId}-${field}-error` : undefined);
  const errorText = (field: keyof Settings) => {
    const message = fieldError(field);
    return message ? (
      <span id={`${formId}-${field}-error`} className="field-error">
        {message}
      </span>
    ) : null;
  };

  return (
    <section aria-labelledby="settings-title" className="screen">
      <h1 id="settings-title">Settings</h1>
      <p className="hint">Used for new briefings and exports. They are kept in the data folder on this computer.</p>
      <form className="settings-form" onSubmit={submit} noValidate>
        <label className="field">
          <span>Author name</span>
          <input
            name="authorName"
            value={draft.authorName}
            autoComplete="name"
            aria-invalid={fieldError('authorName') ? true : undefined}
            aria-describedby={describedBy('authorName')}
            onChange={(event) => update('authorName', event.target.value)}
          />
          {errorText('authorName')}
        </label>
        <label className="field">
          <span>Default dateline</span>
          <input
            name="defaultDateline"
            value={draft.defaultDateline}
            placeholder="e.g. KYIV"
            aria-invalid={fieldError('defaultDateline') ? true : undefined}
            aria-describedby={describedBy('defaultDateline')}
            onChange={(event) => update('defaultDateline', event.target.value)}
          />
          {errorText('defaultDateline')}
        </label>
        <fieldset className="field">
          <legend>Default page size</legend>
          {pageSizes.map((size) => (
            <label key={size} className="choice">
              <input
                type="radio"
                name="defaultPageSize"
                value={size}
                checked={draft.defaultPageSize === size}
                onChange={() => update('defaultPageSize', size)}
              />
              {size}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Default classification</span>
          <select
            name="defaultClassification"
            value={draft.defaultClassification}
            onChange={(event) =>
              update('defaultClassification', event.target.value as Settings['defaultClassification'])
            }
          >
            {classificationLevels.map((level) => (
              <option key={level} value={level}>
                {classificationLevelLabels[level]}
              </option>
            ))}
          </select>
        </label>
        {draft.defaultClassification === 'custom' ? (
          <label className="field">
            <span>Custom classification label</span>
            <input
              name="customClassificationLabel"
              value={draft.customClassificationLabel}
              aria-invalid={fieldError('customClassificationLabel') ? true : undefined}
              aria-describedby={describedBy('customClassificationLabel')}
              onChange={(event) => update('customClassificationLabel', event.target.value)}
            />
            {errorText('customClassificationLabel')}
          </label>
        ) : null}
        <label className="field">
          <span>Default time zone for new briefings</span>
          <select
            name="defaultTimeZone"
            value={draft.defaultTimeZone}
            aria-invalid={fieldError('defaultTimeZone') ? true : undefined}
            aria-describedby={describedBy('defaultTimeZone')}
            onChange={(event) => update('defaultTimeZone', event.target.value)}
          >
            <option value="">This computer’s zone ({systemTimeZone()})</option>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          {errorText('defaultTimeZone')}
        </label>
        <label className="field">
          <span>Largest picture size (long edge, pixels)</span>
          <input
            name="imageLongEdge"
            type="number"
            min={640}
            max={10000}
            step={100}
            value={draft.imageLongEdge}
            aria-invalid={fieldError('imageLongEdge') ? true : undefined}
            aria-describedby={describedBy('imageLongEdge')}
            onChange={(event) => update('imageLongEdge', Number(event.target.value))}
          />
          {errorText('imageLongEdge')}
        </label>
        <label className="choice">
          <input
            name="checkSpelling"
            type="checkbox"
            checked={draft.checkSpelling}
            onChange={(event) => update('checkSpelling', event.target.checked)}
          />
          <span>Underline misspelled words as I type</span>
        </label>
        <ExportDigitsField value={draft.exportDigits} onChange={(digits) => update('exportDigits', digits)} />
        <label className="field">
          <span>Theme</span>
          <select
            name="theme"
            value={draft.theme}
            onChange={(event) => update('theme', event.target.value as Settings['theme'])}
          >
            {themePreferences.map((theme) => (
              <option key={theme} value={theme}>
                {themeNames[theme]}
              </option>
            ))}
          </select>
        </label>
        <DisclaimerSettings values={draft} onChange={update} errorFor={fieldError} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={status.kind === 'saving'}>
            {status.kind === 'saving' ? 'Saving…' : 'Save settings'}
          </button>
          <p className="form-status" role="status" aria-live="polite">
            {status.kind === 'saved' ? 'Settings saved.' : ''}
          </p>
        </div>
        {status.kind === 'failed' ? (
          <p className="message message-error" role="alert" data-testid="settings-error">
            {status.error.message}
          </p>
        ) : null}
      </form>
      {pendingLeave ? (
        <UnsavedSettingsDialog
          saving={status.kind === 'saving'}
          onSave={() => void saveAndLeave()}
          onDiscard={() => pendingLeave()}
          onStay={() => setPendingLeave(undefined)}
        />
      ) : null}
    </section>
  );
}
