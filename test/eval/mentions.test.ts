import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorMention } from '../../src/model/analysis.js';
import { evaluateGold } from '../../src/eval/run.js';
import { unitsAgree } from '../../src/eval/mentions.js';
import { analysis, goldOf } from './fixtures.js';

const TEXT = 'Ankara said on Friday that NATO had sent more than 300 observers. "We welcome the mission and we expect results soon," said Recep Tayyip Erdogan. Dozens of soldiers left in March.';

function mention(text: string, code: string, n = 1): ActorMention {
  let at = -1;
  for (let i = 0; i < n; i++) at = TEXT.indexOf(text, at + 1);
  return { start: at, end: at + text.length, text, code, kind: 'state', rule: 'test' };
}

test('actors: overlap with an acceptable key; exact code as a second figure', () => {
  const gold = goldOf(TEXT, { actors: [
    { text: 'Ankara', code: ['TUR', 'TURGOV'] },
    { text: 'NATO', code: ['IGOWSTNAT'] },
    { text: 'Recep Tayyip Erdogan', code: ['TURGOV'] },
    { text: 'soldiers', code: ['TURMIL'], optional: true },
  ] });
  const r = evaluateGold(gold, () => analysis(TEXT, { actors: [
    mention('Ankara', 'TUR'), // exact
    mention('NATO', 'IGOWSTNAT'), // exact
    mention('Erdogan', 'TURELI'), // overlaps, key TUR fits, code does not
  ] }));
  assert.equal(r.figures['actors.recall'], 1);
  assert.equal(r.counts.actorsExact, 2);
  assert.equal(r.figures['actors.exact'], 2 / 3);

  const wrongKey = evaluateGold(gold, () => analysis(TEXT, { actors: [mention('Ankara', 'GRC'), mention('NATO', 'IGOUNO')] }));
  assert.equal(wrongKey.counts.actorsFound, 0);
  assert.equal(wrongKey.docs[0].findings.filter((f) => f.kind === 'actor-miss').length, 3);
});

test('actors: the at field pins the occurrence', () => {
  const text = 'Paris and Berlin agreed. Later Paris objected.';
  const gold = goldOf(text, { actors: [{ text: 'Paris', at: 'Later Paris', code: ['FRA'] }] });
  const first = { start: 0, end: 5, text: 'Paris', code: 'FRA', kind: 'state' as const, rule: 't' };
  const second = { ...first, start: 31, end: 36 };
  assert.equal(text.slice(31, 36), 'Paris');
  assert.equal(evaluateGold(gold, () => analysis(text, { actors: [first] })).counts.actorsFound, 0);
  assert.equal(evaluateGold(gold, () => analysis(text, { actors: [second] })).counts.actorsFound, 1);
});

test('quotes: cover `starts` and name the speaker by name or key', () => {
  const start = TEXT.indexOf('"We welcome');
  const end = TEXT.indexOf('soon,"') + 6;
  const quote = (speaker: { text: string; code: string | null; name: string | null } | null, s = start) => ({ start: s, end, text: TEXT.slice(s, end), speaker });
  const gold = goldOf(TEXT, { quotes: [{ speaker: 'Recep Tayyip Erdogan', speaker_key: 'TUR', starts: 'We welcome the mission', ends: 'results soon' }] });
  const run = (q: ReturnType<typeof quote>) => evaluateGold(gold, () => analysis(TEXT, { quotes: [q] })).counts.quotesFound;
  assert.equal(run(quote({ text: 'Recep Tayyip Erdogan', code: null, name: null })), 1, 'name in the mention text');
  assert.equal(run(quote({ text: 'he', code: null, name: 'recep tayyip erdogan' })), 1, 'name, case-insensitive');
  assert.equal(run(quote({ text: 'he', code: 'TURGOV', name: null })), 1, 'actor key');
  assert.equal(run(quote({ text: 'he', code: 'GRCGOV', name: 'Kyriakos Mitsotakis' })), 0, 'another speaker');
  assert.equal(run(quote(null)), 0, 'no speaker');
  assert.equal(run(quote({ text: 'Erdogan', code: 'TUR', name: null }, start + 20)), 0, 'does not cover the start');
});

test('amounts: value and approx must agree; unit is a separate figure', () => {
  const gold = goldOf(TEXT, { amounts: [
    { text: 'more than 300 observers', value: 300, approx: '>', unit: 'observers' },
    { text: 'Dozens of soldiers', value: null, approx: '~', vague: 'dozens', unit: 'soldiers' },
  ] });
  const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
  const r = evaluateGold(gold, () => analysis(TEXT, { amounts: [
    { ...at('more than 300 observers'), value: 300, approx: '>', unit: 'observer' },
    { ...at('Dozens of soldiers'), value: null, approx: '~', unit: 'troops' },
  ] }));
  assert.equal(r.figures['amounts.recall'], 1);
  assert.equal(r.figures['amounts.unit'], 0.5);
  const wrong = evaluateGold(gold, () => analysis(TEXT, { amounts: [
    { ...at('more than 300 observers'), value: 300, approx: '=', unit: 'observers' },
    { ...at('Dozens of soldiers'), value: 24, approx: '~', unit: 'soldiers' },
  ] }));
  assert.equal(wrong.counts.amountsFound, 0);
});

const UNITS: Array<[string, string | null, boolean]> = [
  ['Container', 'Container', true],
  ['ballistische Raketen', 'ballistischen Raketen', true],
  ['Container', 'Container mit Munition', true],
  ['soldiers', 'troops', false],
  ['soldiers', null, false],
];

test('unitsAgree', () => {
  for (const [g, p, ok] of UNITS) assert.equal(unitsAgree(g, p), ok, `${g} / ${p}`);
});

test('times: overlap and a value among the acceptable ones (null included)', () => {
  const gold = goldOf(TEXT, { times: [
    { text: 'on Friday', value: ['2024-04-26', '2024-05-03'] },
    { text: 'in March', value: '2024-03' },
    { text: 'soon', value: [null], optional: true },
  ] });
  const at = (s: string, value: string | null) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s, value });
  const r = evaluateGold(gold, () => analysis(TEXT, { times: [at('Friday', '2024-05-03'), at('in March', '2023-03')] }));
  assert.equal(r.counts.timesGold, 2);
  assert.equal(r.counts.timesFound, 1);
  assert.ok(r.docs[0].findings.some((f) => f.kind === 'time-miss' && f.what.includes('in March')));
});
