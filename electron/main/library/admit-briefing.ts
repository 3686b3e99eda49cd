import { type Briefing, briefingSchema } from '../../common/briefing/briefing';
import { UserFacingError } from '../../common/user-facing-error';

/**
 * The one gate every briefing passes before it is written, whether it comes from the
 * editor, a history snapshot, the recovery journal or a copy: the briefing schema, with
 * its metadata schema and `checkBriefingContent`. Throws a sentence the user can act on.
 */
export function admitBriefing(candidate: unknown): Briefing {
  const parsed = briefingSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues[0]?.message ?? 'it does not fit the briefing format';
  throw new UserFacingError(
    'invalid-argument',
    `This briefing cannot be saved because of a problem in its text or details: ${reason}`,
  );
}
