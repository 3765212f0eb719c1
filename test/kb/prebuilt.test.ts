// The prebuilt knowledge base and lexicon (src/kb/prebuilt.ts, encodeLexicon in
// src/extract/actors/lexicon.ts) must give exactly what loading and compiling src/kb/ gives.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildKnowledgeBase } from '../../src/kb/load.js';
import { prebuiltCurrent, readPrebuilt, sourceClosure, takePrebuiltLexicon, writePrebuilt } from '../../src/kb/prebuilt.js';
import { compileLexicon, encodeLexicon, type Lexicon } from '../../src/extract/actors/lexicon.js';
import { deriveSets, derivedSets, isCountryCode, isEnglishDemonym } from '../../src/kb/derived.js';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-prebuilt-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'kb-lexicon.json');
const code = sourceClosure(['src/extract/actors/lexicon.ts']);
const built = buildKnowledgeBase();
const compiled = compileLexicon(built);
writePrebuilt(built, encodeLexicon(compiled), code, file);

test('the source closure covers the code that loads and compiles the KB', () => {
  for (const f of ['src/extract/actors/lexicon.ts', 'src/extract/actors/parts.ts', 'src/kb/load.ts', 'src/kb/people.ts', 'src/kb/places.ts', 'src/kb/normalize.ts', 'src/text/segment.ts']) {
    assert.ok(code.includes(f), f);
  }
  assert.ok(!code.includes('src/extract/context.ts'), 'type-only imports carry no code');
});

test('the KB read from the prebuilt file equals the one built from src/kb/', () => {
  assert.ok(prebuiltCurrent(file));
  const kb = readPrebuilt(file);
  assert.ok(kb);
  assert.deepStrictEqual(kb, built);
});

/** Structural equality of two lexicons, entity references compared by id (deepStrictEqual of every trie entry would repeat the entity each time). */
function sameLexicon(a: Lexicon, b: Lexicon): void {
  const strip = (l: Lexicon) => {
    const walk = (m: Lexicon['root']): unknown[] => [...m].map(([k, n]) => [k, n.entries?.map((x) => ({ ...x, entity: x.entity.id, keys: Object.keys(x) })) ?? null, n.next ? walk(n.next) : null]);
    const ids = <T>(m: Map<string, T>, f: (v: T) => unknown) => [...m].map(([k, v]) => [k, f(v)]);
    return {
      root: walk(l.root),
      heads: ids(l.heads, (e) => e.id),
      headEndings: l.headEndings,
      prefixes: ids(l.prefixes, (p) => [p.code, p.entity?.id ?? null, Object.keys(p)]),
      modifiers: l.modifiers,
      descKeys: l.descKeys,
      entities: ids(l.entities, (e) => e.id),
      surnames: ids(l.surnames, (list) => list.map((e) => e.id)),
      keys: Object.keys(l),
    };
  };
  assert.deepStrictEqual(strip(a), strip(b));
}

test('the decoded lexicon equals the compiled one, entities shared with its KB', () => {
  const kb = readPrebuilt(file)!;
  const lex = compileLexicon(kb);
  assert.equal(lex.kb, kb);
  sameLexicon(lex, compiled);
  // Every entity a trie entry names is the KB's own object (identity, not a copy).
  const own = new Set([...kb.entities, ...kb.places!]);
  const check = (m: Lexicon['root']): void => {
    for (const n of m.values()) {
      for (const x of n.entries ?? []) assert.ok(own.has(x.entity), x.entity.id);
      if (n.next) check(n.next);
    }
  };
  check(lex.root);
  for (const e of lex.entities.values()) assert.ok(own.has(e));
});

test('the prebuilt lexicon is used once, for the very KB object read with it', () => {
  const kb = readPrebuilt(file)!;
  assert.equal(takePrebuiltLexicon({ ...kb }), undefined);
  assert.notEqual(takePrebuiltLexicon(kb), undefined);
  assert.equal(takePrebuiltLexicon(kb), undefined);
  // Compiled again from names: still the same lexicon.
  sameLexicon(compileLexicon(kb), compiled);
});

test('a stale or broken file is not used', () => {
  const text = readFileSync(file, 'utf8');
  const stale = join(dir, 'stale.json');
  writeFileSync(stale, text.replace(/"fingerprint":"[0-9a-f]+"/, '"fingerprint":"0000"'));
  assert.equal(prebuiltCurrent(stale), false);
  assert.equal(readPrebuilt(stale), null);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, text.slice(0, text.length / 2));
  assert.equal(readPrebuilt(broken), null);
  assert.equal(readPrebuilt(join(dir, 'missing.json')), null);
});

