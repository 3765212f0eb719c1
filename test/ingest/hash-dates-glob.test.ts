import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateProblem } from '../../src/ingest/dates.js';
import { contentHash, docKeyOf } from '../../src/ingest/hash.js';
import { globToRegExp } from '../../src/ingest/glob.js';
import { invalidUtf8At, looksBinary } from '../../src/ingest/decode.js';

test('dates: real calendar dates of year, month or day precision', () => {
  // [date, valid]
  const cases: [string, boolean][] = [
    ['2024', true], ['2024-06', true], ['2024-02-29', true], ['2000-02-29', true], ['1900-02-29', false],
    ['2023-02-29', false], ['2024-13', false], ['2024-00', false], ['2024-04-31', false], ['2024-12-31', true],
    ['2024-6', false], ['24-06-01', false], ['2024-06-01T10:00', false], ['', false], ['heute', false],
  ];
  for (const [d, valid] of cases) assert.equal(dateProblem(d) === null, valid, d);
});

test('content hash: same words and date → same hash, whatever the layout', () => {
  const base = contentHash({ text: 'Die Regierung tritt zurück.\n\nMehr folgt.', date: '2024-06' });
  // [variant, same hash?]
  const cases: [{ text: string; date: string | null }, boolean][] = [
    [{ text: 'Die Regierung tritt zurück.\r\n\r\nMehr folgt.\n', date: '2024-06' }, true],
    [{ text: '  Die Regierung   tritt zurück.\n\nMehr folgt.', date: '2024-06' }, true],
    [{ text: 'Die Regierung tritt zuru\u0308ck.\n\nMehr folgt.', date: '2024-06' }, true], // NFD ü
    [{ text: 'Die Regierung tritt zurück.\n\nMehr folgt.', date: '2024-07' }, false],
    [{ text: 'Die Regierung tritt zurück.\n\nMehr folgt.', date: null }, false],
    [{ text: 'Die Regierung tritt nicht zurück.\n\nMehr folgt.', date: '2024-06' }, false],
  ];
  for (const [doc, same] of cases) assert.equal(contentHash(doc) === base, same, JSON.stringify(doc));
  assert.match(base, /^[0-9a-f]{64}$/);
  assert.equal(docKeyOf(base), base.slice(0, 16));
});

test('glob patterns', () => {
  // [pattern, path, matches]
  const cases: [string, string, boolean][] = [
    ['*.txt', 'a.txt', true], ['*.txt', 'd/a.txt', false], ['**/*.txt', 'a.txt', true], ['**/*.txt', 'd/e/a.txt', true],
    ['d/**', 'd/e/a.jsonl', true], ['?.txt', 'ab.txt', false], ['?.txt', 'a.txt', true], ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false], ['a+b(1).txt', 'a+b(1).txt', true], ['*.jsonl', 'x.json', false],
  ];
  for (const [p, path, ok] of cases) assert.equal(globToRegExp(p).test(path), ok, `${p} ~ ${path}`);
});

test('binary sniffing and UTF-8 validation', () => {
  // [bytes, binary?, first invalid UTF-8 byte]
  const cases: [number[], boolean, number][] = [
    [[0x48, 0x69, 0x0a], false, -1],
    [[0x48, 0x00, 0x69], true, -1],
    [[0xc3, 0xbc, 0x20, 0xe2, 0x82, 0xac], false, -1], // ü €
    [[0x41, 0xc3], false, 1], // truncated
    [[0x41, 0xc0, 0xaf], false, 1], // overlong
    [[0xed, 0xa0, 0x80], false, 0], // surrogate
    [[0xf0, 0x9f, 0x98, 0x80], false, -1], // emoji
    [[1, 2, 3, 4, 5, 6, 7, 8, 0x41], true, -1],
  ];
  for (const [bytes, binary, at] of cases) {
    const buf = Uint8Array.from(bytes);
    assert.equal(looksBinary(buf), binary, String(bytes));
    assert.equal(invalidUtf8At(buf), at, String(bytes));
  }
});
