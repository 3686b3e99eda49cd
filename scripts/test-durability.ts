import { formatDurability, runCrashDurability } from '../tests/durability/crash-durability';

/** `npm run test:durability [KILLS]`: the crash test at full length (500 SIGKILLs by default). */
const kills = Number(process.argv[2] ?? 500);
const started = performance.now();
const figures = await runCrashDurability(kills);
console.error(`${kills} kills in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(formatDurability(figures));
process.exitCode = figures.lost === 0 && figures.corrupt === 0 && figures.kills === kills ? 0 : 1;
