// The compiled `when`/`requires` lists (clause-words.ts) must give the word-by-word rule's answers:
// a word matches a form it equals or starts, five letters or more one it occurs in, "fund$" only the whole form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { addList, firstListWord, listWordsOf, newListDictionary, wordMatches } from '../../../src/extract/events/clause-words.js';
import { getPack } from '../../../src/lang/pack.js';
import { tokenize } from '../../../src/text/segment.js';
import { dataPath } from '../../../src/util/data.js';

type Row = [list: string[], form: string, expected: string | null];

const ROWS: Row[] = [
  // five letters or more: anywhere in the form
  [['panzer', 'geld'], 'kampfpanzern', 'panzer'],
  [['raketen'], 'langstreckenraketen', 'raketen'],
  // shorter: only at the start
  [['geld', 'öl'], 'geldgeber', 'geld'],
  [['geld'], 'schwarzgeld', null],
  [['oil'], 'oilfield', 'oil'],
  [['oil'], 'spoil', null],
  // "$": the whole form only (the answer is the list word as written)
  [['fund$'], 'fund', 'fund$'],
  [['fund$'], 'funds', null],
  [['arms$', 'armoured'], 'armoured', 'armoured'],
  // several words match: list order decides
  [['waffen', 'waf'], 'waffenlieferung', 'waffen'],
  [['waf', 'waffen'], 'waffenlieferung', 'waf'],
  [['truppen', 'bodentruppen'], 'bodentruppen', 'truppen'],
  [[], 'anything', null],
];

test('a form matches the first list word the rule allows', () => {
  const dict = newListDictionary();
  for (const [list, form, expected] of ROWS) {
    const compiled = addList(dict, list);
    assert.equal(firstListWord(compiled, listWordsOf(dict, form)), expected, `${form} in [${list.join(', ')}]`);
  }
});

test('a list array is compiled once', () => {
  const dict = newListDictionary();
  const list = ['hilfe', 'aid'];
  assert.equal(addList(dict, list), addList(dict, list));
  assert.equal(dict.words.length, 2);
});

test('the lexicon lists give the word-by-word answers for the forms of the example texts', () => {
  const forms = new Set<string>();
  const dir = dataPath('examples');
  for (const file of readdirSync(dir)) if (file.endsWith('.txt')) for (const t of tokenize(readFileSync(`${dir}/${file}`, 'utf8'))) forms.add(t.norm);
  for (const lang of ['de', 'en']) {
    const pack = getPack(lang)!;
    const dict = newListDictionary();
    const lists: string[][] = [];
    for (const e of pack.triggers) {
      if (e.requires) lists.push(e.requires);
      for (const w of e.when ?? []) lists.push(w.near);
    }
    for (const l of lists) addList(dict, l);
    // The lexicon's own words and their extensions as forms too: every word matches itself or its base.
    const probe = new Set(forms);
    for (const w of dict.words) { const base = w.replace(/\$$/, ''); probe.add(base); probe.add(base + 'en'); probe.add('ge' + base); }
    const matching = new Map<string, readonly number[]>();
    for (const form of probe) {
      const ids = listWordsOf(dict, form);
      const got = new Set(ids.map((id) => dict.words[id]));
      const want = new Set(dict.words.filter((w) => wordMatches(form, w)));
      assert.deepEqual(got, want, `${lang} ${form}`);
      if (ids.length) matching.set(form, ids);
    }
    assert.ok(matching.size > 100, `${lang}: ${matching.size} forms match list words`);
    // And a list's answer for a form is its first word in list order that the form matches (every 10th list).
    for (const l of lists.filter((_, i) => i % 10 === 0)) {
      const compiled = addList(dict, l);
      for (const [form, ids] of matching) {
        assert.equal(firstListWord(compiled, ids), l.find((w) => wordMatches(form, w)) ?? null, `${lang} ${form}`);
      }
    }
  }
});
