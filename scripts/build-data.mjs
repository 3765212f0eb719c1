// Build step after tsc: data generated from the installed dictionaries into dist/generated/
// (gitignored). Today: the compact German morphology tables (src/lang/de/morphology.ts,
// docs/bench.md "Memory and start-up"). Skips the work when the file is current; the
// analysis still works without it (the tables are then built in memory on first use, slower).
// Usage: node scripts/build-data.mjs   (part of npm run build / prepare / test / bench)
import { performance } from 'node:perf_hooks';

const morph = await import('../dist/src/lang/de/morphology.js');
if (morph.morphologyTablesCurrent()) process.exit(0);
const t0 = performance.now();
const bytes = morph.writeMorphologyTables();
console.error(`build-data: ${morph.MORPHOLOGY_TABLES} (${(bytes / 1e6).toFixed(1)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
