/** Where an export's files go: one named file (a single briefing, or several combined), or a folder of files. */
export type ExportTarget = { file: string } | { folder: string };
