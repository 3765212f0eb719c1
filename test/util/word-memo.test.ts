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
