import type { ExportDigits } from '../../../electron/common/language/export-locale';

const digitChoices: { value: ExportDigits; label: string }[] = [
  { value: 'western', label: 'Western digits (0 1 2 3)' },
  { value: 'arabic-indic', label: 'Arabic-Indic digits (٠ ١ ٢ ٣)' },
];

/** The Settings choice of digits for dates and numbers in exports of Arabic briefings. */
export function ExportDigitsField({
  value,
  onChange,
}: {
  value: ExportDigits;
  onChange: (value: ExportDigits) => void;
}) {
  return (
    <fieldset className="field">
      <legend>Digits in exports of Arabic briefings</legend>
      {digitChoices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name="exportDigits"
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
