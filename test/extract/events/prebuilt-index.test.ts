// The prebuilt trigger index (src/extract/events/prebuilt-index.ts) must be exactly what compiling the
// lexicon gives: the same Maps in the same insertion order, the same entry objects, the same shapes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { getPack, isBuiltinPack, type LanguagePack } from '../../../src/lang/pack.js';
import { compileTriggerIndex, type PhraseRule, type TriggerIndex } from '../../../src/extract/events/trigger-index.js';
import { decodeTriggerIndex, encodeTriggerIndex, INDEX_CODE_ROOTS, prebuiltIndexCurrent, readPrebuiltIndex, writePrebuiltIndex } from '../../../src/extract/events/prebuilt-index.js';
import { sourceClosure } from '../../../src/util/generated-file.js';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-trigger-index-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const code = sourceClosure(INDEX_CODE_ROOTS);

/** Everything observable about an index, entries and shared objects by identity (numbered in order of appearance). */
function shape(index: TriggerIndex): unknown {
  const objects = new Map<object, number>();
  const ref = (o: object | null) => {
    if (o === null) return null;
    if (!objects.has(o)) objects.set(o, objects.size);
    return `#${objects.get(o)}`;
  };
  const rule = (r: PhraseRule) => ({
    id: ref(r), keys: Object.keys(r), entry: ref(r.entry), words: r.words.map((w) => [...w]), particles: r.particles.map((p) => [...p]),
    anchor: r.anchor, nouns: r.nouns, lists: ref(r.lists),
  });
  return {
    keys: Object.keys(index),
    single: [...index.single].map(([form, hits]) => [form, hits.map((h) => [Object.keys(h), ref(h.entry), h.kind, h.mood, h.particle, ref(h.lists)])]),
    heads: [...index.heads],
    phrases: [...index.phrases].map(([form, rules]) => [form, rules.map(rule)]),
    phraseHeads: [...index.phraseHeads],
    memos: [index.compoundMemo.size, index.phraseMemo.size, index.words.size],
    lists: {
      words: index.lists.words, ids: [...index.lists.ids], exact: [...index.lists.exact], prefix: [...index.lists.prefix], grams: [...index.lists.grams],
      lists: [...index.lists.lists].map(([list, compiled]) => [ref(list), ref(compiled), ref(compiled.words), compiled.ids]),
    },
    entryLists: [...index.entryLists].map(([entry, el]) => [ref(entry), ref(el), Object.keys(el), ref(el.requires), el.when?.map((w) => [ref(w.near), w.cameo]) ?? null]),
    complementTakers: [...index.complementTakers],
  };
}

for (const lang of ['de', 'en']) {
  const pack = getPack(lang)!;
  const compiled = compileTriggerIndex(pack);
  const file = join(dir, `triggers-${lang}.json`);
  writePrebuiltIndex(pack, compiled, code, file);

  test(`${lang}: the index read from the prebuilt file equals the compiled one`, () => {
    assert.ok(isBuiltinPack(pack));
    assert.ok(prebuiltIndexCurrent(lang, file));
    const read = readPrebuiltIndex(pack, file);
    assert.ok(read);
    assert.deepStrictEqual(shape(read), shape(compiled));
    // Entries are the pack's own objects, and the index answers as the compiled one does.
    const [form, hits] = [...read.single][0];
    assert.equal(hits[0].entry, pack.triggers.find((e) => e.id === hits[0].entry.id));
    assert.equal(read.takesComplement(form), compiled.takesComplement(form));
    for (const f of read.complementTakers) assert.ok(read.takesComplement(f));
  });
}

test('German separable verbs keep their detached forms and particles through the file', () => {
  const pack = getPack('de')!;
  const read = readPrebuiltIndex(pack, join(dir, 'triggers-de.json'))!;
  const detached = [...read.single.values()].flat().filter((h) => h.particle !== null);
  assert.ok(detached.length > 100);
  assert.ok(detached.every((h) => h.kind === 'fin' || h.kind === 'imp'));
  assert.ok([...read.single.values()].flat().some((h) => h.mood === 'kj1'));
});

test('a stale file, a file of other triggers or another pack is not used', () => {
  const pack = getPack('de')!;
  const text = readFileSync(join(dir, 'triggers-de.json'), 'latin1');
  const stale = join(dir, 'stale.json');
  writeFileSync(stale, text.replace(/"fingerprint":"[0-9a-f]+"/, '"fingerprint":"0000"'), 'latin1');
  assert.equal(prebuiltIndexCurrent('de', stale), false);
  assert.equal(readPrebuiltIndex(pack, stale), null);
  // A current German file is no index of the English triggers.
  assert.equal(prebuiltIndexCurrent('en', join(dir, 'triggers-de.json')), false);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, text.slice(0, text.length / 2), 'latin1');
  assert.equal(readPrebuiltIndex(pack, broken), null);
  assert.equal(readPrebuiltIndex(pack, join(dir, 'missing.json')), null);
  // Encoded for one list of triggers, decoded against another: refused.
  const enc = encodeTriggerIndex(pack, compileTriggerIndex(pack));
  const fewer: LanguagePack = { ...pack, triggers: pack.triggers.slice(1) };
  assert.equal(decodeTriggerIndex(fewer, enc), null);
  const renamed: LanguagePack = { ...pack, triggers: pack.triggers.map((e, i) => (i === 5 ? { ...e, id: `${e.id}.x` } : e)) };
  assert.equal(decodeTriggerIndex(renamed, enc), null);
  assert.equal(isBuiltinPack(fewer), false);
});

test('the fingerprint covers the code that expands the lexicon', () => {
  for (const f of ['src/extract/events/trigger-index.ts', 'src/extract/events/clause-words.ts', 'src/lang/pack.ts', 'src/lang/de/morphology.ts', 'src/lang/en/morphology.ts', 'src/lang/en/irregular-verbs.ts']) {
    assert.ok(code.includes(f), f);
  }
  assert.ok(!code.includes('src/lang/lexicon.ts'), 'type-only imports carry no code');
});
