import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { contentHash, normaliseForHash } from '../../src/ingest/hash.js';

test('normaliseForHash collapses every whitespace run to one space and trims', () => {
  // [text, expected]
  const cases: [string, string][] = [
    ['Der Rat tagt.', 'Der Rat tagt.'],
    ['Der  Rat\ttagt.', 'Der Rat tagt.'],
    ['Der Rat\r\n\r\ntagt.\n', 'Der Rat tagt.'],
    ['  The council met.  ', 'The council met.'],
    ['a \u00a0b', 'a b'],
    ['a\u00a0b', 'a b'],
    ['a\u2028\u3000 b', 'a b'],
    ['a \n \t b c', 'a b c'],
    ['\ufeffKiew', 'Kiew'],
    ['', ''],
    [' \n\t ', ''],
    ['Cafe\u0301 offen', 'Café offen'], // NFC
  ];
  for (const [text, expected] of cases) assert.equal(normaliseForHash(text), expected, JSON.stringify(text));
});

test('normaliseForHash equals collapsing every \\s+ run, on generated whitespace mixes', () => {
  const reference = (t: string) => t.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const parts = ['x', 'Wort', ' ', ' ', '\n', '\r', '\t', '\u00a0', '\u2029', '\u202f', '\u200b', 'e\u0301'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % parts.length;
  for (let i = 0; i < 5000; i++) {
    let text = '';
    for (let j = i % 11; j > 0; j--) text += parts[next()];
    assert.equal(normaliseForHash(text), reference(text), JSON.stringify(text));
  }
});

test('contentHash is sha256 of the normalised text, a NUL and the date', () => {
  // [text, date]
  const cases: [string, string | null][] = [
    ['Die Regierung tritt zurück.\n\nMehr folgt.', '2024-06'],
    ['  „Wir verhandeln“, sagte die Ministerin.  ', null],
    ['', null],
    ['The summit ended early.', '2023'],
  ];
  for (const [text, date] of cases) {
    const expected = createHash('sha256').update(normaliseForHash(text)).update('\u0000').update(date ?? '').digest('hex');
    assert.equal(contentHash({ text, date }), expected, JSON.stringify(text));
  }
});
