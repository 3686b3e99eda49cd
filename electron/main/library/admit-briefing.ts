import type { z } from 'zod';
import { type Briefing, briefingSchema } from '../../common/briefing/briefing';
import type { BriefingContent } from '../../common/document/briefing-content';
import { UserFacingError } from '../../common/user-facing-error';

/** The briefing schema but its body. */
const briefingFieldsSchema = briefingSchema.omit({ content: true });

function refusal(error: z.ZodError): UserFacingError {
  const reason = error.issues[0]?.message ?? 'it does not fit the briefing format';
  return new UserFacingError(
    'invalid-argument',
    `This briefing cannot be saved because of a problem in its text or details: ${reason}`,
  );
}

/**
 * The one gate every briefing passes before it is written, whether it comes from the
 * editor, a history snapshot, the recovery journal or a copy: the briefing schema, with
 * its metadata schema and `checkBriefingContent`. Throws a sentence the user can act on.
 */
export function admitBriefing(candidate: unknown): Briefing {
  const parsed = briefingSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  throw refusal(parsed.error);
}

/**
 * The same gate for a briefing whose body has passed `briefingContentSchema` already (parsed again from the very
 * JSON text that passed it): only the other fields are checked, with the same sentence as `admitBriefing`.
 */
export function admitBriefingOfCheckedContent(fields: unknown, checkedContent: BriefingContent): Briefing {
  const parsed = briefingFieldsSchema.safeParse(fields);
  if (parsed.success) return { ...parsed.data, content: checkedContent };
  throw refusal(parsed.error);
}
