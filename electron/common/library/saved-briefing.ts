import type { Briefing } from '../briefing/briefing';

/**
 * What `briefings.save` answers: the saved briefing without its body, which the page sent and still holds. An
 * autosave of a long briefing would otherwise copy its whole body back over IPC, a walk over every node on main's
 * thread and again on the page's, to give the editor only a new revision and time.
 */
export type SavedBriefing = Omit<Briefing, 'content'>;

/** The saved briefing as `briefings.save` answers it. */
export function toSavedBriefing({ content: _content, ...saved }: Briefing): SavedBriefing {
  return saved;
}