test('root nodes of the prebuilt trie decode on first read, whichever field is read first', () => {
  const lex = compileLexicon(readPrebuilt(file)!);
  // Keys with children and entries: read `next` first here (the walk in sameLexicon reads `entries` first).
  const keys = [...compiled.root].filter(([, n]) => n.next && n.entries).map(([k]) => k).slice(0, 50);
  assert.ok(keys.length > 0);
  for (const k of keys) {
    const mine = lex.root.get(k)!;
    const theirs = compiled.root.get(k)!;
    assert.deepStrictEqual([...mine.next!.keys()], [...theirs.next!.keys()], k);
    assert.deepStrictEqual(mine.entries!.map((x) => [x.entity.id, x.form, x.lang, x.rank, [...x.caseReq]]), theirs.entries!.map((x) => [x.entity.id, x.form, x.lang, x.rank, [...x.caseReq]]), k);
    // Decoded once: the same objects on every read.
    assert.equal(mine.entries, lex.root.get(k)!.entries);
    assert.equal(mine.next, lex.root.get(k)!.next);
  }
  sameLexicon(lex, compiled);
});

test('places are decoded one by one when the trie first names them; kb.places lists the same objects', () => {
  const kb = readPrebuilt(file)!;
  const lex = compileLexicon(kb);
  // Nothing has asked for the list yet: it is still to be made.
  assert.equal(typeof Object.getOwnPropertyDescriptor(kb, 'places')!.get, 'function');
  // A root key whose entries include a place of the gazetteer (a place entry: no `ambiguous` key).
  const key = [...compiled.root].find(([, n]) => n.entries?.some((x) => !('ambiguous' in x)))![0];
  const place = lex.root.get(key)!.entries!.find((x) => !('ambiguous' in x))!.entity;
  assert.equal(place.type, 'place');
  assert.equal(typeof Object.getOwnPropertyDescriptor(kb, 'places')!.get, 'function');
  const places = kb.places!;
  assert.ok(places.includes(place), 'the list holds the very object the trie decoded');
  assert.equal(kb.places, places, 'made once');
  assert.deepStrictEqual(places, built.places);
  // Assignable like any property.
  kb.places = [];
  assert.deepEqual(kb.places, []);
});

test('a KB without places is stored and read as it is', () => {
  const bare = { ...built, places: undefined };
  delete bare.places;
  const path = join(dir, 'bare.json');
  const lex = compileLexicon(bare);
  writePrebuilt(bare, encodeLexicon(lex), code, path);
  const kb = readPrebuilt(path)!;
  assert.equal('places' in kb, false);
  assert.deepStrictEqual(kb, bare);
  sameLexicon(compileLexicon(kb), lex);
});

/** Whether the KB's list `key` is still to be made (an accessor property, not yet read). */
const pending = (kb: object, key: string) => typeof Object.getOwnPropertyDescriptor(kb, key)?.get === 'function';

test('a thread decodes no entity list to analyse: entities come one by one from the trie, surnames and stored sets', () => {
  const kb = readPrebuilt(file)!;
  const lex = compileLexicon(kb);
  // Names of a country, a role and a person, and a surname lookup ("President X").
  const person = built.entities.find((e) => e.type === 'person' && e.names.length > 1)!;
  const surname = [...compiled.surnames].find(([, list]) => list.includes(person))![0];
  const people = lex.surnames.get(surname)!;
  assert.deepEqual(people.map((e) => e.id), compiled.surnames.get(surname)!.map((e) => e.id));
  assert.equal(lex.surnames.get(surname), people, 'decoded once');
  assert.equal(lex.surnames.get('no-such-surname'), undefined);
  assert.ok(lex.surnames.has(surname));
  for (const key of ['russland', 'sprecher', surname]) for (const x of lex.root.get(key)?.entries ?? []) assert.ok(x.entity.id);
  // The sets the analysis derives from all entities are the stored ones.
  assert.equal(isCountryCode(kb, 'RUS'), true);
  assert.equal(isCountryCode(kb, 'RUSGOV'), false);
  assert.equal(isEnglishDemonym(kb, 'russian'), true);
  assert.equal(isEnglishDemonym(kb, 'russia'), false);
  assert.ok(pending(kb, 'entities') && pending(kb, 'places'), 'neither list was made');
  // Once made, the lists hold the very objects handed out before.
  assert.ok(kb.entities.some((e) => e.id === person.id));
  for (const e of people) assert.ok(kb.entities.includes(e));
  assert.deepStrictEqual(derivedSets(kb), deriveSets(built.entities));
  // The surname index, iterated, is the compiled one (lists handed out stay the same objects).
  assert.deepEqual([...lex.surnames].map(([k, list]) => [k, list.map((e) => e.id)]), [...compiled.surnames].map(([k, list]) => [k, list.map((e) => e.id)]));
  assert.equal(lex.surnames.get(surname), people);
});

test('the derived sets of a KB without stored ones are computed from its entities', () => {
  const own = { ...built, entities: built.entities.filter((e) => e.code !== 'RUS') };
  assert.equal(isCountryCode(own, 'RUS'), false);
  assert.equal(isCountryCode(own, 'UKR'), true);
  assert.equal(isCountryCode(built, 'RUS'), true);
});
