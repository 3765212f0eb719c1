// WikiWarsDE (German Wikipedia war articles, TIMEX2 inline; CC BY-SA 3.0, read at run
// time from ../shared, never copied): recall and value accuracy of the times stage.
// In scope: gold values a TimeRecord can express (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www;
// a mod such as START/END is ignored). Durations (P6Y), PRESENT_REF, seasons (1940-SU),
// times of day, decades, centuries and BC years are out of scope.
// The floors live in eval/times-floors.json: a ratchet, raised when the figures improve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dataPath, loadJson } from '../../src/util/data.js';
import { readWikiWarsDe } from './times/wikiwarsde-reader.js';
import { scoreWikiWars } from './times/wikiwarsde-score.js';

interface Floors { wikiwarsde: { recall: number; accuracy: number } }

const dir = dataPath('../shared/peer/wikiwarsde');

test('WikiWarsDE: times recall and value accuracy stay above the ratchet', { skip: !existsSync(dir) && 'shared/peer/wikiwarsde not present' }, (t) => {
  const docs = readWikiWarsDe(dir);
  assert.equal(docs.length, 22);
  const s = scoreWikiWars(docs);
  const floors = loadJson<Floors>('eval/times-floors.json').wikiwarsde;
  t.diagnostic(`WikiWarsDE in-scope gold ${s.gold}, found ${s.found}, correct ${s.correct}: recall ${(s.recall * 100).toFixed(1)} %, value accuracy ${(s.accuracy * 100).toFixed(1)} %; predictions ${s.predictions}, overlapping no gold ${s.spurious}`);
  assert.ok(s.gold > 1500, `only ${s.gold} in-scope gold expressions: reader broken?`);
  assert.ok(s.recall >= floors.recall, `recall ${s.recall.toFixed(4)} below floor ${floors.recall}`);
  assert.ok(s.accuracy >= floors.accuracy, `value accuracy ${s.accuracy.toFixed(4)} below floor ${floors.accuracy}`);
  // The targets, independent of the ratchet.
  assert.ok(s.recall >= 0.8 && s.accuracy >= 0.85);
});

test('WikiWarsDE reader maps gold spans onto the stripped text', { skip: !existsSync(dir) && 'shared/peer/wikiwarsde not present' }, () => {
  for (const doc of readWikiWarsDe(dir)) {
    assert.ok(doc.dct && /^\d{4}-\d{2}-\d{2}$/.test(doc.dct), `${doc.id}: no DCT`);
    assert.ok(!doc.text.includes('<TIMEX2'), `${doc.id}: tags left`);
    for (const g of doc.timexes) assert.equal(doc.text.slice(g.start, g.end), g.text);
  }
});
