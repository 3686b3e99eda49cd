import { BriefingStore } from '../../electron/main/library/briefing-store';
import { durabilityContent } from './durability-content';

/**
 * Saves briefings in an endless loop and prints `ack <id> <revision>` after each
 * save resolves; the parent kills it with SIGKILL at a random moment.
 */
const [dataDir, seedText] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: save-loop-child DATA_DIR SEED');
let seed = Number(seedText) >>> 0;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

const store = await BriefingStore.open(dataDir, []);
const revisions = new Map(store.list().map((summary) => [summary.id, summary.revision]));
process.stdout.write('ready\n');
for (;;) {
  if (revisions.size < 4) {
    const created = await store.create({ metadata: { title: `Durability ${revisions.size}` } });
    revisions.set(created.id, created.revision);
    process.stdout.write(`ack ${created.id} ${created.revision}\n`);
    continue;
  }
  const ids = [...revisions.keys()];
  const id = ids[Math.floor(random() * ids.length)] as string;
  const revision = revisions.get(id) as number;
  const current = await store.get(id);
  if (random() < 0.3) {
    // Unsaved text in the journal, as the editor sends it while typing.
    await store.writeJournal({
      briefingId: id,
      revision,
      metadata: { ...current.metadata },
      content: durabilityContent(id, revision + 1),
    });
  }
  const saved = await store.save({
    id,
    revision,
    metadata: current.metadata,
    content: durabilityContent(id, revision + 1),
  });
  revisions.set(id, saved.revision);
  process.stdout.write(`ack ${id} ${saved.revision}\n`);
}
