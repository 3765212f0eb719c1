import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dataPath, loadJson } from '../../../src/util/data.js';
import type { TriggerEntry } from '../../../src/lang/lexicon.js';
import { nounForms, verbForms } from '../../../src/lang/de/morphology.js';
import { SLOT_NAMES } from '../../../src/lang/lexicon.js';

interface Cues { prepositions: Record<string, string> }

const DIR = 'src/lang/de';
const files = readdirSync(dataPath(DIR)).filter((f) => /^triggers-\d\d-[a-z-]+\.json$/.test(f)).sort();
const byFile = files.map((f) => ({ file: f, entries: loadJson<TriggerEntry[]>(`${DIR}/${f}`) }));
const all = byFile.flatMap((f) => f.entries);
const cues = loadJson<Cues>(`${DIR}/cues.json`);
const PREPS = new Set(Object.values(cues.prepositions));
const STATUSES = new Set(['alleged', 'hypothetical', 'future', 'negated', 'question']);
const POS = new Set(['verb', 'noun', 'phrase', 'adj']);

function isSlot(s: string): boolean {
  if (SLOT_NAMES.includes(s)) return true;
  return s.startsWith('pp:') && PREPS.has(s.slice(3));
}

test('one file per CAMEO root, entries in their root file', () => {
  const roots = files.map((f) => f.slice(9, 11));
  assert.deepEqual(roots, Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  for (const { file, entries } of byFile) for (const e of entries) assert.equal(e.cameo.slice(0, 2), file.slice(9, 11), `${e.id} in ${file}`);
});

test('every root has at least 15 entries, at least 850 in all', () => {
  for (const { file, entries } of byFile) assert.ok(entries.length >= 15, `${file}: ${entries.length}`);
  assert.ok(all.length >= 850, `${all.length} entries`);
});

test('ids are unique and follow de.<pos>.<lemma>[.<sense>]', () => {
  const seen = new Set<string>();
  for (const e of all) {
    assert.ok(!seen.has(e.id), `duplicate ${e.id}`);
    seen.add(e.id);
    const key = e.lemma.toLowerCase().replace(/\s+/g, '-');
    assert.ok(e.id === `de.${e.pos}.${key}` || e.id.startsWith(`de.${e.pos}.${key}.`), e.id);
    assert.ok(POS.has(e.pos), e.id);
  }
});

test('CAMEO codes exist in the reference table', (t) => {
  const tsv = dataPath('../shared/peer/cameo/cameo-event-codes.tsv');
  if (!existsSync(tsv)) return t.skip('CAMEO table not available');
  const codes = new Set(readFileSync(tsv, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]).filter(Boolean));
  for (const e of all) {
    assert.ok(codes.has(e.cameo), `${e.id}: ${e.cameo}`);
    for (const w of e.when ?? []) assert.ok(codes.has(w.cameo), `${e.id} when: ${w.cameo}`);
  }
});

test('slots, statuses and context words are well-formed', () => {
  for (const e of all) {
    assert.ok(e.source.length > 0, `${e.id} has no source slot`);
    for (const s of [...e.source, ...e.target]) assert.ok(isSlot(s), `${e.id}: slot ${s}`);
    if (e.embeds) assert.ok(STATUSES.has(e.embeds), `${e.id}: embeds ${e.embeds}`);
    const words = [...(e.requires ?? []), ...(e.when ?? []).flatMap((w) => w.near)];
    for (const w of words) assert.match(w, /^[\p{Ll}\d-]+$/u, `${e.id}: near/requires item "${w}"`);
    for (const w of e.when ?? []) assert.ok(w.near.length > 0, `${e.id}: empty when`);
    if (e.pos === 'noun') {
      assert.equal(typeof e.compound, 'boolean', `${e.id}: compound`);
      assert.match(e.lemma, /^\p{Lu}/u, `${e.id}: nouns are capitalised`);
    }
    if (e.pos === 'verb') assert.match(e.lemma, /^\p{Ll}+$/u, `${e.id}: verb lemma is one lower-case infinitive`);
  }
});

test('every verb lemma has finite, infinitive and participle forms', () => {
  for (const e of all.filter((x) => x.pos === 'verb')) {
    const forms = verbForms(e.lemma);
    assert.ok(forms.some((f) => f.kind === 'inf' && f.form === e.lemma), `${e.lemma}: inf`);
    assert.ok(forms.some((f) => f.kind === 'fin'), `${e.lemma}: finite`);
    assert.ok(forms.some((f) => f.kind === 'pa2'), `${e.lemma}: participle`);
  }
});

test('every noun lemma declines to itself', () => {
  for (const e of all.filter((x) => x.pos === 'noun')) assert.ok(nounForms(e.lemma).includes(e.lemma.toLowerCase()), e.id);
});

test('speech verbs are statements; denials and accusations embed a status', () => {
  const get = (id: string) => all.find((e) => e.id === id);
  for (const id of ['de.verb.sagen', 'de.verb.erklären', 'de.verb.betonen', 'de.verb.mitteilen', 'de.verb.berichten']) {
    assert.equal(get(id)?.speech, true, id);
    assert.equal(get(id)?.cameo, '010', id);
  }
  assert.equal(get('de.verb.vorwerfen')?.embeds, 'alleged');
  assert.equal(get('de.verb.befürchten')?.embeds, 'hypothetical');
  assert.equal(get('de.verb.ankündigen')?.embeds, 'future');
  assert.equal(get('de.verb.dementieren')?.embeds, 'negated');
  assert.deepEqual(get('de.verb.erwerben')?.target, ['subj']);
});
