/** Something the user should read once, e.g. that a damaged file was set aside. */
export interface AppNotice {
  level: 'info' | 'warning';
  message: string;
}

/** What the renderer may know about the running app and where it keeps data. */
export interface AppInfo {
  name: string;
  version: string;
  /** The folder holding the user's briefings and settings. */
  dataDir: string;
  platform: string;
  notices: AppNotice[];
}
