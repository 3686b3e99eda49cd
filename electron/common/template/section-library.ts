import sections from '../../../resources/templates/sections.json';
import type { SectionDefinition } from './briefing-template';
import { sectionDefinitionSchema } from './template-schema';

/**
 * Every section of the built-in templates, insertable on its own into any
 * briefing (the editor's `/` menu, `templates.sections`). Defined in
 * resources/templates/sections.json.
 */
export const sectionLibrary: SectionDefinition[] = sections.map(
  (json) => sectionDefinitionSchema.parse(json) as SectionDefinition,
);
