import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CorruptFileError } from './corrupt-file-error';
import { parseStoredJson, StoredFileRefusal } from './parse-stored-json';
import type { StoredJsonFormat } from './stored-json-format';

const filePath = '/data/library/index.json';

const nestedFormat: StoredJsonFormat<unknown> = {
  what: 'the library index',
  schema: z.object({
    a: z.object({ b: z.object({ c: z.object({ d: z.object({ e: z.object({ f: z.object({ g: z.number() }) }) }) }) }) }),
  }),
  maxBytes: 1000,
};

const parseFailure = (text: string, format: StoredJsonFormat<unknown>) => {
  try {
    parseStoredJson(text, filePath, format);
  } catch (error) {
    return error;
  }
  throw new Error('parseStoredJson accepted the text');
};

describe('parseStoredJson', () => {
  it('keeps the parser error as the cause of refusing text that is not JSON', () => {
    const error = parseFailure('{"a":', nestedFormat);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect(error).toMatchObject({ filePath, cause: expect.any(SyntaxError) });
  });

  it('names where the data leaves the format, at most six keys deep, and keeps the schema error as cause', () => {
    const error = parseFailure('{"a":{"b":{"c":{"d":{"e":{"f":{"g":"seven"}}}}}}}', nestedFormat);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect((error as Error).message).toMatch(/does not fit the format of the library index at a\.b\.c\.d\.e\.f$/);
    expect((error as Error).cause).toBeInstanceOf(z.ZodError);
  });

  it('names no place when the whole value has the wrong shape', () => {
    const error = parseFailure('[1, 2]', nestedFormat);
    expect((error as Error).message).toMatch(/does not fit the format of the library index$/);
  });

  it('turns a failing migration into a CorruptFileError that says why', () => {
    const format = {
      ...nestedFormat,
      migrate: () => {
        throw new RangeError('version 9 is unknown');
      },
    };
    const error = parseFailure('{"version":9}', format);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect((error as Error).message).toContain('could not be migrated (RangeError: version 9 is unknown)');
    expect((error as Error).cause).toBeInstanceOf(RangeError);
  });

  it('lets a refusal or a CorruptFileError from the migration through unchanged', () => {
    const refusal = new StoredFileRefusal('written by a newer Briefdesk');
    const damage = new CorruptFileError(filePath, 'it has no id');
    for (const thrown of [refusal, damage]) {
      const format = {
        ...nestedFormat,
        migrate: () => {
          throw thrown;
        },
      };
      expect(parseFailure('{}', format)).toBe(thrown);
    }
  });

  it('refuses a __proto__ key but not an escaped one inside a string', () => {
    expect(parseFailure('{"__proto__" : {"polluted":true}}', nestedFormat)).toBeInstanceOf(CorruptFileError);
    const text = '{"a":{"b":{"c":{"d":{"e":{"f":{"g":1}}}}}},"note":"\\"__proto__\\":"}';
    expect(parseStoredJson(text, filePath, { ...nestedFormat, schema: z.unknown() })).toMatchObject({
      migrated: false,
    });
  });
});
