import type { ComparedBlock, RevisionComparison } from '../../../electron/common/history/revision-comparison';
import { TextDiffView } from '../library/TextDiffView';
import './history.css';

const kindLabels: Record<ComparedBlock['kind'], string> = {
  same: 'Unchanged',
  changed: 'Changed',
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
};

function BlockColumn({ blocks, side }: { blocks: ComparedBlock[]; side: 'older' | 'newer' }) {
  return (
    <ol className="comparison-blocks">
      {blocks.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional
        <li key={index} className={`comparison-block comparison-${block.kind}`} data-kind={block.kind}>
          <p className="comparison-block-kind">
            {kindLabels[block.kind]}
            {block.kind === 'moved'
              ? side === 'older'
                ? ` — now block ${block.otherPosition}`
                : ` — was block ${block.otherPosition}`
              : ''}
          </p>
          <TextDiffView parts={block.parts} testId={`comparison-${side}-${index + 1}`} />
        </li>
      ))}
    </ol>
  );
}

/** Two versions side by side: older on the left, newer on the right, block by block, then their details. */
export function RevisionComparisonView({ comparison }: { comparison: RevisionComparison }) {
  const { older, newer } = comparison;
  return (
    <section className="revision-comparison" aria-label={`Comparison of ${older.label} and ${newer.label}`}>
      <p className="comparison-summary">
        {comparison.addedWords} words added, {comparison.removedWords} removed,{' '}
        {comparison.movedBlocks === 1 ? '1 section moved' : `${comparison.movedBlocks} sections moved`}.
      </p>
      <div className="comparison-columns">
        <section className="comparison-column" aria-label={`Older: ${older.label}`}>
          <h3>{older.label}</h3>
          <BlockColumn blocks={comparison.olderBlocks} side="older" />
        </section>
        <section className="comparison-column" aria-label={`Newer: ${newer.label}`}>
          <h3>{newer.label}</h3>
          <BlockColumn blocks={comparison.newerBlocks} side="newer" />
        </section>
      </div>
      {comparison.metadata.length === 0 ? (
        <p className="hint">Their details are the same.</p>
      ) : (
        <table className="comparison-metadata">
          <caption>Details that differ</caption>
          <thead>
            <tr>
              <th scope="col">Detail</th>
              <th scope="col">{older.label}</th>
              <th scope="col">{newer.label}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.metadata.map((field) => (
              <tr key={field.field}>
                <th scope="row">{field.label}</th>
                <td>{field.older}</td>
                <td>{field.newer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
