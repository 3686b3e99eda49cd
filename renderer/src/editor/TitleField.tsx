import type { KeyboardEvent } from 'react';

/** The longest title the briefing schema accepts. */
export const maximumTitleLength = 300;
/** Past this a headline usually wraps onto a third line in lists and search results. */
const longHeadlineLength = 110;

const characterFormat = new Intl.NumberFormat();

/**
 * The headline: a field that grows with its text (never scrolls sideways) and counts
 * its characters; one line of text, so Enter and pasted line breaks become nothing or a space.
 */
export function TitleField({
  id,
  value,
  invalid,
  describedBy,
  onChange,
}: {
  id: string;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (title: string) => void;
}) {
  const count = [...value].length;
  const countId = `${id}-count`;
  return (
    <>
      <textarea
        id={id}
        className="title-input"
        rows={1}
        value={value}
        maxLength={maximumTitleLength}
        placeholder="Headline: event, place, key number"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[describedBy, countId].filter(Boolean).join(' ')}
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
        onChange={(event) => onChange(event.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
      />
      <span id={countId} className={`title-count${count > longHeadlineLength ? ' title-count-long' : ''}`}>
        {characterFormat.format(count)} / {characterFormat.format(maximumTitleLength)} characters
        {count > longHeadlineLength ? ' — long for a headline' : ''}
      </span>
    </>
  );
}
