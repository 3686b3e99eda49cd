import { useId } from 'react';
import { briefingLanguages, languageName } from '../../../electron/common/language/briefing-languages';

/**
 * A language code field (BCP 47) offering the languages Briefdesk checks spelling in, each under
 * its own name; any other code may be typed, and the metadata schema says when it is not one.
 */
export function LanguageInput(props: {
  id: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  'aria-invalid'?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}) {
  const listId = useId();
  return (
    <>
      <input {...props} list={listId} placeholder="e.g. fr" spellCheck={false} autoComplete="off" size={8} />
      <datalist id={listId}>
        {briefingLanguages.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </datalist>
    </>
  );
}
