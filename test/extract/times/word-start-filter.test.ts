// The word-start filter answers "certainly not" only for words that the real tests (time head, amount
// core) reject: every word they can accept must pass it. The tables are words written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordStartFilter } from '../../../src/extract/times/word-start-filter.js';
import { timeScanner } from '../../../src/extract/times/scanner.js';
import { amountVocab } from '../../../src/extract/amounts/vocab.js';

test('added words and words beginning with an added start pass; others mostly do not', () => {
  const f = new WordStartFilter();
  for (const w of ['mai', 'am', 'x']) f.addWord(w);
  f.addStart('montag');
  const cases: Array<[string, boolean]> = [
    ['mai', true], ['am', true], ['x', true], ['montag', true], ['montagabend', true], ['montags', true],
  ];
  for (const [w, expected] of cases) assert.equal(f.mayMatch(w), expected, w);
  // A short word is its own key: "a" or "ma" do not pass because "mai" or "am" were added.
  const others = ['a', 'ma', 'regierung', 'minister', 'said', 'the', 'und', 'parlament', 'streit', 'bundestag'];
  assert.ok(others.filter((w) => f.mayMatch(w)).length <= 1, 'the filter rejects unrelated words');
});

test('a start shorter than three characters lets every word pass', () => {
  const f = new WordStartFilter();
  f.addStart('zu');
  for (const w of ['zug', 'anything', 'a']) assert.equal(f.mayMatch(w), true, w);
});

test('every time head, weekday compound and hyphenated head passes the time scanner', () => {
  const words: Record<string, string[]> = {
    de: ['mai', 'märz', 'montag', 'mittwochabend', 'sonntagnachmittag', 'jahren', 'woche', 'heute', 'jahresende', 'vorjahr'],
    en: ['may', 'march', 'monday', 'week', 'years', 'today', 'yesterday', 'tomorrow', 'months', 'decade'],
  };
  for (const lang of ['de', 'en']) {
    const s = timeScanner(lang)!;
    for (const h of s.heads) assert.ok(s.headStarts.mayMatch(h), `${lang} head ${h}`);
    for (const w of words[lang]) assert.ok(s.headStarts.mayMatch(w) || w.includes('-'), `${lang} ${w}`);
  }
});

test('every number word, German compound, article and vague word passes the amount filter', () => {
  const words: Record<string, string[]> = {
    de: ['zwei', 'einundzwanzig', 'dreihundert', 'zweitausendvierhundert', 'siebenundneunzig', 'eine', 'einem', 'dutzende', 'tausenden', 'mehrere', 'zahlreichen'],
    en: ['two', 'twenty-five', 'ninety-nine', 'hundred', 'a', 'an', 'dozens', 'thousands', 'several', 'numerous'],
  };
  for (const lang of ['de', 'en']) {
    const v = amountVocab(lang)!;
    for (const k of v.numberWords.keys()) assert.ok(v.coreStarts.mayMatch(k), `${lang} ${k}`);
    for (const k of v.vague.keys()) assert.ok(v.coreStarts.mayMatch(k), `${lang} vague ${k}`);
    for (const w of words[lang]) assert.ok(v.coreStarts.mayMatch(w), `${lang} ${w}`);
  }
});
