import { z } from 'zod';
import { inputLimits, limitMessages } from '../limits/input-limits';
import { describePlainDataProblem } from '../limits/plain-data';

/** The JSON text each body sent as one was parsed from, once it passed `checkedBy`, the schema that checked it. */
const sourceTexts = new WeakMap<object, { text: string; checkedBy: z.ZodType }>();

/** Each parsed body's text while its check runs: recorded in `sourceTexts` only if the body passes. */
const parsedTexts = new WeakMap<object, string>();

/**
 * The JSON text `content` was parsed from when it was sent as one, so that it can be stored as it came instead
 * of serialized again; undefined for a body sent as values. The text holds exactly the checked values.
 */
export function contentJsonTextOf(content: object): string | undefined {
  return sourceTexts.get(content)?.text;
}

/**
 * The JSON text `content` was parsed from if it passed `schema` itself, else undefined: whoever parses this text
 * again gets values `schema` has already accepted, and need not check them again.
 */
export function contentJsonTextCheckedBy(content: object, schema: z.ZodType): string | undefined {
  const source = sourceTexts.get(content);
  return source?.checkedBy === schema ? source.text : undefined;
}

/** `keepText`: the parsed body's text stays known (`contentJsonTextOf`) for as long as the body is kept. */
export interface BodyTextOptions {
  keepText?: boolean;
}

/**
 * A body sent as one JSON text instead of as values: a long body then crosses IPC as one string, which
 * costs the sending page a copy instead of a walk over every node. Parsed here, then checked by `content`.
 */
export function contentFromJsonText<Content extends z.ZodType>(
  content: Content,
  { keepText = false }: BodyTextOptions = {},
) {
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
      if (keepText && typeof body === 'object' && body !== null) parsedTexts.set(body, text);
      return body;
    })
    .pipe(content)
    .transform((body) => {
      const checked: unknown = body;
      if (typeof checked !== 'object' || checked === null) return body;
      const text = parsedTexts.get(checked);
      if (text !== undefined) sourceTexts.set(checked, { text, checkedBy: content });
      return body;
    });
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
  options: BodyTextOptions = {},
) {
  type Body = z.output<Content>;
  return z
    .strictObject({
      ...rest,
      content: content.optional(),
      contentJson: contentFromJsonText(content, options).optional(),
    })
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
