import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import { assetFileName } from '../../../electron/common/document/asset-source';
import { everyNodeBriefing } from '../../fixtures/briefings/every-node-briefing';
import { fixtureImages } from '../../fixtures/briefings/fixture-assets';
import { genreFixtureBriefings } from '../../fixtures/briefings/genre-briefings';

/** The five genre briefings and the every-node briefing. */
export function allFixtureBriefings(): Briefing[] {
  return [...genreFixtureBriefings(), everyNodeBriefing()];
}

/** A data folder holding the fixture briefings as stored files, and their images as stored assets. */
export async function makeFixtureDataFolder(): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-'));
  const briefingsDir = path.join(dataDir, 'library', 'briefings');
  const assetsDir = path.join(dataDir, 'library', 'assets');
  await mkdir(briefingsDir, { recursive: true });
  await mkdir(assetsDir, { recursive: true });
  for (const briefing of allFixtureBriefings()) {
    await writeFile(path.join(briefingsDir, `${briefing.id}.json`), JSON.stringify(briefing));
  }
  for (const image of Object.values(fixtureImages)) {
    await writeFile(path.join(assetsDir, assetFileName(image.source) as string), image.bytes);
  }
  return dataDir;
}
