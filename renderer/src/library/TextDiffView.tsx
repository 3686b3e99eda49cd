import type { TextDiffPart } from '../../../electron/common/library/library-types';

/** A word-level comparison: added runs underlined as insertions, removed ones struck through. */
export function TextDiffView({ parts, testId }: { parts: TextDiffPart[]; testId: string }) {
  return (
    <pre className="revision-text" data-testid={testId}>
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff parts are positional
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff parts are positional
          <del key={index}>{part.text}</del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff parts are positional
          <span key={index}>{part.text}</span>
        ),
      )}
    </pre>
  );
}
