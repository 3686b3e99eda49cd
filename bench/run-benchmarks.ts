import { runEditorBenchmarks } from './editor-benchmarks';
import { runExportBenchmarks } from './export-benchmarks';
import { runImportBenchmarks } from './import-benchmarks';
import { runIpcBenchmarks } from './ipc-benchmarks';
import { runLibraryBenchmarks } from './library-benchmarks';
import { runStorageBenchmarks } from './storage-benchmarks';

/** Each suite returns figures; they are printed last, one `name=value` line each. */
const suites: Record<string, () => Promise<Record<string, number>>> = {
  storage: runStorageBenchmarks,
  ipc: runIpcBenchmarks,
  import: runImportBenchmarks,
  export: runExportBenchmarks,
  editor: runEditorBenchmarks,
  library: runLibraryBenchmarks,
};

const figures: Record<string, number> = {};
for (const [name, run] of Object.entries(suites)) {
  console.error(`Running ${name} benchmarks…`);
  Object.assign(figures, await run());
}
for (const [name, value] of Object.entries(figures)) {
  console.log(`${name}=${Number.isInteger(value) ? value : value.toFixed(2)}`);
}
