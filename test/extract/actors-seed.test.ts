// The seed gold document: every required actor mention found with the right key
// (recall 1.0) and ≥ 90 % with the exact code. Gold is read at run time, never copied.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../../src/extract/pipeline.js';
import { actorKey } from '../../src/extract/actors.js';
import { dataPath } from '../../src/util/data.js';

interface GoldActor { text: string; at?: string; code: string[]; optional?: boolean }
interface GoldDoc { id: string; lang: string; date: string; text?: string; body?: string; actors?: GoldActor[] }

function locate(text: string, g: GoldActor): [number, number] {
  let from = text.indexOf(g.text);
  if (g.at) {
    const at = text.indexOf(g.at);
    const inner = g.at.indexOf(g.text);
    from = inner >= 0 ? at + inner : at;
  }
  return [from, from + g.text.length];
}

test('seed gold: actor recall by key 1.0, exact code ≥ 0.9', () => {
  const gold = JSON.parse(readFileSync(dataPath('../shared/gold/seed.gold.json'), 'utf8')) as { documents: GoldDoc[] };
  let n = 0, found = 0, exact = 0;
  const misses: string[] = [];
  for (const d of gold.documents) {
    if (!d.actors?.length) continue;
    const text = d.body ?? readFileSync(dataPath(`../shared/${d.text}`), 'utf8');
    const a = analyze({ id: d.id, text, date: d.date, lang: d.lang });
    for (const g of d.actors) {
      if (g.optional) continue;
      n++;
      const [s, e] = locate(text, g);
      assert.ok(s >= 0, `gold text not found: ${g.text}`);
      const keys = g.code.map(actorKey);
      const hit = a.actors.find((m) => m.start < e && m.end > s && keys.includes(actorKey(m.code)));
      if (!hit) { misses.push(`${g.text} (${g.at ?? ''}) ${g.code}`); continue; }
      found++;
      if (g.code.includes(hit.code)) exact++;
    }
  }
  assert.ok(n > 0);
  console.log(`seed actors: recall ${found}/${n}, exact ${exact}/${n}`);
  assert.deepEqual(misses, []);
  assert.ok(exact / n >= 0.9, `exact ${exact}/${n}`);
});
