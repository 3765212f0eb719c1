import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentText, GoldError, loadGold, parseGold } from '../../src/eval/gold.js';
import { dataPath } from '../../src/util/data.js';

const DATED: Array<[string, string, string | null, string | undefined]> = [
  [' date 2024-06 Gipfel in Rom\n\nDie Minister trafen sich.', 'Gipfel in Rom\n\nDie Minister trafen sich.', '2024-06', 'Gipfel in Rom'],
  ['date 2023-11-02 Talks end\r\n\r\nBody.', 'Talks end\r\n\r\nBody.', '2023-11-02', 'Talks end'],
  ['\ufeff date 2022 Title only', 'Title only', '2022', 'Title only'],
  ['No header here.\nSecond line.', 'No header here.\nSecond line.', null, undefined],
];

test('dated archive files: the date header is dropped, title and body kept', () => {
  for (const [raw, text, date, title] of DATED) assert.deepEqual(documentText(raw), { text, date, ...(title ? { title } : {}) }, raw);
  assert.throws(() => documentText(' date 2024-13 Broken\n\nBody.'), GoldError);
});

const BAD: Array<[string, RegExp]> = [
  ['not json', /not valid JSON/],
  ['{"docs": []}', /expected/],
  ['{"documents": [{"body": "x"}]}', /'id'/],
  ['{"documents": [{"id": "a"}]}', /'text'.*'body'/],
  ['{"documents": [{"id": "a", "body": "x", "events": [{"source": ["USA"]}]}]}', /events\[0\].*'at'/],
  ['{"documents": [{"id": "a", "body": "x", "events": [{"at": "x", "source": [], "target": [], "cameo": [], "status": []}]}]}', /empty list/],
  ['{"documents": [{"id": "a", "text": "missing/file.txt"}]}', /cannot read text/],
];

test('malformed gold files are errors that name the place', () => {
  for (const [json, msg] of BAD) assert.throws(() => parseGold(json, '/tmp/gold/x.json'), (e: Error) => e instanceof GoldError && msg.test(e.message), json);
});

test('the shared gold files load, their text resolved from the shared folder', () => {
  const seed = loadGold(dataPath('../shared/gold/seed.gold.json'));
  assert.equal(seed.name, 'seed.gold.json');
  assert.ok(seed.docs[0].doc.text.length > 1000);
  assert.equal(seed.docs[0].doc.date, seed.docs[0].date);
  assert.ok(!seed.docs[0].doc.text.startsWith(' date'));
  const dev = loadGold(dataPath('../shared/gold/plover-gsr-dev.json'));
  assert.ok(dev.docs.length > 100);
  assert.ok(dev.docs.every((d) => !d.exhaustive));
  // every `at` of the gold is found verbatim in the document as built
  for (const d of [...seed.docs, ...dev.docs]) for (const e of d.events) assert.ok(d.doc.text.includes(e.at), `${d.id}: ${e.at}`);
});
