import path from 'node:path';
import { briefingPlainText } from '../electron/common/document/briefing-plain-text';
import { findMisspellings } from '../electron/common/spelling/find-misspellings';
import { spellingLanguages } from '../electron/common/spelling/spelling-languages';
import { dictionaryFolder, loadHunspellDictionary } from '../electron/main/spelling/hunspell-dictionaries';
import { generateLargeBriefing } from './fixtures/large-briefing';
import { sampleStatistics } from './sample-statistics';
import { runSpellingKeystrokeBenchmarks } from './spellcheck-keystroke';

const projectRoot = path.resolve(import.meta.dirname, '..');
const loadRepetitions = 3;
const fullCheckRepetitions = 5;

/**
 * `spellcheck_load_ms_<lang>`: median time to read one language's Hunspell files and build the
 * WebAssembly Hunspell (hunspell-asm) from them, in a fresh dictionary each time (the WebAssembly
 * module itself is compiled once per thread, before the first sample). `spellcheck_full_25k_ms`:
 * median time to check every word of the ~25,000-word large briefing in English, line by line as
 * the editor's checker sees blocks. Both run in this Node thread, the stand-in for the checker's worker.
 * Then typing latency in the real editor with spell checking on and off (`spellcheck-keystroke.ts`).
 */
export async function runSpellcheckBenchmarks(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const language of spellingLanguages) {
    const samples: number[] = [];
    for (let repetition = 0; repetition < loadRepetitions; repetition += 1) {
      const started = performance.now();
      const dictionary = await loadHunspellDictionary(language, dictionaryFolder(language, { projectRoot }));
      samples.push(performance.now() - started);
      dictionary.dispose();
    }
    figures[`spellcheck_load_ms_${language}`] = sampleStatistics(samples).median;
    figures[`spellcheck_load_ms_${language}_samples`] = samples.length;
  }
  const english = await loadHunspellDictionary('en', dictionaryFolder('en', { projectRoot }));
  const blocks = briefingPlainText(generateLargeBriefing().content).split('\n');
  const words = blocks.reduce((count, block) => count + block.split(/\s+/u).filter(Boolean).length, 0);
  const samples: number[] = [];
  let flagged = 0;
  for (let repetition = 0; repetition < fullCheckRepetitions; repetition += 1) {
    const started = performance.now();
    flagged = 0;
    for (const block of blocks) flagged += findMisspellings(block, 'en', english).length;
    samples.push(performance.now() - started);
  }
  english.dispose();
  figures.spellcheck_full_25k_ms = sampleStatistics(samples).median;
  figures.spellcheck_full_25k_ms_samples = samples.length;
  figures.spellcheck_full_25k_words = words;
  figures.spellcheck_full_25k_flagged = flagged;
  return { ...figures, ...(await runSpellingKeystrokeBenchmarks()) };
}
