// The words around a time candidate (accept.ts) are scanned by hand in a 40-character window; these
// tests hold the scans to the regexes they replace, on generated text with surrogate pairs at the edges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextWord, prevWord } from '../../../src/extract/times/accept.js';

const refNext = (text: string, end: number) => {
  const m = /^[ \t\u00a0]*([\p{L}\p{N}%][\p{L}\p{N}.]*|%)/u.exec(text.slice(end, end + 40));
  return m ? m[1].replace(/\.+$/, '') : '';
};
const refPrev = (text: string, start: number) => {
  const m = /([\p{L}\p{N}][\p{L}\p{N}.]*)[ \t\u00a0]*$/u.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1] : '';
};

const PIECES = ['a', 'Z', 'ä', '1', '.', '..', ' ', '\t', '\u00a0', '\n', '%', '-', '😀', '𝐀', '\ud835', '\udc00', '²', '\u0301', '„', 'Mai', 'Wort', 'Straße', '٣'];

test('nextWord and prevWord find what their regexes find', () => {
  assert.equal(nextWord('1939 Soldaten zogen', 4), 'Soldaten');
  assert.equal(nextWord('2024 %', 4), '%');
  assert.equal(nextWord('im Jahr 2024 u.a. dort', 12), 'u.a');
  assert.equal(prevWord('Vision 2030', 7), 'Vision');
  assert.equal(prevWord('Mr. Friday', 4), 'Mr.');
  assert.equal(prevWord('... 2030', 4), '');
  let x = 9;
  const rnd = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < 4000; i++) {
    let s = '';
    const n = 1 + Math.floor(rnd() * 40);
    for (let k = 0; k < n; k++) s += PIECES[Math.floor(rnd() * PIECES.length)];
    for (let p = 0; p <= s.length; p++) {
      assert.equal(nextWord(s, p), refNext(s, p), `next ${JSON.stringify(s)} @${p}`);
      assert.equal(prevWord(s, p), refPrev(s, p), `prev ${JSON.stringify(s)} @${p}`);
    }
  }
});
