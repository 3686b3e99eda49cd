import { z } from 'zod';
import { inputLimits, limitMessages } from '../limits/input-limits';
import { describePlainDataProblem } from '../limits/plain-data';

/**
 * A body sent as one JSON text instead of as values: a long body then crosses IPC as one string, which
 * costs the sending page a copy instead of a walk over every node. Parsed here, then checked by `content`.
 */
export function contentFromJsonText<Content extends z.ZodType>(content: Content) {
  return z
    .string()
    .max(inputLimits.requestCharacters, limitMessages.requestCharacters)
    .transform((text, context) => {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        context.addIssue({ code: 'custom', message: "The briefing's text arrived damaged and was not stored." });
        return z.NEVER;
      }
      // The limits IPC applies to values (depth, items) apply to the values this text holds.
      const problem = describePlainDataProblem(body);
      if (problem) {
        context.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      return body;
    })
    .pipe(content);
}

/** Said when a request carries the body twice or not at all, which only a faulty caller does. */
const bodySentOnceMessage = "The briefing's text must be sent once, as values or as JSON text.";

/**
 * A request of the fields in `rest` plus a body, the body either as values (`content`) or as one JSON text
 * (`contentJson`), checked by `content` either way; the parsed request always has `content` and no `contentJson`.
 */
export function withBodyAsValuesOrJsonText<Rest extends z.ZodRawShape, Content extends z.ZodType>(
  rest: Rest,
  content: Content,
) {
  type Body = z.output<Content>;
  return z
    .strictObject({ ...rest, content: content.optional(), contentJson: contentFromJsonText(content).optional() })
    .transform((request, context) => {
      const {
        content: asValues,
        contentJson: asText,
        ...fields
      } = request as Record<string, unknown> & {
        content?: Body;
        contentJson?: Body;
      };
      if ((asValues === undefined) === (asText === undefined)) {
        context.addIssue({ code: 'custom', message: bodySentOnceMessage, path: ['content'] });
        return z.NEVER;
      }
      return { ...fields, content: asValues ?? asText } as z.output<z.ZodObject<Rest>> & { content: Body };
    });
}
