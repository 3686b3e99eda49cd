/** A briefing file's text as `serializeBriefing` writes it: whole, or as the pieces it is joined from (`briefingFilePieces`). */
export type BriefingFileText = string | readonly string[];

/** A briefing file's text in one string. */
export function wholeFileText(text: BriefingFileText): string {
  return typeof text === 'string' ? text : text.join('');
}
