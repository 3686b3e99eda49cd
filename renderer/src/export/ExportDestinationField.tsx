import { useId } from 'react';

interface ExportDestinationFieldProps {
  destination: string;
  /** Several briefings, one file each: the destination is a folder. */
  folder: boolean;
  disabled: boolean;
  /** True when the default is the folder last chosen in the Save dialog rather than Documents. */
  remembered: boolean;
  onType: (destination: string) => void;
  onChoose: () => void;
  onUseDocuments: () => void;
}

/** Where the export is saved: typed, chosen in the Save dialog, or back to the Documents folder. */
export function ExportDestinationField({
  destination,
  folder,
  disabled,
  remembered,
  onType,
  onChoose,
  onUseDocuments,
}: ExportDestinationFieldProps) {
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={inputId}>{folder ? 'Save into folder' : 'Save as'}</label>
      <div className="export-destination">
        <input
          id={inputId}
          value={destination}
          disabled={disabled}
          spellCheck={false}
          aria-describedby={remembered ? hintId : undefined}
          onChange={(event) => onType(event.target.value)}
        />
        <button type="button" disabled={disabled} onClick={onChoose}>
          Choose…
        </button>
      </div>
      {remembered ? (
        <p className="hint export-remembered-folder" id={hintId}>
          The folder you chose last time.{' '}
          <button type="button" className="link-button" disabled={disabled} onClick={onUseDocuments}>
            Use the Documents folder again
          </button>
        </p>
      ) : null}
    </div>
  );
}
