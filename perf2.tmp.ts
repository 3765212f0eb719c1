import { readFileSync, readdirSync } from 'node:fs';
import { newContext } from './src/extract/pipeline.ts';
import { segmentStage } from './src/text/segment.ts';
import { actorsStage, actorLexicon } from './src/extract/actors.ts';
const docs = readdirSync('examples').filter(f=>f.endsWith('.txt')).map((f) => ({ id: f, text: readFileSync('examples/' + f, 'utf8'), date: f.slice(0, 7), lang: f.includes('_de_') ? 'de' : 'en' }));
actorLexicon();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system); };
let seg = 0, act = 0, n = 0;
for (let k = 0; k < 3000; k++) for (const d of docs) {
  const c = newContext(d);
  let t = cpu(); segmentStage.run(c); seg += cpu() - t;
  t = cpu(); actorsStage.run(c); act += cpu() - t;
  n += c.sentences.length;
}
console.log(`segment ${(seg / n).toFixed(1)} µs/sent (${(n / seg * 1e6).toFixed(0)} sent/s), actors ${(act / n).toFixed(1)} µs/sent (${(n / act * 1e6).toFixed(0)} sent/s), n=${n}`);
