import { useId, useState } from 'react';

/** "Reviewing as …": who this window's comments and suggestions are from; editable for the session. */
export function ReviewerName({
  name,
  settingsName,
  onChange,
}: {
  name: string;
  settingsName: string;
  onChange: (name: string) => void;
}) {
  const [editingWanted, setEditing] = useState(false);
  const editing = editingWanted || name === '';
  const [value, setValue] = useState(name);
  const id = useId();
  if (!editing) {
    return (
      <p className="reviewer-name">
        Reviewing as <strong>{name}</strong>{' '}
        <button
          type="button"
          onClick={() => {
            setValue(name);
            setEditing(true);
          }}
        >
          Change
        </button>
      </p>
    );
  }
  return (
    <form
      className="reviewer-name"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(value);
        if (value.trim() || settingsName) setEditing(false);
      }}
    >
      <label htmlFor={id}>Reviewing as (for this session)</label>
      <input
        id={id}
        value={value}
        maxLength={120}
        placeholder={settingsName || 'Your name'}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">Use this name</button>
      {name === '' ? (
        <p className="hint">Say who you are to comment or suggest edits; Settings’ author name is empty.</p>
      ) : null}
    </form>
  );
}
