import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import { briefingPlainText } from '../../../electron/common/document/briefing-plain-text';
import { BriefingStore } from '../../../electron/main/library/briefing-store';
import { paragraphs } from './library-fixtures';

/** A text as the model sees it: the words typed, in order, each unique (`tok12`). */
export type Words = readonly string[];

/** What the user and the disk should hold, predicted without looking at the library. */
export interface LibraryModel {
  running: boolean;
  /** The briefing file: the last acknowledged save, restore, conflict choice or outside change. */
  saved: Words;
  savedRevision: number;
  /** The open editor: the revision it started from, its text, and whether it shows a conflict. */
  editor: { base: number; words: Words; conflict: boolean } | null;
  /** The recovery journal and the text offered at start. */
  journal: { revision: number; words: Words } | null;
  offer: { revision: number; words: Words } | null;
  /** Words the user threw away (a conflict "discard mine", a discarded offer): they must never come back. */
  discarded: Set<string>;
  /** Words that were ever in a saved or kept text: never counted as discarded. */
  everKept: Set<string>;
  /** Texts Briefdesk promised to keep: each must be in the briefing, its history or a conflict copy. */
  kept: Words[];
  nextWord: number;
}

/** The running library under test. */
export interface LibraryWorld {
  dataDir: string;
  id: string;
  metadata: Briefing['metadata'];
  store: BriefingStore | undefined;
}

const wordPattern = /\btok\d+\b/g;

export const wordsOf = (briefing: Pick<Briefing, 'content'>): string[] =>
  briefingPlainText(briefing.content).match(wordPattern) ?? [];

export const contentOf = (words: Words) => paragraphs(words.join(' '));

export const sameWords = (a: Words, b: Words) => a.length === b.length && a.every((word, index) => word === b[index]);

/** Starts a library with one briefing holding `tok0`, and the model that matches it. */
export async function startLibrary(dataDir: string): Promise<{ model: LibraryModel; world: LibraryWorld }> {
  const store = await BriefingStore.open(dataDir, []);
  const briefing = await store.create({ metadata: { title: 'Model briefing' }, content: contentOf(['tok0']) });
  const model: LibraryModel = {
    running: true,
    saved: ['tok0'],
    savedRevision: briefing.revision,
    editor: { base: briefing.revision, words: ['tok0'], conflict: false },
    journal: null,
    offer: null,
    discarded: new Set(),
    everKept: new Set(['tok0']),
    kept: [],
    nextWord: 1,
  };
  return { model, world: { dataDir, id: briefing.id, metadata: briefing.metadata, store } };
}

/** Another program rewrites the briefing file: a new revision with one more word. */
export async function changeOnDisk(world: LibraryWorld, words: Words): Promise<void> {
  const filePath = path.join(world.dataDir, 'library', 'briefings', `${world.id}.json`);
  const stored = JSON.parse(await readFile(filePath, 'utf8')) as Briefing;
  await writeFile(filePath, JSON.stringify({ ...stored, revision: stored.revision + 1, content: contentOf(words) }));
}

function fail(message: string): never {
  throw new Error(`Broken invariant: ${message}`);
}

/** Every text the library holds for the briefing: itself, its history, every other briefing (conflict copies) and theirs. */
async function everyKeptText(store: BriefingStore): Promise<string[][]> {
  const texts: string[][] = [];
  await store.checked();
  for (const summary of store.list()) {
    texts.push(wordsOf(await store.get(summary.id)));
    for (const entry of await store.history.list(summary.id)) {
      texts.push(wordsOf((await store.history.get(summary.id, entry.revisionId)).briefing));
    }
  }
  return texts;
}

/**
 * The invariants, checked after every step while the library runs: the last acknowledged save
 * reads back; discarded words never return (in the briefing or an offer); every text Briefdesk
 * promised to keep is in the briefing, its history or a conflict copy.
 */
export async function checkInvariants(model: LibraryModel, world: LibraryWorld): Promise<void> {
  const store = world.store;
  if (!model.running || !store) return;
  const stored = await store.get(world.id);
  const storedWords = wordsOf(stored);
  if (!sameWords(storedWords, model.saved) || stored.revision !== model.savedRevision) {
    fail(
      `the briefing holds r${stored.revision} [${storedWords}] but the last acknowledged state is r${model.savedRevision} [${model.saved}]`,
    );
  }
  const offered = await store.recovery.get(world.id);
  if (Boolean(offered) !== Boolean(model.offer)) {
    fail(`recovered text is ${offered ? '' : 'not '}offered, the model says it is ${model.offer ? '' : 'not'}`);
  }
  const offeredWords = offered
    ? [
        ...offered.parts
          .map((part) => (part.kind === 'removed' ? '' : part.text))
          .join(' ')
          .matchAll(wordPattern),
      ].map((match) => match[0])
    : [];
  for (const word of [...storedWords, ...offeredWords]) {
    if (model.discarded.has(word)) fail(`the discarded word ${word} came back`);
  }
  if (model.kept.length === 0) return;
  const texts = await everyKeptText(store);
  for (const kept of model.kept) {
    if (!texts.some((text) => sameWords(text, kept))) fail(`the kept text [${kept}] is nowhere in the library`);
  }
}
