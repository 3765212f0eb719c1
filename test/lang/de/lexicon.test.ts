import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nounForms, verbForms } from '../../../src/lang/de/morphology.js';
import { checkLexicon } from '../lexicon-checks.js';

const { all } = checkLexicon('de');

test('German nouns are capitalised and say whether they head compounds; verbs are infinitives', () => {
  for (const e of all) {
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
