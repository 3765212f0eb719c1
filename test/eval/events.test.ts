import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGold, type FileReport } from '../../src/eval/run.js';
import { analysis, event, goldOf, type PredSpec } from './fixtures.js';

type G = Record<string, unknown>;

function score(body: string, gold: G[], preds: PredSpec[], exhaustive = true): FileReport {
  const g = goldOf(body, { events: gold.map((e) => ({ status: ['asserted'], plover: null, ...e })) }, exhaustive);
  return evaluateGold(g, () => analysis(body, { events: preds.map((p, i) => event(body, p, i)) }));
}

const MET = 'The French president met the American envoy in Paris on Monday. Both sides called the talks useful.';

function counts(r: FileReport) {
  const c = r.counts;
  return [c.eventsCorrect, c.eventsPredicted, c.eventsFound, c.eventsGold];
}

test('a prediction in the sentence with acceptable dyad and root matches', () => {
  const r = score(MET, [{ at: 'met the American envoy', source: ['FRA'], target: ['USA'], cameo: ['042', '043'] }],
    [{ trigger: 'met', source: 'FRAGOV', target: 'USAGOV', cameo: '043' }]);
  assert.deepEqual(counts(r), [1, 1, 1, 1]);
  assert.equal(r.figures['events.f1'], 1);
  assert.equal(r.figures['events.code'], 1);
  assert.equal(r.figures['events.status'], 1);
});

// [why, gold source, gold target, pred source, pred target, matches]
const DYADS: Array<[string, Array<string | null>, Array<string | null>, string | null, string | null, boolean]> = [
  ['keys are the first three letters', ['FRA'], ['USA'], 'FRAGOV', 'USAMIL', true],
  ['wrong source', ['FRA'], ['USA'], 'DEUGOV', 'USAGOV', false],
  ['source and target swapped', ['FRA'], ['USA'], 'USAGOV', 'FRAGOV', false],
  ['IGO: last three letters', ['NAT'], ['USA'], 'IGOWSTNAT', 'USA', true],
  ['an IGO is not keyed by its middle letters', ['WST'], ['USA'], 'IGOWSTNAT', 'USA', false],
  ['gold IGO accepts any IGO', ['IGO'], ['USA'], 'IGOUNO', 'USA', true],
  ['gold IGO refuses a state', ['IGO'], ['USA'], 'FRA', 'USA', false],
  ['IGOEUREEC is EEC, not EUR', ['EUR'], ['USA'], 'IGOEUREEC', 'USA', false],
  ['null in target: no target is fine', ['FRA'], ['USA', null], 'FRAGOV', null, true],
  ['only null in target: any target is wrong', ['FRA'], [null], 'FRAGOV', 'USAGOV', false],
  ['missing target without null', ['FRA'], ['USA'], 'FRAGOV', null, false],
  ['missing source without null', ['FRA'], ['USA'], null, 'USAGOV', false],
  ['null in source: no source is fine', ['FRA', null], ['USA'], null, 'USAGOV', true],
];

test('dyad keys: first three letters, IGO rule, null slots', () => {
  for (const [why, gs, gt, ps, pt, ok] of DYADS) {
    const r = score(MET, [{ at: 'met the American envoy', source: gs, target: gt, cameo: ['042'] }],
      [{ trigger: 'met', source: ps, target: pt, cameo: '042' }]);
    assert.equal(r.counts.eventsFound, ok ? 1 : 0, why);
  }
  const eec = score(MET, [{ at: 'met', source: ['EEC'], target: ['USA'], cameo: ['042'] }], [{ trigger: 'met', source: 'IGOEUREEC', target: 'USA', cameo: '042' }]);
  assert.equal(eec.counts.eventsFound, 1, 'IGOEUREEC -> EEC');
});

