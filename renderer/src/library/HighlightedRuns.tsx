import type { HighlightedText } from '../../../electron/common/library/library-types';

/** Text with search matches in `<mark>`. */
export function HighlightedRuns({ runs }: { runs: HighlightedText[] }) {
  return (
    <>
      {runs.map((run, index) =>
        run.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reordered
          <mark key={index}>{run.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reordered
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  );
}
