/** Where the window is: one screen at a time, the editor showing one briefing. */
export type Route =
  | { screen: 'library' }
  | { screen: 'editor'; briefingId: string }
  | { screen: 'settings' }
  | { screen: 'about' }
  | { screen: 'new-briefing'; templateId?: string }
  | { screen: 'templates' }
  | { screen: 'import' }
  | { screen: 'export' };