test('the prediction must sit in the sentence that holds the at text', () => {
  const r = score(MET, [{ at: 'called the talks useful', source: ['FRA'], target: ['USA', null], cameo: ['051'] }],
    [{ trigger: 'met', source: 'FRA', target: 'USA', cameo: '051' }]);
  assert.deepEqual(counts(r), [0, 1, 0, 1]);
  assert.equal(r.docs[0].findings.filter((f) => f.kind === 'event-miss').length, 1);
  assert.equal(r.docs[0].findings.filter((f) => f.kind === 'event-fp').length, 1);
});

test('CAMEO roots: a different code of the same root matches, another root does not', () => {
  const same = score(MET, [{ at: 'met', source: ['FRA'], target: ['USA'], cameo: ['042'] }], [{ trigger: 'met', source: 'FRA', target: 'USA', cameo: '046' }]);
  assert.equal(same.counts.eventsFound, 1);
  assert.equal(same.figures['events.code'], 0, 'strict code: 046 is not 042');
  const other = score(MET, [{ at: 'met', source: ['FRA'], target: ['USA'], cameo: ['042'] }], [{ trigger: 'met', source: 'FRA', target: 'USA', cameo: '051' }]);
  assert.equal(other.counts.eventsFound, 0);
});

const TWICE = 'Berlin held talks with Warsaw on energy. Later Berlin held talks with Warsaw on migration.';

test('at_n picks the n-th occurrence of the at text', () => {
  const gold = [{ at: 'held talks', at_n: 2, source: ['DEU'], target: ['POL'], cameo: ['046'] }];
  const second = score(TWICE, gold, [{ trigger: 'held', n: 2, source: 'DEU', target: 'POL', cameo: '046' }]);
  assert.deepEqual(counts(second), [1, 1, 1, 1]);
  const first = score(TWICE, gold, [{ trigger: 'held', n: 1, source: 'DEU', target: 'POL', cameo: '046' }]);
  assert.deepEqual(counts(first), [0, 1, 0, 1]);
});

test('optional gold events: neither required for recall nor false positives', () => {
  const gold = [
    { at: 'met the American envoy', source: ['FRA'], target: ['USA'], cameo: ['042'] },
    { at: 'called the talks useful', source: ['FRA'], target: [null], cameo: ['051'], optional: true },
  ];
  const found = score(MET, gold, [
    { trigger: 'met', source: 'FRA', target: 'USA', cameo: '042' },
    { trigger: 'called', source: 'FRA', target: null, cameo: '051' },
  ]);
  assert.deepEqual(counts(found), [1, 1, 1, 1], 'the optional match is not counted at all');
  const missed = score(MET, gold, [{ trigger: 'met', source: 'FRA', target: 'USA', cameo: '042' }]);
  assert.deepEqual(counts(missed), [1, 1, 1, 1], 'missing the optional one costs nothing');
});

const PLAN = 'The Polish minister will visit Kyiv next week. Ankara could send troops to the border.';

