import type { WordInline, WordRunFormat } from '../../../common/document/word-render-context';

type TextInline = Extract<WordInline, { kind: 'text' }>;

/** A run as Word writes it; `previous` is the format it had before a suggested formatting change. */
export type TrackedInline = WordInline | (TextInline & { previous: WordRunFormat });

const changeOf = (inline: WordInline | undefined) => (inline?.kind === 'text' ? inline.format.change : undefined);

/**
 * The suggest-changes library records formatting text (bold, a link) as the old text deleted and the
 * same text inserted under one id. Word has a change of its own for that (w:rPrChange): where a run of
 * consecutive runs sharing an id deletes exactly the text it inserts, the deleted runs go and each
 * inserted run keeps, as `previous`, the format the deleted text had at the same place.
 */
export function pairFormattingChanges(inlines: readonly WordInline[]): TrackedInline[] {
  const result: TrackedInline[] = [];
  let index = 0;
  while (index < inlines.length) {
    const change = changeOf(inlines[index]);
    let end = index;
    while (end < inlines.length && change && changeOf(inlines[end])?.id === change.id) end += 1;
    const group = inlines.slice(index, end) as TextInline[];
    const deleted = group.filter((inline) => inline.format.change?.kind === 'deletion');
    const inserted = group.filter((inline) => inline.format.change?.kind === 'insertion');
    const text = (runs: TextInline[]) => runs.map((inline) => inline.text).join('');
    if (group.length === 0 || deleted.length === 0 || inserted.length === 0 || text(deleted) !== text(inserted)) {
      result.push(inlines[index] as WordInline);
      index += 1;
      continue;
    }
    let offset = 0;
    for (const inline of inserted) {
      let reached = 0;
      const before = deleted.find((run) => {
        reached += run.text.length;
        return reached > offset;
      }) as TextInline;
      const { change: _deletion, ...previous } = before.format;
      result.push({ ...inline, previous });
      offset += inline.text.length;
    }
    index = end;
  }
  return result;
}
