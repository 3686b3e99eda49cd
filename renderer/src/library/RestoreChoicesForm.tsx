import { useState } from 'react';
import type { RestoreChoices } from '../../../electron/common/library/library-types';
import type { MetadataField } from '../../../electron/common/library/metadata-changes';

/**
 * Before a restore: the text is restored; each metadata field the revision would
 * change is listed with both values and restored only if ticked.
 */
export function RestoreChoicesForm({
  choices,
  onRestore,
  onCancel,
}: {
  choices: RestoreChoices;
  onRestore: (fields: MetadataField[]) => void;
  onCancel: () => void;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<MetadataField>>(new Set());
  const { entry, metadataChanges } = choices;
  const toggle = (field: MetadataField, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(field);
    else next.delete(field);
    setChosen(next);
  };
  return (
    <form
      className="revision-view restore-choices"
      aria-labelledby="restore-choices-title"
      onSubmit={(event) => {
        event.preventDefault();
        onRestore(metadataChanges.map((change) => change.field).filter((field) => chosen.has(field)));
      }}
    >
      <h3 id="restore-choices-title">Restore revision {entry.revision}</h3>
      {metadataChanges.length === 0 ? (
        <p>Its text replaces the current text. Its details are the same as now.</p>
      ) : (
        <fieldset>
          <legend>
            Its text replaces the current text. These details differ; tick any you want restored too (the rest stay as
            they are now):
          </legend>
          {metadataChanges.map((change) => (
            <label key={change.field} className="restore-choice">
              <input
                type="checkbox"
                checked={chosen.has(change.field)}
                onChange={(event) => toggle(change.field, event.target.checked)}
              />{' '}
              {change.label}: now {change.current}; in revision {entry.revision}: {change.other}
            </label>
          ))}
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary">
          Restore
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
