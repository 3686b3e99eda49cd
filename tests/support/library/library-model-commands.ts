import fc from 'fast-check';
import { BriefingStore } from '../../../electron/main/library/briefing-store';
import {
  changeOnDisk,
  checkInvariants,
  contentOf,
  type LibraryModel,
  type LibraryWorld,
  sameWords,
  type Words,
  wordsOf,
} from './library-model';

type Step = (model: LibraryModel, world: LibraryWorld) => Promise<void>;

/** How many actions ran (those whose precondition held), across every sequence. */
export const stepsRun = { count: 0 };

/** One user or system action: applies itself to the model and the library, then checks the invariants. */
class LibraryCommand implements fc.AsyncCommand<LibraryModel, LibraryWorld> {
  constructor(
    readonly name: string,
    readonly applies: (model: LibraryModel) => boolean,
    readonly step: Step,
  ) {}

  check(model: Readonly<LibraryModel>): boolean {
    return this.applies(model as LibraryModel);
  }

  async run(model: LibraryModel, world: LibraryWorld): Promise<void> {
    stepsRun.count += 1;
    await this.step(model, world);
    await checkInvariants(model, world);
  }

  toString(): string {
    return this.name;
  }
}

const running = (world: LibraryWorld): BriefingStore => {
  if (!world.store) throw new Error('The library is not running.');
  return world.store;
};

function keep(model: LibraryModel, words: Words): void {
  model.kept.push([...words]);
  for (const word of words) model.everKept.add(word);
}

function discard(model: LibraryModel, words: Words): void {
  for (const word of words) if (!model.everKept.has(word)) model.discarded.add(word);
}

function saved(model: LibraryModel, words: Words, revision = model.savedRevision + 1): void {
  model.saved = [...words];
  model.savedRevision = revision;
  for (const word of words) model.everKept.add(word);
}

const editorClean = (model: LibraryModel) =>
  model.editor !== null && !model.editor.conflict && sameWords(model.editor.words, model.saved);

const typeWord = new LibraryCommand(
  'type',
  (model) => model.running && model.editor !== null,
  async (model) => {
    const editor = model.editor as NonNullable<LibraryModel['editor']>;
    editor.words = [...editor.words, `tok${model.nextWord++}`];
  },
);

const autosave = new LibraryCommand(
  'autosave',
  (model) => model.running && model.editor !== null && !model.editor.conflict,
  async (model, world) => {
    const editor = model.editor as NonNullable<LibraryModel['editor']>;
    const changes = { id: world.id, revision: editor.base, metadata: world.metadata, content: contentOf(editor.words) };
    const outcome = await running(world)
      .save(changes)
      .then((briefing) => ({ briefing }))
      .catch((error: { code?: string }) => ({ error }));
    const expectConflict = editor.base !== model.savedRevision;
    if ('error' in outcome) {
      if (!expectConflict || outcome.error.code !== 'conflict') throw outcome.error;
      editor.conflict = true;
      return;
    }
    if (expectConflict) throw new Error('A save based on an old revision was accepted.');
    saved(model, editor.words, outcome.briefing.revision);
    editor.base = outcome.briefing.revision;
    model.journal = null;
  },
);

const writeJournal = new LibraryCommand(
  'journal',
  (model) => model.running && model.editor !== null,
  async (model, world) => {
    const editor = model.editor as NonNullable<LibraryModel['editor']>;
    await running(world).writeJournal({
      briefingId: world.id,
      revision: editor.base,
      metadata: { ...world.metadata },
      content: contentOf(editor.words),
    });
    model.journal = { revision: editor.base, words: [...editor.words] };
  },
);

const kill = new LibraryCommand(
  'kill',
  (model) => model.running,
  async (model, world) => {
    // Nothing is closed or flushed: what is not on disk now is lost, as after SIGKILL. Only a save's clearing of
    // its journal entry, which follows its reply, may finish (as if the kill came just after it): unlike a killed
    // process this store lives on, and must not clear the entry the next start's editor writes.
    await world.store?.settled();
    world.store = undefined;
    model.running = false;
    model.editor = null;
  },
);

