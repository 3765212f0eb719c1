// The gazetteer's data: curated schema, generated file shape and size, no clash with actor names.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { partKey } from '../../src/kb/normalize.js';
import { validateCuratedPlaces, placeSlug, type CuratedPlace, type GeneratedPlaceRow } from '../../src/kb/places.js';
import { kbStats } from '../../src/kb/stats.js';
import { dataPath, loadJson } from '../../src/util/data.js';

const kb = loadKnowledgeBase();
const places = kb.places ?? [];
const curated = loadJson<{ _doc: string; places: CuratedPlace[] }>('src/kb/places.json');
const generated = loadJson<{ _doc: string; places: GeneratedPlaceRow[] }>('src/kb/places.generated.json');
const countryCodes = new Set(loadJson<Array<{ code: string }>>('src/kb/countries.generated.json').map((c) => c.code));
const key = (s: string) => s.split(/[\s-]+/).filter(Boolean).map(partKey).join(' ');

test('curated places validate against the documented schema', () => {
  assert.deepEqual(validateCuratedPlaces(curated.places), []);
  assert.ok(curated.places.length >= 300, `curated ${curated.places.length}`);
  for (const p of curated.places) assert.ok(countryCodes.has(p.code), `${p.id}: unknown country ${p.code}`);
  assert.ok(curated.places.some((p) => p.type === 'region') && curated.places.some((p) => p.type === 'city'));
});

test('the validator rejects malformed entries', () => {
  const bad = [
    { id: 'place.x', code: 'UKR', type: 'city', names: { en: ['X'] } },
    { id: 'kb.place.y', code: 'Ukraine', type: 'town', names: { fr: ['Y'] } },
    { id: 'kb.place.z', code: 'UKR', type: 'city', names: { en: [] } },
    { id: 'kb.place.z', code: 'UKR', type: 'city', names: { en: ['lower'] }, extra: 1 },
  ];
  const errs = validateCuratedPlaces(bad).join('\n');
  for (const m of ['id must be', 'code must be', 'type must be', 'unknown names key', 'no names', 'duplicate id', 'bad name', 'unknown field']) assert.ok(errs.includes(m), m);
  assert.deepEqual(validateCuratedPlaces('nope'), ['places must be an array']);
});

test('generated places: attribution, shape, size, known countries', () => {
  assert.match(generated._doc, /GeoNames/);
  assert.match(generated._doc, /CC BY 4\.0/);
  assert.ok(statSync(dataPath('src/kb/places.generated.json')).size < 1.5 * 1024 * 1024);
  assert.ok(generated.places.length > 5000, `generated ${generated.places.length}`);
  const ids = new Set<string>();
  for (const g of generated.places) {
    assert.match(g.id, /^kb\.place\.[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(!ids.has(g.id), `duplicate ${g.id}`);
    ids.add(g.id);
    assert.ok(countryCodes.has(g.code), `${g.id}: ${g.code}`);
    assert.ok(g.pop >= 50_000, `${g.id}: ${g.pop}`);
  }
  // Dropped on purpose: German words, English words, first names and surnames.
  const names = new Set(generated.places.map((g) => g.name));
  for (const n of ['Essen', 'Halle', 'Bergen', 'Siegen', 'Mobile', 'Reading', 'Bath', 'Nice', 'Split', 'Jackson', 'Charlotte', 'Madison', 'Batman']) assert.ok(!names.has(n), n);
  for (const n of ['Houston', 'Detroit', 'Kassel', 'Mainz', 'Kobe']) assert.ok(names.has(n), n);
});

test('place ids are stable slugs, unique across curated and generated', () => {
  assert.equal(placeSlug('Khan Younis'), 'khan-younis');
  assert.equal(placeSlug('Saporischschja'), 'saporischschja');
  assert.equal(placeSlug('São Paulo'), 'sao-paulo');
  const ids = new Set<string>();
  for (const p of places) {
    assert.ok(!ids.has(p.id), `duplicate ${p.id}`);
    ids.add(p.id);
    assert.equal(p.type, 'place');
    assert.equal(p.kind, 'location');
  }
  assert.equal(places.find((p) => p.id === 'kb.place.kherson')?.code, 'UKR');
  assert.equal(places.find((p) => p.id === 'kb.place.jenin')?.code, 'PSE');
  assert.equal(places.find((p) => p.id === 'kb.place.basra')?.code, 'IRQ');
});

test('no place name (genitive included) repeats an actor name of the knowledge base', () => {
  const actorNames = new Map<string, string>();
  for (const e of kb.entities) for (const n of e.names) actorNames.set(key(n.text), e.id);
  const clashes: string[] = [];
  for (const p of places) for (const n of p.names) if (actorNames.has(key(n.text))) clashes.push(`${p.id}: ${n.text} = ${actorNames.get(key(n.text))}`);
  assert.deepEqual(clashes, []);
});

test('German genitive only where natural: cities yes, regions no', () => {
  const names = (id: string) => places.find((p) => p.id === id)!.names.map((n) => n.text);
  assert.ok(names('kb.place.kharkiv').includes('Charkiws'));
  assert.ok(!names('kb.place.crimea').includes('Krims'));
  assert.ok(!names('kb.place.hama').includes('Hamas'));
});

test('kb stats counts places', () => {
  const s = kbStats(kb);
  assert.equal(s.places, places.length);
  assert.ok(s.places > 5000);
});
