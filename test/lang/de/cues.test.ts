import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadJson } from '../../../src/util/data.js';

interface StatusCue { id: string; words: string[]; status: string; scope: string; alt?: Array<{ when: string; status: string }> }
interface Cues {
  subordinators: string[]; relativePronouns: string[]; coordinators: string[];
  prepositions: Record<string, string>; statusCues: StatusCue[]; pronouns: Record<string, string>; determiners: string[];
}

const cues = loadJson<Cues>('src/lang/de/cues.json');

test('cue lists are lower-case word lists', () => {
  for (const list of [cues.subordinators, cues.relativePronouns, cues.coordinators, cues.determiners]) {
    assert.ok(list.length > 0);
    for (const w of list) assert.equal(w, w.toLowerCase());
  }
  for (const w of ['dass', 'ob', 'weil', 'nachdem']) assert.ok(cues.subordinators.includes(w), w);
  for (const [form, prep] of [['im', 'in'], ['zur', 'zu'], ['vom', 'von'], ['beim', 'bei']]) assert.equal(cues.prepositions[form], prep);
});

test('status cues are well-formed', () => {
  const ids = new Set<string>();
  for (const c of cues.statusCues) {
    assert.ok(c.id.startsWith('de.cue.') && !ids.has(c.id), c.id);
    ids.add(c.id);
    assert.ok(['negated', 'hypothetical', 'future', 'alleged', 'question'].includes(c.status), c.id);
    assert.ok(['clause', 'next-noun', 'sentence'].includes(c.scope), c.id);
    assert.ok(c.words.length > 0 && c.words.every((w) => w === w.toLowerCase()), c.id);
    for (const a of c.alt ?? []) {
      assert.ok(['perfect-infinitive', 'passive'].includes(a.when), `${c.id}: ${a.when}`);
      assert.ok(['asserted', 'alleged', 'hypothetical', 'future', 'negated'].includes(a.status), `${c.id}: ${a.status}`);
    }
  }
});

test('news-German traps are encoded', () => {
  const cue = (w: string) => cues.statusCues.find((c) => c.words.includes(w));
  assert.equal(cue('nicht')?.status, 'negated');
  assert.equal(cue('keine')?.scope, 'next-noun');
  assert.equal(cue('mögliche')?.status, 'hypothetical');
  // "soll … geliefert haben" is a report (alleged), "soll … demonstrieren" a plan (future)
  assert.equal(cue('soll')?.status, 'future');
  assert.deepEqual(cue('soll')?.alt?.find((a) => a.when === 'perfect-infinitive')?.status, 'alleged');
  // "wird angegriffen" (present passive) is not future
  assert.equal(cue('wird')?.alt?.find((a) => a.when === 'passive')?.status, 'asserted');
  assert.equal(cue('?')?.status, 'question');
});
