/** A path the app was about to use would leave its folder or pass through a link: nothing was touched. */
export class StoredPathError extends Error {
  readonly folder: string;

  constructor(folder: string, name: string, reason: string) {
    super(`Briefdesk refused to use “${name}” in ${folder}: ${reason}.`);
    this.name = 'StoredPathError';
    this.folder = folder;
  }
}
