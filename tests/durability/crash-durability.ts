import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'vite';
import type { AppNotice } from '../../electron/common/app-info';
import { parseBriefingFile } from '../../electron/main/library/briefing-files';
import { BriefingStore } from '../../electron/main/library/briefing-store';
import { libraryPaths } from '../../electron/main/library/library-paths';
import { durabilityContent } from './durability-content';

export interface DurabilityFigures {
  kills: number;
  /** Acknowledged saves not found intact after a kill. */
  lost: number;
  /** Briefing files that could not be read, or that the store had to set aside. */
  corrupt: number;
}

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Bundles the child once, so that each of the hundreds of runs starts in plain Node in a few tens of ms. */
async function bundleChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: projectRoot,
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node22',
      rolldownOptions: {
        input: { child: path.join(projectRoot, 'tests/durability/save-loop-child.ts') },
        external: [/^node:/],
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  return path.join(outDir, 'child.mjs');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs the child until `ready`, lets it save for a random while, kills it; returns the last ack per briefing. */
async function runAndKill(childPath: string, dataDir: string, seed: number, random: () => number) {
  const acked = new Map<string, number>();
  const child: ChildProcess = spawn(process.execPath, [childPath, dataDir, String(seed)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const ready = new Promise<void>((resolve) => {
    lines.on('line', (line) => {
      if (line === 'ready') resolve();
      const [kind, id, revision] = line.split(' ');
      if (kind === 'ack' && id) acked.set(id, Number(revision));
    });
  });
  await Promise.race([ready, exited]);
  await sleep(random() * 120);
  child.kill('SIGKILL');
  await exited;
  lines.close();
  return acked;
}

/** Checks every file as raw bytes, then opens the store; returns lost and corrupt counts. */
async function verify(
  dataDir: string,
  acked: Map<string, number>,
): Promise<{ lost: number; corrupt: number; stored: Map<string, number> }> {
  const paths = libraryPaths(dataDir);
  let corrupt = 0;
  let lost = 0;
  const onDisk = new Map<string, { revision: number; content: unknown }>();
  for (const name of await readdir(paths.briefings)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const filePath = path.join(paths.briefings, name);
    try {
      const { briefing } = parseBriefingFile(await readFile(filePath, 'utf8'), filePath);
      onDisk.set(briefing.id, { revision: briefing.revision, content: briefing.content });
    } catch {
      corrupt += 1;
    }
  }
  for (const [id, revision] of acked) {
    const stored = onDisk.get(id);
    // The save after the last ack may have landed before the kill: then the next revision is there.
    const intact =
      stored !== undefined &&
      (stored.revision === revision || stored.revision === revision + 1) &&
      (stored.revision === 1 ||
        JSON.stringify(stored.content) === JSON.stringify(durabilityContent(id, stored.revision)));
    if (!intact) lost += 1;
  }
  const notices: AppNotice[] = [];
  const store = await BriefingStore.open(dataDir, notices);
  corrupt += notices.filter((notice) => notice.level === 'warning').length;
  const listed = store.list();
  if (listed.length !== onDisk.size) corrupt += 1;
  await store.close();
  return { lost, corrupt, stored: new Map(listed.map((summary) => [summary.id, summary.revision])) };
}

/**
 * Kills a process that saves briefings in a loop with SIGKILL at random moments,
 * `kills` times; after each kill checks that no file is damaged and that the last
 * acknowledged save of every briefing is intact.
 */
export async function runCrashDurability(kills: number, seed = 20261126): Promise<DurabilityFigures> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-durability-'));
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  try {
    const childPath = await bundleChild(path.join(workDir, 'child'));
    const dataDir = path.join(workDir, 'data');
    const figures: DurabilityFigures = { kills: 0, lost: 0, corrupt: 0 };
    const lastAcked = new Map<string, number>();
    for (let run = 0; run < kills; run += 1) {
      const acked = await runAndKill(childPath, dataDir, seed + run, random);
      for (const [id, revision] of acked) lastAcked.set(id, revision);
      figures.kills += 1;
      const { lost, corrupt, stored } = await verify(dataDir, lastAcked);
      figures.lost += lost;
      figures.corrupt += corrupt;
      // Opening the store may recover journal text as a new revision: carry on from what is stored.
      for (const [id, revision] of stored) lastAcked.set(id, revision);
    }
    return figures;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The line the test and the script print. */
export function formatDurability({ kills, lost, corrupt }: DurabilityFigures): string {
  return `durability_kills=${kills} durability_lost=${lost} durability_corrupt=${corrupt}`;
}
