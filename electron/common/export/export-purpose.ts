/**
 * Why a file is exported. A `final` export is for readers: it leaves out unfinished parts (empty
 * sections, empty list items, key figures without a value, figures without an image), comments and
 * suggestion markup. A `review` export is for the desk: it shows and marks them.
 */
export const exportPurposes = ['final', 'review'] as const;

export type ExportPurpose = (typeof exportPurposes)[number];
