// The actor lookup's case classes: the ASCII fast path must agree with caseClass() everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classOf } from '../../../src/extract/actors/parts.js';
import { caseClass } from '../../../src/kb/normalize.js';

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
