// The knowledge base loads, validates and has the promised coverage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { germanGenitive, germanNounForms, germanPhraseForms, loadKnowledgeBase, validateEntities } from '../../src/kb/load.js';
import { kbStats } from '../../src/kb/stats.js';
import { checkPerson, dateInterval, loadPeopleDir, resolveDatedCode } from '../../src/kb/people.js';
import { generateCountries } from '../../src/kb/generate/countries.js';
import { loadJson } from '../../src/util/data.js';
import { actorKey } from '../../src/extract/actors.js';

const kb = loadKnowledgeBase();

test('knowledge base validates and covers countries, IGOs, roles, names in both languages', () => {
  assert.deepEqual(validateEntities(kb.entities), []);
  const s = kbStats(kb);
  assert.ok(s.countries >= 249, `countries ${s.countries}`);
  assert.ok(s.igos >= 60, `igos ${s.igos}`);
  assert.ok(s.roles >= 40, `roles ${s.roles}`);
  assert.ok(s.seats >= 60, `seats ${s.seats}`);
  assert.ok(s.names.de > 1000 && s.names.en > 1000);
});

test('every entity has a stable, unique id with a type prefix', () => {
  const ids = new Set<string>();
  for (const e of kb.entities) {
    if (e.type === 'block') continue;
    assert.match(e.id, /^(kb\.(country|capital|seat|region|igo|group|media|role|ethnic)\.|person\.)/, e.id);
    assert.ok(!ids.has(e.id), `duplicate ${e.id}`);
    ids.add(e.id);
  }
});

test('generated country base matches ICU and the checked-in file', () => {
  const fresh = generateCountries();
  const file = loadJson<Array<{ code: string; names: { de: string[]; en: string[] } }>>('src/kb/countries.generated.json');
  assert.equal(fresh.length, file.length);
  const ru = file.find((c) => c.code === 'RUS')!;
  assert.ok(ru.names.de.includes('Russland') && ru.names.en.includes('Russia'));
  const codes = new Set(file.map((c) => c.code));
  assert.equal(codes.size, file.length, 'CAMEO codes unique');
});

test('curated country entries refer to generated codes', () => {
  const cur = loadJson<Record<string, unknown>>('src/kb/countries.json');
  const codes = new Set(loadJson<Array<{ code: string }>>('src/kb/countries.generated.json').map((c) => c.code));
  for (const k of Object.keys(cur)) if (!k.startsWith('_')) assert.ok(codes.has(k), `unknown country ${k}`);
});

test('German inflection helpers', () => {
  assert.equal(germanGenitive('Russland'), 'Russlands');
  assert.equal(germanGenitive('Vereinigte Staaten'), null);
  assert.deepEqual(germanNounForms('Rat|,es,e', false), ['Rat', 'Rates', 'Rate']);
  assert.ok(germanNounForms('Präsident', true).includes('Präsidentin'));
  assert.ok(germanPhraseForms('Vereinigtes Königreich').includes('Vereinigten Königreichs'));
  assert.ok(germanPhraseForms('Weißes Haus').includes('Weißen Hauses'));
  assert.equal(germanGenitive('Kreuz'), 'Kreuzes');
});

test('people files validate (the list is maintained separately)', () => {
  const people = loadPeopleDir();
  for (const p of people) assert.deepEqual(checkPerson(p), [], p.id);
  assert.deepEqual(checkPerson({ id: 'x', name: '', codes: [{ code: 'usagov', from: '2020-13-01' }] }).length >= 3, true);
});

const datedCases: Array<[string | null, string]> = [
  ['2024-06', 'IGOWSTNAT'], ['2024-09-30', 'IGOWSTNAT'], ['2024-10-01', 'NORELI'], ['2024-10', 'NORELI'],
  ['2012-05-01', 'NORGOV'], ['2025-03', 'NORGOV'], ['2014', 'IGOWSTNAT'], [null, 'NORGOV'], ['1990', 'NORELI'],
];
test('dated codes resolve against the document date', () => {
  const codes = [{ code: 'NORGOV', from: '2005-10-17', to: '2013-10-16' }, { code: 'IGOWSTNAT', from: '2014-10-01', to: '2024-09-30' }, { code: 'NORGOV', from: '2025-02-04' }];
  for (const [date, want] of datedCases) assert.equal(resolveDatedCode(codes, date, 'NORELI'), want, String(date));
  assert.equal(resolveDatedCode(codes, '1990'), 'NORGOV', 'no default: nearest range');
  assert.deepEqual(dateInterval('2024-02'), ['2024-02-01', '2024-02-29']);
  assert.equal(dateInterval('garbage'), null);
});

test('actorKey', () => {
  assert.equal(actorKey('IGOWSTNAT'), 'NAT');
  assert.equal(actorKey('IGOUNO'), 'UNO');
  assert.equal(actorKey('USAGOV'), 'USA');
  assert.equal(actorKey('WST'), 'WST');
});
