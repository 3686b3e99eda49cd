import type { ImportService } from '../import/import-service';

type ImportServiceOptions = ConstructorParameters<typeof ImportService>[0];

/** What the IPC handlers and the command line call on the import service. */
export type ImportServiceApi = Pick<ImportService, 'prepare' | 'convert' | 'preview' | 'importText' | 'importFile'>;

/**
 * The import service, whose parsers (HTML DOM, Markdown, sanitizer) load on the first import instead of at
 * start-up, where they would delay the first window.
 */
export class LazyImportService implements ImportServiceApi {
  #loaded: Promise<ImportService> | undefined;

  constructor(private readonly options: ImportServiceOptions) {}

  /** Loads the import service and readies its worker (the Import screen asks when it opens). */
  prepare(): ReturnType<ImportService['prepare']> {
    return this.#load().then((service) => service.prepare());
  }

  convert(...args: Parameters<ImportService['convert']>): ReturnType<ImportService['convert']> {
    return this.#load().then((service) => service.convert(...args));
  }

  preview(...args: Parameters<ImportService['preview']>): ReturnType<ImportService['preview']> {
    return this.#load().then((service) => service.preview(...args));
  }

  importText(...args: Parameters<ImportService['importText']>): ReturnType<ImportService['importText']> {
    return this.#load().then((service) => service.importText(...args));
  }

  importFile(...args: Parameters<ImportService['importFile']>): ReturnType<ImportService['importFile']> {
    return this.#load().then((service) => service.importFile(...args));
  }

  #load(): Promise<ImportService> {
    this.#loaded ??= import('../import/import-service').then(({ ImportService }) => new ImportService(this.options));
    return this.#loaded;
  }
}
