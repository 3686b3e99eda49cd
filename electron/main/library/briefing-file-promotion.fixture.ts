import { seededStoredBriefing } from '../../../bench/fixtures/write-seeded-library';
import { seededRandom } from '../../../tests/support/seeded-random';
import { parseStoredJson } from '../storage/parse-stored-json';
import { briefingFileFormat } from './stored-library-formats';

// Run by briefing-file-promotion.test.ts in a process of its own, under `node --trace-gc-nvp`. It reads
// stored briefings twice: parsed only, then as the library reads a briefing file (parsed and checked). It marks
// where each part starts and ends, so the test can count the bytes each part's collections of young objects
// moved to the old generation.
const random = seededRandom(2026);
const texts = Array.from({ length: 120 }, (_, index) =>
  JSON.stringify(seededStoredBriefing(random, index, { count: 120, seed: 2026, words: { min: 1000, max: 3000 } })),
);
const reads = 1500;
const filePath = '/library/briefings/a.json';
const format = briefingFileFormat(filePath);
let accepted = 0;
const parseOnly = () => {
  for (let read = 0; read < reads; read += 1) accepted += JSON.parse(texts[read % texts.length] as string).revision;
};
const parseAndCheck = () => {
  for (let read = 0; read < reads; read += 1) {
    accepted += parseStoredJson(texts[read % texts.length] as string, filePath, format).value.revision;
  }
};
parseOnly();
parseAndCheck();
process.stdout.write('\nmark=parse-only\n');
parseOnly();
process.stdout.write('\nmark=parse-and-check\n');
parseAndCheck();
process.stdout.write(`\nmark=end accepted=${accepted}\n`);
