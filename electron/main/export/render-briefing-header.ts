import { exportLabelsFor } from '../../common/language/export-labels';
import { escapeHtml } from '../../common/text/escape-html';
import {
  briefingDateline,
  briefingMetadataRows,
  type MetadataFacts,
  type MetadataPiece,
} from './briefing-metadata-rows';
import { machineDateTime } from './format-export-date';

export interface HeaderFacts extends MetadataFacts {
  /** The id of the `h1`, for the article's aria-labelledby. */
  titleId: string;
}

function piecesHtml(pieces: readonly MetadataPiece[]): string {
  return pieces
    .map((piece) =>
      piece.time
        ? `<time datetime="${escapeHtml(machineDateTime(piece.time))}">${escapeHtml(piece.text)}</time>`
        : escapeHtml(piece.text),
    )
    .join('');
}

function dateline(facts: HeaderFacts): string {
  const line = briefingDateline(facts);
  if (!line) return '';
  const place = line.place ? `<span class="dateline-place">${escapeHtml(line.place)}</span>` : '';
  const when = line.when ? piecesHtml([line.when]) : '';
  return `<p class="dateline">${[place, when].filter(Boolean).join(', ')}</p>`;
}

/** The visible header block: title, dateline and a definition list of the metadata the user chose to show. */
export function renderBriefingHeader(facts: HeaderFacts): string {
  const title = facts.briefing.metadata.title.trim() || exportLabelsFor(facts.locale).untitledBriefing;
  const rows = briefingMetadataRows(facts)
    .map(({ label, pieces }) => `<div><dt>${label}</dt><dd>${piecesHtml(pieces)}</dd></div>`)
    .join('');
  return (
    `<header class="briefing-header"><h1 id="${facts.titleId}">${escapeHtml(title)}</h1>` +
    `${dateline(facts)}<dl class="briefing-metadata">${rows}</dl></header>\n`
  );
}
