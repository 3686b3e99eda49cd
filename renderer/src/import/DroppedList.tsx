import { clutterKindLabels, type DroppedClutter } from '../../../electron/common/import/import-result';

/** The pieces of site clutter an import leaves out, each with its kind. */
export function DroppedList({ dropped }: { dropped: DroppedClutter[] }) {
  return (
    <ul className="import-dropped-list">
      {dropped.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once shown; the same text may repeat.
        <li key={index}>
          <span className="import-dropped-kind">{clutterKindLabels[item.kind]}:</span> {item.text}
        </li>
      ))}
    </ul>
  );
}
