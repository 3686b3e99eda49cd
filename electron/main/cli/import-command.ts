import path from 'node:path';
import { clutterKindLabels } from '../../common/import/import-result';
import { UserFacingError } from '../../common/user-facing-error';
import type { AppServices } from '../app/app-services';
import type { CliOutput } from './cli-output';
import { readLanguageOption } from './read-language-option';

export interface ImportCommandOptions {
  templateId?: string;
  keepClutter: boolean;
  /** Create a briefing even from a file in which no article text is found. */
  allowEmpty?: boolean;
  /** A BCP 47 tag; the page's own declared language when absent. */
  language?: string;
}

/**
 * `briefdesk import FILE... [--template ID] [--keep-clutter] [--allow-empty]`: one new briefing per
 * file. Standard output carries only the new ids, one per line, for scripts;
 * what was dropped and any notice go to standard error.
 */
export async function runImportCommand(
  services: AppServices,
  files: readonly string[],
  options: ImportCommandOptions,
  output: CliOutput,
  workingDirectory = process.cwd(),
): Promise<number> {
  if (files.length === 0) {
    output.err('Name at least one file to import, e.g. briefdesk import article.txt --template situation-update');
    return 2;
  }
  const language = readLanguageOption(options.language, output);
  if (language === false) return 2;
  let failed = 0;
  for (const file of files) {
    try {
      const outcome = await services.imports.importFile(path.resolve(workingDirectory, file), {
        templateId: options.templateId ?? null,
        keepClutter: options.keepClutter,
        allowEmpty: options.allowEmpty === true,
        ...(language ? { language } : {}),
      });
      output.out(outcome.briefing.id);
      if (outcome.dropped.length > 0) {
        const kinds = [...new Set(outcome.dropped.map((item) => clutterKindLabels[item.kind]))].join(', ');
        output.err(
          `${file}: left out ${outcome.dropped.length} piece${outcome.dropped.length === 1 ? '' : 's'} of site clutter (${kinds}); use --keep-clutter to keep them.`,
        );
      }
      for (const notice of outcome.notices) output.err(`${file}: ${notice}`);
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      output.err(
        error.code === 'no-article'
          ? `${file}: ${error.message.replace('import it anyway', 'add --allow-empty to import it anyway')}`
          : `${file}: ${error.message}`,
      );
      failed += 1;
    }
  }
  return failed === 0 ? 0 : 1;
}
