import {
  type ExportFormat,
  exportMetadataFields,
  exportMetadataLabels,
  marginPresetNames,
} from '../../../electron/common/export/export-request';
import { pageSizes } from '../../../electron/common/settings';
import type { ExportFormState } from './export-form-state';

const formatChoices: [ExportFormat, string][] = [
  ['pdf', 'PDF (tagged, bookmarked, paginated)'],
  ['html', 'HTML (one self-contained file)'],
  ['docx', 'Word (DOCX, to edit or review in Word)'],
  ['md', 'Markdown (for wikis and chat)'],
  ['ninjs', 'ninjs (IPTC JSON for newsroom systems)'],
];

const marginLabels: Record<ExportFormState['margins'], string> = { normal: 'Normal', narrow: 'Narrow', wide: 'Wide' };

interface ExportOptionsFieldsProps {
  state: ExportFormState;
  several: boolean;
  disabled: boolean;
  onChange: (patch: Partial<ExportFormState>) => void;
}

/** Format, paper, grouping and which metadata to print; every control labelled for screen readers. */
export function ExportOptionsFields({ state, several, disabled, onChange }: ExportOptionsFieldsProps) {
  const pdf = state.format === 'pdf';
  const toggle = (field: ExportFormState['shown'][number], checked: boolean) =>
    onChange({ shown: checked ? [...state.shown, field] : state.shown.filter((shown) => shown !== field) });
  return (
    <fieldset className="export-options" disabled={disabled}>
      <fieldset className="field">
        <legend>Format</legend>
        {formatChoices.map(([format, description]) => (
          <label key={format} className="choice">
            <input type="radio" name="format" checked={state.format === format} onChange={() => onChange({ format })} />
            {description}
          </label>
        ))}
      </fieldset>
      {several ? (
        <fieldset className="field">
          <legend>Files</legend>
          <label className="choice">
            <input type="radio" name="combine" checked={!state.combine} onChange={() => onChange({ combine: false })} />
            One file per briefing
          </label>
          <label className="choice">
            <input type="radio" name="combine" checked={state.combine} onChange={() => onChange({ combine: true })} />
            One file with a cover and contents page
          </label>
        </fieldset>
      ) : null}
      <fieldset className="field" disabled={!pdf}>
        <legend>Page size</legend>
        {pageSizes.map((size) => (
          <label key={size} className="choice">
            <input
              type="radio"
              name="pageSize"
              checked={state.pageSize === size}
              onChange={() => onChange({ pageSize: size })}
            />
            {size}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Margins</span>
        <select
          value={state.margins}
          disabled={!pdf}
          onChange={(event) => onChange({ margins: event.target.value as ExportFormState['margins'] })}
        >
          {marginPresetNames.map((name) => (
            <option key={name} value={name}>
              {marginLabels[name]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field export-metadata">
        <legend>Metadata to include</legend>
        <p className="hint">The title and the classification are always shown.</p>
        {exportMetadataFields.map((field) => (
          <label key={field} className="choice">
            <input
              type="checkbox"
              checked={state.shown.includes(field)}
              onChange={(event) => toggle(field, event.target.checked)}
            />
            {exportMetadataLabels[field]}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
