// Regression table for the event coder's mechanisms (clauses, frames, control, status).
// Each row: [lang, text, date, expected events as "SRC CAMEO-ROOT TGT status"] — keys as in the gold
// (IGOs by their last three letters), "-" for no target. Expected lists are complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/extract/pipeline.js';
import { actorKey } from '../../../src/model/actor-key.js';

type Row = [lang: string, text: string, date: string, expected: string[]];

const ROWS: Row[] = [
  // control: the accused act's actor is the accusation's object
  ['de', 'Die Regierung in Kiew wirft Moskau vor, Getreide aus besetzten Gebieten gestohlen zu haben.', '2024-05-02', ['UKR 11 RUS asserted']],
  ['en', 'Washington accused Tehran of supplying drones to Moscow.', '2024-05-02', ['USA 11 IRN asserted', 'IRN 07 RUS alleged']],
  // passive with agent, and the subject as patient
  ['de', 'Der Konvoi wurde von israelischen Soldaten angegriffen.', '2024-05-02', ['ISR 19 - asserted']],
  ['en', 'The embassy in Kabul was attacked by Taliban fighters.', '2024-05-02', ['AFG 19 AFG asserted']],
  // reported content is alleged unless the speaker speaks for itself
  ['de', 'Laut dem ukrainischen Generalstab griff Russland in der Nacht Odessa an.', '2024-05-02', ['RUS 19 UKR alleged']],
  ['en', 'Russia attacked Ukrainian ports overnight, Kyiv said.', '2024-05-02', ['RUS 19 UKR alleged']],
  // coordinated subjects give one event each
  ['de', 'Frankreich, Italien und Spanien verurteilten den Angriff auf Israel scharf.', '2024-05-02', ['FRA 11 - asserted', 'ITA 11 - asserted', 'ESP 11 - asserted']],
  // "zwischen X und Y": one event per pair with the first as source
  ['de', 'Die Gespräche zwischen Armenien und Aserbaidschan wurden in Washington fortgesetzt.', '2024-05-02', ['ARM 04 AZE asserted']],
  // status: question, negation, modal, future
  ['en', 'Will China impose sanctions on Lithuania?', '2024-05-02', ['CHN 16 LTU question']],
  ['de', 'Polen hat keine Truppen in die Ukraine entsandt.', '2024-05-02', ['POL 15 UKR negated']],
  ['en', 'Germany could send more tanks to Ukraine.', '2024-05-02', ['DEU 07 UKR hypothetical']],
  // an announced cooperative act is the intent to do it (03x), CAMEO's speech act
  ['de', 'Außenministerin Baerbock wird nächste Woche nach Kiew reisen.', '2024-05-02', ['DEU 03 UKR asserted']],
  ['de', 'Russland soll die Stadt mit Raketen angegriffen haben.', '2024-05-02', ['RUS 19 - alleged']],
  // demand from a modal of obligation in reported content; the demanded act is not coded
  ['en', 'The European Union said that Israel must allow aid into Gaza.', '2024-05-02', ['EEC 10 ISR asserted']],
  // a bare statement yields to what it reports
  ['de', 'Stoltenberg sagte, Russland habe die Ukraine angegriffen.', '2023-05-02', ['RUS 19 UKR alleged']],
  // sentences without events
  ['de', 'Das Wetter in Berlin bleibt wechselhaft.', '2024-05-02', []],
  ['en', 'The museum reopened after renovation.', '2024-05-02', []],
];

function describe(lang: string, text: string, date: string): string[] {
  return analyze({ id: 't', text, date, lang }).events.map((e) =>
    `${e.source ? actorKey(e.source.code) : '-'} ${e.cameo.slice(0, 2)} ${e.target ? actorKey(e.target.code) : '-'} ${e.status}`).sort();
}

for (const [lang, text, date, expected] of ROWS) {
  test(`${lang}: ${text}`, () => {
    assert.deepEqual(describe(lang, text, date), [...expected].sort());
  });
}

test('every event names its trigger entry, frame and status cue', () => {
  const a = analyze({ id: 't', text: 'Russland soll die Stadt angegriffen haben.', date: '2024-05-02', lang: 'de' });
  assert.equal(a.events.length, 1);
  const e = a.events[0];
  assert.match(e.rule, /^de\.verb\.angreifen\+frame\.subj-/);
  assert.equal(e.statusCue?.text, 'soll');
  assert.equal(a.doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
});