// [why, gold, prediction, matches, status right]
const EQUIV: Array<[string, G, PredSpec, boolean, boolean?]> = [
  ['intent gold 036 accepts the announced action 042 when future',
    { at: 'will visit', source: ['POL'], target: ['UKR'], cameo: ['036'], status: ['future'] },
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '042', status: 'future' }, true, true],
  ['... and when hypothetical',
    { at: 'will visit', source: ['POL'], target: ['UKR'], cameo: ['036'], status: ['future'] },
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '042', status: 'hypothetical' }, true, true],
  ['... but not an asserted action',
    { at: 'will visit', source: ['POL'], target: ['UKR'], cameo: ['036'], status: ['future'] },
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '042', status: 'asserted' }, false],
  ['future action gold 042 accepts the intent root 03',
    { at: 'will visit', source: ['POL'], target: ['UKR'], cameo: ['042'], status: ['future'] },
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '036', status: 'asserted' }, true, true],
  ['... whose status is then judged by the equivalence rule, not the gold list',
    { at: 'will visit', source: ['POL'], target: ['UKR'], cameo: ['042'], status: ['future'] },
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '036', status: 'alleged' }, true, false],
  ['an action gold without future does not accept the intent',
    { at: 'will visit', source: ['POL'], target: ['UKR'], cameo: ['042'], status: ['asserted'] },
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '036', status: 'future' }, false],
  ['threat gold 138 accepts a hypothetical 190',
    { at: 'could send troops', source: ['TUR'], target: [null], cameo: ['138'] },
    { trigger: 'send', source: 'TUR', target: null, cameo: '190', status: 'hypothetical' }, true, true],
  ['future force gold 154 accepts a threat 13',
    { at: 'could send troops', source: ['TUR'], target: [null], cameo: ['154'], status: ['future', 'hypothetical'] },
    { trigger: 'send', source: 'TUR', target: null, cameo: '138', status: 'hypothetical' }, true, true],
  ['intent 03 does not reach hostile roots',
    { at: 'could send troops', source: ['TUR'], target: [null], cameo: ['030'], status: ['future'] },
    { trigger: 'send', source: 'TUR', target: null, cameo: '154', status: 'future' }, false],
  ['PLOVER: AGREE gold accepts a future CONSULT',
    { at: 'will visit', source: ['POL'], target: ['UKR'], cameo: null, plover: 'AGREE', status: ['future'] },
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '042', status: 'future' }, true, true],
  ['PLOVER: future CONSULT gold accepts AGREE',
    { at: 'will visit', source: ['POL'], target: ['UKR'], cameo: null, plover: 'CONSULT', status: ['future'] },
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '036', status: 'asserted' }, true, true],
  ['PLOVER: THREATEN gold accepts a hypothetical ASSAULT',
    { at: 'could send troops', source: ['TUR'], target: [null], cameo: null, plover: 'THREATEN', status: ['asserted'] },
    { trigger: 'send', source: 'TUR', target: null, cameo: '190', status: 'hypothetical' }, true, true],
  ['PLOVER: THREATEN gold refuses an asserted ASSAULT',
    { at: 'could send troops', source: ['TUR'], target: [null], cameo: null, plover: 'THREATEN', status: ['asserted'] },
    { trigger: 'send', source: 'TUR', target: null, cameo: '190', status: 'asserted' }, false],
  ['PLOVER: direct type',
    { at: 'could send troops', source: ['TUR'], target: [null], cameo: null, plover: 'MOBILIZE', status: ['hypothetical'] },
    { trigger: 'send', source: 'TUR', target: null, cameo: '154', status: 'hypothetical' }, true, true],
  ['PLOVER null: a 01 statement',
    { at: 'could send troops', source: ['TUR'], target: [null], cameo: null, plover: null, status: ['asserted'] },
    { trigger: 'send', source: 'TUR', target: null, cameo: '010', status: 'asserted' }, true, true],
];

test('intent equivalence both ways, with its status rules', () => {
  for (const [why, gold, pred, ok, statusOk] of EQUIV) {
    const r = score(PLAN, [gold], [pred]);
    assert.equal(r.counts.eventsFound, ok ? 1 : 0, why);
    if (ok) assert.equal(r.counts.statusRight, statusOk ? 1 : 0, `${why}: status`);
  }
});

test('preference: exact code over direct root over equivalent', () => {
  const gold = [{ at: 'will visit', source: ['POL'], target: ['UKR'], cameo: ['042'], status: ['future'] }];
  const preds: PredSpec[] = [
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '036', status: 'future' },
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '040', status: 'future' },
    { trigger: 'visit', source: 'POL', target: 'UKR', cameo: '042', status: 'future' },
  ];
  const exact = score(PLAN, gold, preds);
  assert.equal(exact.counts.codeRight, 1, 'the exact 042 is chosen');
  assert.equal(exact.docs[0].findings.filter((f) => f.kind === 'event-fp').length, 2);
  const root = score(PLAN, gold, preds.slice(0, 2));
  assert.equal(root.counts.eventsFound, 1);
  assert.match(root.docs[0].findings.find((f) => f.kind === 'event-fp')!.what, / 036 /, 'the root match 040 wins over the equivalent 036');
});

