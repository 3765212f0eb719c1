import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nounForms, verbForms } from '../../../src/lang/en/morphology.js';
import { getPack } from '../../../src/lang/pack.js';

import { checkLexicon } from '../lexicon-checks.js';

const { all } = checkLexicon('en');
const get = (id: string) => all.find((e) => e.id === id);

test('English verbs are one lower-case base form; multi-word entries are phrases', () => {
  for (const e of all) {
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
