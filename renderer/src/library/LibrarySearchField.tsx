/** The words to search the library for: one field, the same on every screen that finds briefings. */
export function LibrarySearchField({
  label,
  query,
  placeholder,
  onQuery,
  className = 'field',
}: {
  label: string;
  query: string;
  placeholder: string;
  onQuery: (query: string) => void;
  className?: string;
}) {
  return (
    <label className={className}>
      <span>{label}</span>
      <input type="search" value={query} placeholder={placeholder} onChange={(event) => onQuery(event.target.value)} />
    </label>
  );
}
