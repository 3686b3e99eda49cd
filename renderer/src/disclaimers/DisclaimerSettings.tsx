import {
  disclaimerKinds,
  disclaimerLabels,
  disclaimerSettingFields,
} from '../../../electron/common/briefing/standard-disclaimers';
import type { Settings } from '../../../electron/common/settings';

type DisclaimerField = (typeof disclaimerSettingFields)[keyof typeof disclaimerSettingFields];

/** The standard disclaimers' texts in Settings; a briefing gets its own copy when one is inserted. */
export function DisclaimerSettings({
  values,
  onChange,
  errorFor,
}: {
  values: Pick<Settings, DisclaimerField>;
  onChange: (field: DisclaimerField, value: string) => void;
  /** The field's message from main, if the last save refused it. */
  errorFor: (field: DisclaimerField) => string | undefined;
}) {
  return (
    <fieldset className="field">
      <legend>Standard disclaimers</legend>
      <p className="hint">Inserted from the / menu or Insert; each briefing keeps its own copy of the text.</p>
      {disclaimerKinds.map((kind) => {
        const field = disclaimerSettingFields[kind];
        const error = errorFor(field);
        return (
          <label key={kind} className="field">
            <span>{disclaimerLabels[kind]}</span>
            <textarea
              name={field}
              rows={3}
              value={values[field]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${field}-error` : undefined}
              onChange={(event) => onChange(field, event.target.value)}
            />
            {error ? (
              <span id={`${field}-error`} className="field-error">
                {error}
              </span>
            ) : null}
          </label>
        );
      })}
    </fieldset>
  );
}
