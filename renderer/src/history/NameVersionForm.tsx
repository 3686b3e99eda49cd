import { useId, useState } from 'react';

/** Names suggested for a version; any other name may be typed. */
const suggestedNames = ['Sent to desk', 'Approved', 'Final draft'];

/** "Name this version": gives the newest saved revision a name the history keeps and shows. */
export function NameVersionForm({ onName }: { onName: (name: string) => Promise<void> }) {
  const [name, setName] = useState('');
  const id = useId();
  return (
    <form
      className="name-version"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        void onName(name.trim()).then(() => setName(''));
      }}
    >
      <label htmlFor={id}>Name this version</label>
      <input
        id={id}
        list={`${id}-names`}
        value={name}
        maxLength={80}
        placeholder="e.g. Sent to desk"
        onChange={(event) => setName(event.target.value)}
      />
      <datalist id={`${id}-names`}>
        {suggestedNames.map((suggested) => (
          <option key={suggested} value={suggested} />
        ))}
      </datalist>
      <button type="submit" disabled={!name.trim()}>
        Save name
      </button>
    </form>
  );
}
