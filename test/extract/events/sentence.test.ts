// The sentence frame's trigger matches: `when` refinements set the CAMEO code and the refining word, and every
// match (refined or not, single word or phrase) has the same keys in the same order — one object shape, which
// keeps the coder's reads of them monomorphic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/text/segment.js';
import { getPack } from '../../../src/lang/pack.js';
import { buildTriggerIndex } from '../../../src/extract/events/trigger-index.js';
import { clauseCues } from '../../../src/extract/events/clauses.js';
import { buildFrame, type TriggerMatch } from '../../../src/extract/events/sentence.js';

function triggers(lang: string, text: string): TriggerMatch[] {
  const pack = getPack(lang)!;
  const tokens = tokenize(text);
  const cues = {
    clause: clauseCues(pack),
    group: { prepositions: pack.cues.prepositions, determiners: new Set(pack.cues.determiners), coordinators: new Set(pack.cues.coordinators) },
  };
  return buildFrame(0, 0, tokens.length, tokens, [], pack, buildTriggerIndex(pack), cues, new Set()).triggers;
}

const KEYS = ['entry', 'kind', 'mood', 'tok', 'first', 'last', 'clause', 'cameo', 'infinitiveToo', 'refinedBy'];

// [lang, text, lemma of a trigger, expected cameo, expected refining word]
const rows: Array<[string, string, string, string, string | null]> = [
  ['en', 'Egypt sent a warning of retaliation to the militia.', 'warning', '130', 'retaliat'],
  ['en', 'The ministry published a warning about icy roads.', 'warning', '012', null],
];

for (const [lang, text, lemma, cameo, refinedBy] of rows) {
  test(`refinement (${lang}): ${text}`, () => {
    const ms = triggers(lang, text);
    const m = ms.find((x) => x.entry.lemma === lemma);
    assert.ok(m, `no trigger "${lemma}"`);
    assert.equal(m.cameo, cameo);
    assert.equal(m.refinedBy, refinedBy);
  });
}

// Refined and plain single words, a phrase, a German verb with its mood.
const shapes: Array<[string, string]> = [
  ['en', 'The general issued a stern warning of retaliation to the militia.'],
  ['en', 'Both delegations failed to reach agreement about fishing rights.'],
  ['de', 'Die Regierung drohte mit Vergeltung und kritisierte die Miliz scharf.'],
];

for (const [lang, text] of shapes) {
  test(`one match shape (${lang}): ${text}`, () => {
    const ms = triggers(lang, text);
    assert.ok(ms.length > 0);
    for (const m of ms) assert.deepEqual(Object.keys(m), KEYS);
  });
}