test('assignment is a maximum matching, not first come first served', () => {
  // Gold A accepts 046 or 042; gold B accepts only 046. Greedy A->first would starve B.
  const gold = [
    { at: 'held talks', source: ['DEU'], target: ['POL'], cameo: ['046', '042'] },
    { at: 'held talks', source: ['DEU'], target: ['POL'], cameo: ['046'] },
  ];
  const r = score(TWICE, gold, [
    { trigger: 'held', source: 'DEU', target: 'POL', cameo: '046' },
    { trigger: 'talks', source: 'DEU', target: 'POL', cameo: '040' },
  ]);
  assert.deepEqual(counts(r), [2, 2, 2, 2]);
});

test('each gold event matches one prediction; duplicates are false positives', () => {
  const gold = [{ at: 'met', source: ['FRA'], target: ['USA'], cameo: ['042'] }];
  const r = score(MET, gold, [
    { trigger: 'met', source: 'FRA', target: 'USA', cameo: '042' },
    { trigger: 'met', source: 'FRA', target: 'USA', cameo: '042' },
    { trigger: 'called', source: 'FRA', target: null, cameo: '051' },
  ]);
  assert.deepEqual(counts(r), [1, 3, 1, 1]);
  assert.equal(r.figures['events.precision'], 1 / 3);
  assert.equal(r.figures['events.recall'], 1);
  assert.equal(r.figures['events.f1'], 0.5);
});

test('exhaustive: false counts recall only', () => {
  const gold = [{ at: 'met', source: ['FRA'], target: ['USA'], cameo: ['042'] }];
  const preds: PredSpec[] = [{ trigger: 'met', source: 'FRA', target: 'USA', cameo: '042' }, { trigger: 'called', source: 'FRA', target: null, cameo: '051' }];
  const r = score(MET, gold, preds, false);
  assert.deepEqual(counts(r), [0, 0, 1, 1]);
  assert.equal(r.figures['events.precision'], null);
  assert.equal(r.figures['events.f1'], null);
  assert.equal(r.figures['events.recall'], 1);
  assert.equal(r.docs[0].findings.filter((f) => f.kind === 'event-fp').length, 0);
});

test('status accuracy: the predicted status must be among the gold statuses', () => {
  const gold = [{ at: 'met', source: ['FRA'], target: ['USA'], cameo: ['042'], status: ['asserted', 'alleged'] }];
  const ok = score(MET, gold, [{ trigger: 'met', source: 'FRA', target: 'USA', cameo: '042', status: 'alleged' }]);
  assert.equal(ok.figures['events.status'], 1);
  const bad = score(MET, gold, [{ trigger: 'met', source: 'FRA', target: 'USA', cameo: '042', status: 'negated' }]);
  assert.equal(bad.figures['events.status'], 0);
  assert.equal(bad.counts.eventsFound, 1, 'a wrong status still matches');
  assert.ok(bad.docs[0].findings.some((f) => f.kind === 'event-status'));
});

test('a gold at text missing from the document is reported and missed', () => {
  const r = score(MET, [{ at: 'signed a treaty', source: ['FRA'], target: ['USA'], cameo: ['057'] }], []);
  assert.equal(r.counts.eventsGold, 1);
  assert.equal(r.counts.eventsFound, 0);
  assert.ok(r.docs[0].findings.some((f) => f.kind === 'gold-error'));
});

test('a crash of the analysis on one document is a finding; the document scores as empty', () => {
  const g = goldOf(MET, { events: [{ at: 'met', source: ['FRA'], target: ['USA'], cameo: ['042'], plover: null, status: ['asserted'] }] });
  const r = evaluateGold(g, () => {
    throw new Error('boom');
  });
  assert.equal(r.counts.eventsGold, 1);
  assert.equal(r.counts.eventsFound, 0);
  assert.deepEqual(r.docs[0].findings.map((f) => f.kind), ['analysis-error', 'event-miss']);
});
