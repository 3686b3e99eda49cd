import { languageTagSchema } from '../../common/language/language-tag';
import type { CliOutput } from './cli-output';

/** `--language CODE` as a canonical tag; undefined when absent, false (after saying why) when it is no language code. */
export function readLanguageOption(value: string | undefined, output: CliOutput): string | undefined | false {
  if (value === undefined) return undefined;
  const parsed = languageTagSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  output.err(`"${value}" is not a language code. Use a BCP 47 code such as en, fr, es, ar, uk or ru.`);
  return false;
}
