import type { Briefing } from '../briefing/briefing';
import type { BriefingContent } from '../document/briefing-content';

/**
 * A briefing as the editor opens it: the body as one JSON text. A large body crosses IPC as one
 * string and is parsed once in the page, instead of being copied value by value.
 */
export interface OpenedBriefing extends Omit<Briefing, 'content'> {
  contentJson: string;
}

/** What main sends for `briefings.open`: the checked briefing with its body written as JSON. */
export function toOpenedBriefing({ content, ...rest }: Briefing): OpenedBriefing {
  return { ...rest, contentJson: JSON.stringify(content) };
}

/** The briefing again, in the page: main checked the body before writing it, so it is parsed as it is. */
export function briefingFromOpened({ contentJson, ...rest }: OpenedBriefing): Briefing {
  return { ...rest, content: JSON.parse(contentJson) as BriefingContent };
}
