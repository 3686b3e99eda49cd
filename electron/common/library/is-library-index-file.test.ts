import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLibraryIndexFile } from './is-library-index-file';
import { libraryIndexFileSchema } from './stored-library-files';

const summary = (id: string) => ({
  id,
  title: 'Kharkiv drone strikes',
  status: 'draft',
  desk: 'Europe',
  tags: ['ukraine'],
  authors: ['Dana Reyes'],
  datelinePlace: 'KHARKIV',
  updatedAt: '2026-11-26T06:00:00.000Z',
  createdAt: '2026-11-25T06:00:00+02:00',
  wordCount: 1200,
  revision: 3,
});

const indexFile = () => ({
  version: 2,
  briefings: {
    'a1b2c3d4-0000-4000-8000-000000000001': {
      summary: summary('a1b2c3d4-0000-4000-8000-000000000001'),
      fileMtimeMs: 1764136800000.123,
      fileSize: 5120,
    },
    'a1b2c3d4-0000-4000-8000-000000000002': {
      summary: summary('a1b2c3d4-0000-4000-8000-000000000002'),
      fileMtimeMs: 0,
      fileSize: 0,
    },
  },
  trash: {},
  recent: ['a1b2c3d4-0000-4000-8000-000000000001'],
});

/** Values a hostile or damaged index may hold in place of a good one. */
const oddValue = fc.oneof(
  fc.constantFrom(
    null,
    -1,
    0.5,
    1e300,
    Number.POSITIVE_INFINITY,
    '',
    'x'.repeat(301),
    '2026-02-30T00:00:00Z',
    '2026-11-26T06:00:00',
    'constructor',
    'published',
    'in-review',
    [],
    ['x'.repeat(41)],
    {},
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.array(fc.string({ maxLength: 50 }), { maxLength: 35 }),
);

/** Every place in the index file a mutation can land: each key path, or a new key beside it. */
const paths = (value: unknown, prefix: string[] = []): string[][] =>
  typeof value === 'object' && value !== null
    ? [prefix, ...Object.entries(value).flatMap(([key, inner]) => paths(inner, [...prefix, key]))]
    : [prefix];

function mutated(path: string[], replacement: unknown, addKey: boolean): unknown {
  const file: Record<string, unknown> = indexFile();
  if (path.length === 0) return addKey ? { ...file, extra: replacement } : replacement;
  let parent = file;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (addKey && typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) {
    (parent[last] as Record<string, unknown>).extra = replacement;
  } else if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return file;
}

describe('the library index check', () => {
  it('accepts a good index file', () => {
    expect(isLibraryIndexFile(indexFile())).toBe(true);
    expect(libraryIndexFileSchema.safeParse(indexFile()).success).toBe(true);
  });

  it('gives the same answer as the schema for any one value changed, removed or added anywhere in the file', () => {
    const allPaths = paths(indexFile());
    fc.assert(
      fc.property(
        fc.constantFrom(...allPaths),
        fc.option(oddValue, { nil: undefined }),
        fc.boolean(),
        (path, replacement, addKey) => {
          const candidate = mutated(path, replacement, addKey);
          expect(isLibraryIndexFile(candidate)).toBe(libraryIndexFileSchema.safeParse(candidate).success);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses a row filed under another id and a key that is not an id', () => {
    const file = indexFile();
    const [first] = Object.values(file.briefings);
    expect(isLibraryIndexFile({ ...file, briefings: { 'b1b2c3d4-0000-4000-8000-000000000009': first } })).toBe(false);
    expect(isLibraryIndexFile({ ...file, briefings: { 'Not An Id': first } })).toBe(false);
  });
});
