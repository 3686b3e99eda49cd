import { z } from 'zod';
import { shortTextSchema } from '../text/short-text-schema';

/** A comment thread's id, as the `comment` mark's `threadId` carries it. */
export const commentThreadIdSchema = z.string().regex(/^c-[a-z0-9-]{4,40}$/, 'That is not a comment thread id.');

/** A suggestion's id, as the suggestion marks carry it (`@handlewithcare/prosemirror-suggest-changes`). */
export const suggestionIdSchema = z.union([
  z.string().regex(/^s-[a-z0-9-]{4,40}$/, 'That is not a suggestion id.'),
  z.number().int().min(1),
]);

/** A time something happened: an instant with its offset, e.g. `2026-11-26T09:30:00.000Z`. */
const instantSchema = z.iso.datetime({ offset: true, error: 'A review time must be a date and time with its offset.' });

const personSchema = shortTextSchema('A reviewer name', 120).pipe(z.string().min(1, 'Say who you are to review.'));

export const commentMessageSchema = z.strictObject({
  id: z.string().regex(/^m-[a-z0-9-]{4,40}$/, 'That is not a comment message id.'),
  author: personSchema,
  at: instantSchema,
  text: z.string().trim().min(1, 'A comment cannot be empty.').max(5000, 'A comment can be at most 5,000 characters.'),
});

export const commentThreadSchema = z.strictObject({
  id: commentThreadIdSchema,
  /** The text the thread was anchored to when it was started, kept if that text is later deleted. */
  anchorQuote: z.string().max(500).default(''),
  messages: z.array(commentMessageSchema).min(1).max(200, 'A comment thread can hold at most 200 messages.'),
  /** Who resolved the thread and when; null while it is open. */
  resolved: z.strictObject({ by: personSchema, at: instantSchema }).nullable().default(null),
});

/** Who suggested a change and when, kept beside the id the suggestion marks carry. */
export const suggestionRecordSchema = z.strictObject({
  id: suggestionIdSchema,
  author: personSchema,
  at: instantSchema,
});

/** The review of a briefing: its comment threads and who made each suggested edit. */
export const briefingReviewSchema = z.strictObject({
  threads: z.array(commentThreadSchema).max(500, 'A briefing can hold at most 500 comment threads.').default([]),
  suggestions: z.array(suggestionRecordSchema).max(5000, 'A briefing can hold at most 5,000 suggestions.').default([]),
});

export type CommentMessage = z.infer<typeof commentMessageSchema>;
export type CommentThread = z.infer<typeof commentThreadSchema>;
export type SuggestionRecord = z.infer<typeof suggestionRecordSchema>;
export type SuggestionId = SuggestionRecord['id'];
export type BriefingReview = z.infer<typeof briefingReviewSchema>;

export const emptyReview = (): BriefingReview => ({ threads: [], suggestions: [] });
