import test from 'node:test';
import assert from 'node:assert/strict';
import { ownCopy, remember } from '../../src/util/word-memo.js';

test('ownCopy keeps the characters of short and long strings', () => {
  for (const s of ['', 'Iran', 'Waffenstillstandsverhandlungen', 'x'.repeat(5000)]) assert.equal(ownCopy(s), s);
});

test('remember returns the value, stores it under the word, and starts again when full', () => {
  const memo = new Map<string, number>();
  assert.equal(remember(memo, 'sanktionen', 1, 3), 1);
  remember(memo, 'Friedensgespräche', 2, 3);
  remember(memo, 'talks', 3, 3);
  assert.deepEqual([...memo], [['sanktionen', 1], ['Friedensgespräche', 2], ['talks', 3]]);
  remember(memo, 'ceasefire', 4, 3);
  assert.deepEqual([...memo], [['ceasefire', 4]]);
});

test('remember does not store numbers: every figure is new, so they would only fill the memo', () => {
  const memo = new Map<string, string>();
  for (const n of ['2024', '1,5', '3.', '17-jährige', '90er']) assert.equal(remember(memo, n, `value of ${n}`), `value of ${n}`);
  assert.equal(memo.size, 0);
  remember(memo, 'G7', 'kept');
  assert.deepEqual([...memo], [['G7', 'kept']]);
});
