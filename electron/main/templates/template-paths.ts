import path from 'node:path';

/** Where templates live inside the data folder. */
export interface TemplatePaths {
  root: string;
  /** One JSON file per user template, named by id. */
  userTemplates: string;
  /** The last report number issued per template. */
  reportNumbers: string;
}

export function templatePaths(dataDir: string): TemplatePaths {
  const root = path.join(dataDir, 'templates');
  return {
    root,
    userTemplates: path.join(root, 'user'),
    reportNumbers: path.join(root, 'report-numbers.json'),
  };
}
