// Status cues of events: every cue is one literal { start, end, text, rule } whatever produced it (a clause
// cue, an attribution, a reported future), pointing at the words that carry the status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/extract/pipeline.js';

type Row = [lang: string, text: string, date: string, status: string, cueText: string, ruleEnd: string];

const ROWS: Row[] = [
  // "according to X": the attribution's cue, rule `<attribution rule>.content`
  ['en', 'According to Georgian officials, Russia shelled villages near Gori.', '2024-03-11', 'alleged', 'According to', '.content'],
  ['de', 'Laut der moldauischen Polizei beschoss Russland mehrere Dörfer.', '2024-03-11', 'alleged', 'Laut', '.content'],
  // reported speech about another actor: the verb of saying, reported indirectly
  ['en', 'Rwanda attacked Congolese positions, Kinshasa said.', '2024-03-11', 'alleged', 'said', '.indirect'],
  // a clause cue and the question mark
  ['en', 'Will Turkey attack Kurdish positions in Syria?', '2024-03-11', 'question', '?', 'status.question-mark'],
  ['de', 'Serbien hat keine Soldaten in den Kosovo geschickt.', '2024-03-11', 'negated', 'keine', ''],
];

for (const [lang, text, date, status, cueText, ruleEnd] of ROWS) {
  test(`${lang}: ${text}`, () => {
    const a = analyze({ id: 't', lang, date, text });
    const ev = a.events.find((e) => e.status === status);
    assert.ok(ev, `an event with status ${status}: ${JSON.stringify(a.events.map((e) => e.status))}`);
    const cue = ev.statusCue!;
    assert.deepEqual(Object.keys(cue), ['start', 'end', 'text', 'rule']);
    assert.equal(cue.text, cueText);
    assert.equal(text.slice(cue.start, cue.end), cueText);
    assert.ok(cue.rule.endsWith(ruleEnd), cue.rule);
  });
}
