// CPU time per document of each analysis stage on one thread (see stage-cpu-time.ts): the figure to
// compare before and after a change to the analysis, robust to the load of a shared machine.
// Run: npm run build && node dist/bench/stage-cpu.js [docs=500] [rounds=5] [only=actors,rows]   (see docs/bench.md)
// For a change, run it on both trees several times in turn and compare the minima.
import { join } from 'node:path';
import { newContext, STAGES } from '../src/extract/pipeline.js';
import { packageRoot } from '../src/util/data.js';
import { corpusDocument, loadBaseDocuments } from './corpus.js';
import { stageCpuTimes } from './stage-cpu-time.js';

const n = Number(process.argv[2] ?? 500);
const rounds = Number(process.argv[3] ?? 5);
const only = process.argv[4] ? new Set(process.argv[4].split(',')) : undefined;

const base = await loadBaseDocuments(join(packageRoot(), 'examples'));
const docs = Array.from({ length: n }, (_, i) => corpusDocument(base, i));
const sentences = docs.reduce((s, d) => { const c = newContext(d); STAGES[0].run(c); return s + c.sentences.length; }, 0);
const times = stageCpuTimes(docs, rounds, only);

let total = 0;
console.log(`${n} documents, ${sentences} sentences (${(sentences / n).toFixed(1)}/doc), best of ${rounds}, CPU µs per document:`);
for (const t of times) {
  if (t.error) { console.log(`  ${t.stage.padEnd(12)} failed: ${t.error}`); continue; }
  total += t.usPerDoc;
  console.log(`  ${t.stage.padEnd(12)} ${t.usPerDoc.toFixed(1).padStart(8)}`);
}
console.log(`  ${'total'.padEnd(12)} ${total.toFixed(1).padStart(8)}   (${Math.round((sentences / n / total) * 1e6).toLocaleString('en')} sentences/s per thread)`);
