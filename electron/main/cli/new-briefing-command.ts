import { createBriefingFromTemplateSchema } from '../../common/template/template-requests';
import type { AppServices } from '../app/app-services';
import type { CliOutput } from './cli-output';
import { readLanguageOption } from './read-language-option';

export interface NewBriefingOptions {
  template: string | undefined;
  title: string | undefined;
  /** A BCP 47 tag; the settings' default language when absent. */
  language?: string | undefined;
}

const variableHints: Record<string, string> = {
  author: 'no author name is set (briefdesk settings set authorName="…")',
  dateline: 'no default dateline is set (briefdesk settings set defaultDateline="…")',
};

/**
 * `briefdesk new --template ID [--title TEXT]`: creates a briefing and prints only its id,
 * so scripts can capture it; anything the author should know goes to stderr.
 */
export async function runNewBriefingCommand(
  services: AppServices,
  args: readonly string[],
  options: NewBriefingOptions,
  json: boolean,
  output: CliOutput,
): Promise<number> {
  if (args.length > 0) {
    output.err(`Unexpected "${args.join(' ')}". Put the title in quotes after --title.`);
    return 2;
  }
  if (!options.template) {
    output.err('Name a template with --template ID; "briefdesk templates" lists them.');
    return 2;
  }
  const language = readLanguageOption(options.language, output);
  if (language === false) return 2;
  const templateId = options.template;
  if (!services.templates.list().some((template) => template.id === templateId)) {
    output.err(`There is no template "${templateId}". Run "briefdesk templates" to list them.`);
    return 2;
  }
  const request = createBriefingFromTemplateSchema.safeParse({
    templateId,
    ...(options.title ? { title: options.title } : {}),
    ...(language ? { language } : {}),
  });
  if (!request.success) {
    for (const issue of request.error.issues) output.err(issue.message);
    return 2;
  }
  const created = await services.templates.createBriefing(request.data);
  for (const name of created.unsetVariables) {
    output.err(`Note: {{${name}}} was left empty because ${variableHints[name] ?? 'it has no value'}.`);
  }
  if (created.unknownVariables.length > 0) {
    output.err(`Note: the template uses ${created.unknownVariables.join(', ')}, which Briefdesk does not fill.`);
  }
  const { briefing } = created;
  if (json) {
    output.out(
      JSON.stringify(
        {
          id: briefing.id,
          templateId: briefing.templateId,
          title: briefing.metadata.title,
          language: briefing.metadata.language,
          reportNumber: briefing.metadata.reportNumber,
        },
        null,
        2,
      ),
    );
  } else {
    output.out(briefing.id);
  }
  return 0;
}
