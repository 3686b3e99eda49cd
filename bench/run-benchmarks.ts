import { runEditorBenchmarks } from './editor-benchmarks';
import { runEditorOpenBenchmarks } from './editor-open-benchmarks';
import { runExportBenchmarks } from './export-benchmarks';
import { runImportBenchmarks } from './import-benchmarks';
import { runIpcBenchmarks } from './ipc-benchmarks';
import { runKeystrokeTraceBenchmarks } from './keystroke-trace';
import { runLibrary50kBenchmarks } from './library-50k-benchmarks';
import { runLibraryBenchmarks } from './library-benchmarks';
import { runMainBundleBenchmarks } from './main-bundle-benchmarks';
import { runSpellcheckBenchmarks } from './spellcheck-benchmarks';
import { runStallBenchmarks } from './stall-benchmarks';
import { runStorageBenchmarks } from './storage-benchmarks';

/**
 * Each suite returns figures; they are printed last, one `name=value` line each. A figure's
 * sample count is printed beside it as `<name>_samples` (or `_pings` for the stall probe).
 */
const suites: Record<string, () => Promise<Record<string, number>>> = {
  main: () => runMainBundleBenchmarks(),
  storage: runStorageBenchmarks,
  ipc: runIpcBenchmarks,
  import: runImportBenchmarks,
  export: runExportBenchmarks,
  editor: runEditorBenchmarks,
  // The open figures of `editor` alone, without the typing rounds.
  open: runEditorOpenBenchmarks,
  trace: runKeystrokeTraceBenchmarks,
  library: runLibraryBenchmarks,
  stall: runStallBenchmarks,
  library50k: runLibrary50kBenchmarks,
  spellcheck: runSpellcheckBenchmarks,
};

// `npm run bench -- main export` runs only the suites named; no names runs them all.
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in suites));
if (unknown.length > 0) {
  console.error(`Unknown benchmark suite ${unknown.join(', ')}; choose from ${Object.keys(suites).join(', ')}.`);
  process.exit(2);
}

const figures: Record<string, number> = {};
const failed: string[] = [];
for (const [name, run] of Object.entries(suites)) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  console.error(`Running ${name} benchmarks…`);
  try {
    Object.assign(figures, await run());
  } catch (error) {
    // One broken suite must not lose the others' figures; the run still fails at the end.
    console.error(`The ${name} benchmarks failed:`, error);
    failed.push(name);
  }
}
for (const [name, value] of Object.entries(figures)) {
  console.log(`${name}=${Number.isInteger(value) ? value : value.toFixed(2)}`);
}
if (failed.length > 0) {
  console.error(`These benchmark suites failed and printed no figures: ${failed.join(', ')}.`);
  process.exitCode = 1;
}
