// The actor lookup's case classes: the ASCII fast path must agree with caseClass() everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classOf, keyHash, sentenceParts, splitParts, type Part } from '../../../src/extract/actors/parts.js';
import { caseClass, partKey } from '../../../src/kb/normalize.js';
import { tokenize } from '../../../src/text/segment.js';

test('classOf agrees with caseClass on every ASCII string of up to three characters', () => {
  const chars: string[] = [];
  for (let c = 32; c < 127; c++) chars.push(String.fromCharCode(c));
  for (const a of chars) {
    assert.equal(classOf(a), caseClass(a), a);
    for (const b of chars) {
      assert.equal(classOf(a + b), caseClass(a + b), a + b);
      for (const c of 'aZ.\'0-') assert.equal(classOf(a + b + c), caseClass(a + b + c), a + b + c);
    }
  }
});

test('classOf agrees with caseClass on words with other characters', () => {
  const cases: Array<[string, 0 | 1 | 2]> = [
    ['Außenminister', 1], ['ÖVP', 2], ['Öl', 1], ['überall', 0], ['İstanbul', 1], ['ǅemal', 1], ['ẞ', 1], ['USA’s', 1],
    ["O'NEIL", 2], ["O'Neil", 1], ['U.S.', 2], ['A', 1], ['AÄ', 2], ['Aä', 1], ['\ud800A', 0], ['A\ud800', 2], ['Ⅻ', 1],
  ];
  for (const [w, expected] of cases) {
    assert.equal(classOf(w), caseClass(w), w);
    assert.equal(classOf(w), expected, w);
  }
});

test('splitParts keys: lower case, diacritics folded, possessive alternative, digit flag', () => {
  const text = "Die US-Außenministerin traf Russia's Botschafter am 3.5 mit Kiew’s Vertreter";
  const parts = splitParts(tokenize(text));
  const byText = new Map(parts.map((p) => [p.text, p]));
  const cases: Array<[string, string, string | null, 0 | 1 | 2, boolean, boolean]> = [
    // text, key, alt, cls, digit, joinPrev
    ['Die', 'die', null, 1, false, false],
    ['US', 'us', null, 2, false, false],
    ['Außenministerin', 'aussenministerin', null, 1, false, true],
    ["Russia's", "russia's", 'russia', 1, false, false],
    ['3.5', '3.5', null, 0, true, false],
    ['Kiew’s', "kiew's", 'kiew', 1, false, false],
  ];
  for (const [t, key, alt, cls, digit, joinPrev] of cases) {
    const p = byText.get(t);
    assert.ok(p, t);
    assert.equal(p.key, key, t);
    assert.equal(p.key, partKey(t), `${t}: key is partKey()`);
    assert.equal(p.alt, alt, t);
    assert.equal(p.cls, cls, t);
    assert.equal(p.digit, digit, t);
    assert.equal(p.joinPrev, joinPrev, t);
    assert.equal(text.slice(p.start, p.end), t, t);
  }
});

test('sentenceParts gives the same parts as splitParts, sentence after sentence', () => {
  const text = 'Der Kreml-Sprecher äußerte sich. The U.S. envoy met Ukraine’s foreign minister in Kyiv. Ein Satz.';
  const tokens = tokenize(text);
  const plain = (ps: Part[]) => ps.map((p) => ({ ...p }));
  const n = tokens.length;
  for (const [from, to] of [[0, 6], [6, n - 3], [n - 3, n], [0, n], [3, 4], [2, 2]]) {
    assert.deepEqual(plain(sentenceParts(tokens, from, to)), plain(splitParts(tokens, from, to)), `${from}..${to}`);
  }
});

test('every part carries keyHash(key), whichever way its key was made', () => {
  // Whole tokens (key = norm), hyphen pieces, non-ASCII words, backticks, possessives, digits, punctuation.
  const text = "Die EU-Kommission, Kiew’s Bürgermeister und O`Brien trafen am 3. März den UN-Gesandten; Russia's envoy left - fast.";
  const parts = splitParts(tokenize(text));
  assert.ok(parts.length > 15);
  for (const p of parts) assert.equal(p.hash, keyHash(p.key), p.text);
  const again = sentenceParts(tokenize(text), 0, 8);
  for (const p of again) assert.equal(p.hash, keyHash(p.key), p.text);
});
