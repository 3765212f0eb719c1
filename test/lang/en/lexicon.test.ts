import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dataPath, loadJson } from '../../../src/util/data.js';
import type { TriggerEntry } from '../../../src/lang/lexicon.js';
import { nounForms, verbForms } from '../../../src/lang/en/morphology.js';
import { getPack } from '../../../src/lang/pack.js';
import { SLOT_NAMES } from '../../../src/lang/lexicon.js';

interface Cues { prepositions: Record<string, string> }

const DIR = 'src/lang/en';
const files = readdirSync(dataPath(DIR)).filter((f) => /^triggers.*\.json$/.test(f)).sort();
const byFile = files.map((f) => ({ file: f, entries: loadJson<TriggerEntry[]>(`${DIR}/${f}`) }));
const all = byFile.flatMap((f) => f.entries);
const cues = loadJson<Cues>(`${DIR}/cues.json`);
const PREPS = new Set(Object.values(cues.prepositions));
const STATUSES = new Set(['alleged', 'hypothetical', 'future', 'negated', 'question']);
const POS = new Set(['verb', 'noun', 'phrase', 'adj']);
const get = (id: string) => all.find((e) => e.id === id);

function isSlot(s: string): boolean {
  if (SLOT_NAMES.includes(s)) return true;
  return s.startsWith('pp:') && PREPS.has(s.slice(3));
}

test('one file per CAMEO root 01–20, entries in their root file', () => {
  assert.ok(files.every((f) => /^triggers-\d\d-[a-z-]+\.json$/.test(f)), files.join(' '));
  assert.deepEqual(files.map((f) => f.slice(9, 11)), Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  for (const { file, entries } of byFile) for (const e of entries) assert.equal(e.cameo.slice(0, 2), file.slice(9, 11), `${e.id} in ${file}`);
});

test('every root has at least 15 entries, at least 850 in all', () => {
  for (const { file, entries } of byFile) assert.ok(entries.length >= 15, `${file}: ${entries.length}`);
  assert.ok(all.length >= 850, `${all.length} entries`);
});

test('ids are unique and follow en.<pos>.<lemma>[.<sense>]', () => {
  const seen = new Set<string>();
  for (const e of all) {
    assert.ok(!seen.has(e.id), `duplicate ${e.id}`);
    seen.add(e.id);
    assert.ok(POS.has(e.pos), e.id);
    const key = e.lemma.toLowerCase().replace(/\s+/g, '-');
    assert.ok(e.id === `en.${e.pos}.${key}` || e.id.startsWith(`en.${e.pos}.${key}.`), e.id);
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
    if (e.control) assert.ok(e.control === 'obj' || e.control === 'subj', e.id);
    // Context words are compared with single tokens: a space would never match.
    const words = [...(e.requires ?? []), ...(e.when ?? []).flatMap((w) => w.near)];
    for (const w of words) assert.match(w, /^[\p{Ll}\d-]+$/u, `${e.id}: near/requires item "${w}"`);
    for (const w of e.when ?? []) assert.ok(w.near.length > 0, `${e.id}: empty when`);
    if (e.pos === 'verb') assert.match(e.lemma, /^[\p{Ll}-]+$/u, `${e.id}: verb lemma is one lower-case base form`);
    if (e.pos === 'noun' || e.pos === 'adj') assert.doesNotMatch(e.lemma, /\s/, `${e.id}: multi-word entries are phrases`);
  }
});

test('every verb has base, finite, participle and -ing forms from verbForms()', () => {
  for (const e of all.filter((x) => x.pos === 'verb')) {
    const forms = verbForms(e.lemma, e.irregular);
    assert.ok(forms.some((f) => f.kind === 'inf' && f.form === e.lemma), `${e.lemma}: inf`);
    assert.ok(forms.some((f) => f.kind === 'fin' && f.tense === 'past'), `${e.lemma}: past`);
    assert.ok(forms.some((f) => f.kind === 'pa2'), `${e.lemma}: participle`);
    assert.ok(forms.some((f) => f.kind === 'ing'), `${e.lemma}: -ing`);
  }
});

test('irregular verbs inflect from the table', () => {
  const forms = (l: string) => verbForms(l).map((f) => f.form);
  for (const [lemma, form] of [['seek', 'sought'], ['withdraw', 'withdrawn'], ['overrun', 'overran'], ['retake', 'retook'], ['shoot', 'shot'], ['beat up', 'beaten up']]) {
    assert.ok(forms(lemma).includes(form), `${lemma} → ${form}`);
  }
});

test('every noun lemma declines to itself and a plural', () => {
  for (const e of all.filter((x) => x.pos === 'noun')) {
    const f = nounForms(e.lemma);
    assert.ok(f.includes(e.lemma.toLowerCase()), e.id);
  }
  assert.ok(nounForms('sanction').includes('sanctions'));
});

test('speech verbs are statements; embedding verbs set the complement status', () => {
  for (const id of ['en.verb.say', 'en.verb.tell', 'en.verb.announce', 'en.verb.add', 'en.verb.note', 'en.verb.state']) {
    assert.equal(get(id)?.speech, true, id);
    assert.equal(get(id)?.cameo, '010', id);
  }
  assert.equal(get('en.verb.accuse')?.embeds, 'alleged');
  assert.equal(get('en.verb.accuse')?.control, 'obj');
  assert.equal(get('en.verb.blame')?.control, 'obj');
  assert.equal(get('en.verb.fear')?.embeds, 'hypothetical');
  assert.equal(get('en.verb.suspect')?.embeds ?? get('en.verb.believe')?.embeds, 'hypothetical');
  assert.equal(get('en.verb.pledge')?.embeds, 'future');
  assert.equal(get('en.verb.deny')?.embeds, 'negated');
  assert.equal(get('en.verb.ask')?.embeds, 'question');
});

test('key codes: the CAMEO conventions the issue names', () => {
  const code = (id: string) => get(id)?.cameo;
  assert.equal(code('en.verb.accuse'), '112');
  assert.equal(code('en.verb.visit'), '042');
  assert.equal(code('en.noun.talks'), '046');
  assert.equal(code('en.noun.airstrike'), '195');
  assert.equal(code('en.verb.arrest'), '173');
  assert.equal(code('en.verb.protest'), '141');
  assert.equal(code('en.adj.concerned'), '012');
  assert.equal(code('en.noun.sanction'), '163');
  const threaten = get('en.verb.threaten')!;
  assert.equal(threaten.when?.find((w) => w.near.includes('sanction'))?.cameo, '1312');
  const supply = get('en.verb.supply')!;
  assert.equal(supply.when?.find((w) => w.near.includes('weapon'))?.cameo, '072');
  assert.equal(supply.when?.find((w) => w.near.includes('food'))?.cameo, '073');
  assert.equal(supply.when?.find((w) => w.near.includes('loan'))?.cameo, '071');
  assert.equal(get('en.verb.impose')?.when?.find((w) => w.near.includes('sanction'))?.cameo, '163');
});

test('the pack loads the English lexicon and indexes inflected forms', () => {
  const pack = getPack('en')!;
  assert.equal(pack.triggers.length, all.length);
  const forms = pack.verbForms(get('en.verb.withdraw')!).map((f) => f.form);
  for (const f of ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing']) assert.ok(forms.includes(f), f);
});
