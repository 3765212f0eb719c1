// Build step after tsc: data generated into dist/generated/ (gitignored), each file skipped when it is
// current (its fingerprint matches its inputs); the analysis works without them, only slower to start:
// - de-morphology.dat: the compact German morphology tables (src/lang/de/morphology.ts; without it
//   the tables are built in memory from the dictionaries on first use);
// - kb-lexicon.json: the knowledge base with its compiled actor lexicon (src/kb/prebuilt.ts; without
//   it every thread loads src/kb/ and compiles the lexicon itself);
// - triggers-de.json, triggers-en.json: the trigger index of each language (src/extract/events/prebuilt-index.ts;
//   without them every thread expands the trigger lexicon into word forms itself).
// See docs/bench.md ("Start-up"). Usage: node scripts/build-data.mjs   (part of npm run build / prepare / test / bench)
import { performance } from 'node:perf_hooks';

const morph = await import('../dist/src/lang/de/morphology.js');
if (!morph.morphologyTablesCurrent()) {
  const t0 = performance.now();
  const bytes = morph.writeMorphologyTables();
  console.error(`build-data: ${morph.MORPHOLOGY_TABLES} (${(bytes / 1e6).toFixed(1)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

const prebuilt = await import('../dist/src/kb/prebuilt.js');
if (!prebuilt.prebuiltCurrent()) {
  const t0 = performance.now();
  const { writePrebuiltLexicon } = await import('../dist/src/extract/actors/lexicon.js');
  const bytes = writePrebuiltLexicon();
  console.error(`build-data: ${prebuilt.PREBUILT_KB} (${(bytes / 1e6).toFixed(1)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

const triggers = await import('../dist/src/extract/events/prebuilt-index.js');
for (const lang of ['de', 'en']) {
  if (triggers.prebuiltIndexCurrent(lang)) continue;
  const t0 = performance.now();
  const { writeTriggerIndex } = await import('../dist/src/extract/events/trigger-index.js');
  const bytes = writeTriggerIndex(lang);
  console.error(`build-data: ${triggers.prebuiltIndexFile(lang)} (${(bytes / 1e6).toFixed(1)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
