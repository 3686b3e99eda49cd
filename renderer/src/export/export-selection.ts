import type { BriefingSummary } from '../../../electron/common/briefing/briefing';

/** The briefings ticked for a batch export: their ids in the order ticked, and each one's title. */
export interface ExportSelection {
  readonly order: readonly string[];
  readonly titles: ReadonlyMap<string, string>;
}

export const emptyExportSelection: ExportSelection = { order: [], titles: new Map() };

/**
 * Ticks or unticks one briefing. A newly ticked briefing goes last, so the export follows the order the
 * user ticked them in, across searches and pages; ticking one already ticked keeps its place.
 */
export function toggleExportSelection(
  selection: ExportSelection,
  briefing: Pick<BriefingSummary, 'id' | 'title'>,
  ticked: boolean,
): ExportSelection {
  const present = selection.titles.has(briefing.id);
  if (ticked === present) return selection;
  const titles = new Map(selection.titles);
  if (ticked) {
    titles.set(briefing.id, briefing.title);
    return { order: [...selection.order, briefing.id], titles };
  }
  titles.delete(briefing.id);
  return { order: selection.order.filter((id) => id !== briefing.id), titles };
}
