import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import { assetFileName } from '../../../electron/common/document/asset-source';
import { doc, figure, fixtureBriefing, paragraph, section } from '../../fixtures/briefings/document-builders';
import { everyNodeBriefing } from '../../fixtures/briefings/every-node-briefing';
import { fixtureImages } from '../../fixtures/briefings/fixture-assets';
import { fixtureAssetSource, noisyPng } from '../../fixtures/briefings/fixture-image';
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
  for (const briefing of allFixtureBriefings()) await writeStoredBriefing(dataDir, briefing);
  for (const image of Object.values(fixtureImages)) {
    await writeFile(path.join(assetsDir, assetFileName(image.source) as string), image.bytes);
  }
  return dataDir;
}

/** Puts a briefing in a data folder's library as its stored file, as a sync from another machine would. */
export function writeStoredBriefing(dataDir: string, briefing: Briefing): Promise<void> {
  return writeFile(path.join(dataDir, 'library', 'briefings', `${briefing.id}.json`), JSON.stringify(briefing));
}

/** The fixture data folder plus "Flooding in Valencia", whose one picture was kept as an 11 MB original. */
export async function makeFixtureDataFolderWithLargePicture(): Promise<string> {
  const dataDir = await makeFixtureDataFolder();
  const photo = noisyPng(2000, 1900, 11);
  const source = fixtureAssetSource(photo);
  await writeFile(path.join(dataDir, 'library', 'assets', assetFileName(source) as string), photo);
  const briefing = fixtureBriefing(
    'fixture-large-photo',
    { title: 'Flooding in Valencia', timeZone: 'Europe/Madrid', status: 'draft' },
    doc(
      section(
        'lede',
        'What happened',
        paragraph('The Turia burst its banks overnight.'),
        figure(source, 'The riverbed at dawn', ['The riverbed at dawn, from the Serranos bridge.'], 'Photo: A. Ruiz'),
      ),
    ),
  );
  await writeStoredBriefing(dataDir, briefing);
  return dataDir;
}
