// The seed article's gold times and amounts (read at run time from ../shared/gold).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dataPath, loadJson } from '../../src/util/data.js';
import { analyze } from '../../src/extract/pipeline.js';

interface GoldDoc {
  id: string; lang: string; date: string; text: string;
  times: Array<{ text: string; value: Array<string | null>; optional?: boolean }>;
  amounts: Array<{ text: string; value: number | null; approx: string; unit: string; vague?: string }>;
}

const goldPath = dataPath('../shared/gold/seed.gold.json');

test('seed gold: required times and all amounts are found with their values', { skip: !existsSync(goldPath) && 'no shared gold' }, () => {
  const gold = loadJson<{ documents: GoldDoc[] }>('../shared/gold/seed.gold.json');
  for (const doc of gold.documents) {
    const text = readFileSync(dataPath(`../shared/${doc.text}`), 'utf8');
    const a = analyze({ id: doc.id, text, date: doc.date, lang: doc.lang });
    for (const g of doc.times) {
      const at = text.indexOf(g.text);
      const hit = a.times.find((t) => t.start < at + g.text.length && at < t.end);
      if (g.optional && !hit) continue;
      assert.ok(hit, `time "${g.text}" not found`);
      assert.ok(g.value.includes(hit.value), `time "${g.text}": got ${hit.value}, want one of ${JSON.stringify(g.value)}`);
    }
    for (const g of doc.amounts) {
      const at = text.indexOf(g.text);
      const hit = a.amounts.find((m) => m.start < at + g.text.length && at < m.end);
      assert.ok(hit, `amount "${g.text}" not found`);
      assert.equal(hit.value, g.value);
      assert.equal(hit.approx, g.approx);
      assert.equal(hit.unit, g.unit);
      if (g.vague) assert.ok(hit.vague);
    }
  }
});