const newerThanSaved = (model: LibraryModel, text: { revision: number; words: Words }) =>
  text.revision >= model.savedRevision && !sameWords(text.words, model.saved);

const restart = new LibraryCommand(
  'restart',
  (model) => !model.running,
  async (model, world) => {
    // As the desktop app opens it: the commands that follow run while the start-up check goes on.
    world.store = await BriefingStore.open(world.dataDir, [], undefined, { checkInBackground: true });
    if (model.offer && !newerThanSaved(model, model.offer)) model.offer = null;
    if (model.journal && newerThanSaved(model, model.journal)) model.offer = model.journal;
    model.journal = null;
    model.running = true;
    model.editor = { base: model.savedRevision, words: [...model.saved], conflict: false };
  },
);

const changeElsewhere = new LibraryCommand(
  'change on disk',
  () => true,
  async (model, world) => {
    const words = [...model.saved, `tok${model.nextWord++}`];
    await changeOnDisk(world, words);
    saved(model, words);
  },
);

const conflictChoice = (choice: 'mine' | 'theirs' | 'discard-mine') =>
  new LibraryCommand(
    `conflict: ${choice}`,
    (model) => model.running && model.editor?.conflict === true,
    async (model, world) => {
      const editor = model.editor as NonNullable<LibraryModel['editor']>;
      const mine = [...editor.words];
      const { briefing } = await running(world).conflicts.resolve({
        id: world.id,
        revision: editor.base,
        metadata: world.metadata,
        content: contentOf(mine),
        keep: choice,
      });
      if (choice === 'mine') {
        keep(model, model.saved);
        keep(model, mine);
        saved(model, mine);
      } else if (choice === 'theirs') {
        keep(model, mine);
      } else {
        discard(model, mine);
      }
      if (briefing.revision !== model.savedRevision) throw new Error('The resolved revision is not the expected one.');
      model.editor = { base: model.savedRevision, words: [...model.saved], conflict: false };
      model.journal = null;
    },
  );

const restoreRevision = (pick: number) =>
  new LibraryCommand(
    `restore revision #${pick}`,
    (model) => model.running && editorClean(model),
    async (model, world) => {
      const store = running(world);
      const revisions = await store.history.list(world.id);
      const chosen = revisions[pick % revisions.length];
      if (!chosen) return;
      const words = wordsOf((await store.history.get(world.id, chosen.revisionId)).briefing);
      await store.history.restore(world.id, chosen.revisionId);
      keep(model, model.saved);
      saved(model, words);
      model.editor = { base: model.savedRevision, words: [...words], conflict: false };
      model.journal = null;
    },
  );

const trashAndRestore = new LibraryCommand(
  'trash, then restore from the trash',
  (model) => model.running,
  async (model, world) => {
    await running(world).trash.moveToTrash(world.id);
    await running(world).trash.restore(world.id);
    model.journal = null;
    model.offer = null;
  },
);

const offerChoice = (choice: 'restore' | 'discard') =>
  new LibraryCommand(
    `recovered text: ${choice}`,
    (model) => model.running && model.offer !== null && editorClean(model),
    async (model, world) => {
      const offer = model.offer as NonNullable<LibraryModel['offer']>;
      if (choice === 'restore') {
        await running(world).recovery.restore(world.id);
        keep(model, model.saved);
        saved(model, offer.words);
        model.editor = { base: model.savedRevision, words: [...offer.words], conflict: false };
      } else {
        await running(world).recovery.discard(world.id);
        discard(model, offer.words);
      }
      model.offer = null;
    },
  );

/** Every action of the model-based test, weighted towards typing and saving. */
export const libraryCommands = [
  fc.constant(typeWord),
  fc.constant(typeWord),
  fc.constant(autosave),
  fc.constant(writeJournal),
  fc.constant(writeJournal),
  fc.constant(kill),
  fc.constant(restart),
  fc.constant(changeElsewhere),
  fc.constantFrom('mine', 'theirs', 'discard-mine').map(conflictChoice),
  fc.nat(5).map(restoreRevision),
  fc.constant(trashAndRestore),
  fc.constantFrom('restore', 'discard').map(offerChoice),
];
