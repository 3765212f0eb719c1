import { readFileSync, readdirSync } from 'node:fs';
import { newContext, runStages } from './src/extract/pipeline.ts';
import { segmentStage } from './src/text/segment.ts';
import { actorsStage, actorLexicon } from './src/extract/actors.ts';
const docs = readdirSync('examples').map((f) => ({ id: f, text: readFileSync('examples/' + f, 'utf8'), date: f.slice(0, 7), lang: f.includes('_de_') ? 'de' : 'en' }));
let t0 = performance.now(); actorLexicon(); console.log('lexicon build ms', (performance.now() - t0).toFixed(0));
function bench(withActors: boolean, full: boolean) {
  let sents = 0; const N = 200;
  const t = performance.now();
  for (let k = 0; k < N; k++) for (const d of docs) {
    const ctx = newContext(d);
    if (full) { runStages(ctx); }
    else { segmentStage.run(ctx); if (withActors) actorsStage.run(ctx); }
    sents += ctx.sentences.length;
  }
  const s = (performance.now() - t) / 1000;
  return sents / s;
}
bench(true, false); bench(false, false);
const seg = bench(false, false), segAct = bench(true, false), full = bench(true, true);
console.log(`segment only: ${seg.toFixed(0)} sent/s; segment+actors: ${segAct.toFixed(0)} sent/s; full pipeline: ${full.toFixed(0)} sent/s`);
console.log(`actors cost per sentence: ${(1e6/segAct - 1e6/seg).toFixed(1)} µs; segment: ${(1e6/seg).toFixed(1)} µs`);
