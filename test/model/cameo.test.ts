import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cameoCodes, cameoInfo, cameoRoot, isCameoCode } from '../../src/model/cameo.js';
import { dataPath } from '../../src/util/data.js';

/** The reference table, read at run time from the shared folder (never copied). */
function referenceRows(): Array<{ code: string; goldstein: number; quad: number }> {
  const lines = readFileSync(dataPath('../shared/peer/cameo/cameo-event-codes.tsv'), 'utf8').split('\n').slice(1);
  return lines.filter((l) => l.trim()).map((l) => {
    const [code, , g, q] = l.split('\t');
    return { code, goldstein: Number(g), quad: Number(q) };
  });
}

test('every code of the reference table has an entry with its Goldstein value and QuadClass', () => {
  const rows = referenceRows();
  assert.ok(rows.length > 300);
  for (const r of rows) {
    assert.ok(isCameoCode(r.code), `missing ${r.code}`);
    const info = cameoInfo(r.code)!;
    assert.equal(info.code, r.code);
    assert.equal(info.goldstein, r.goldstein, `goldstein of ${r.code}`);
    assert.equal(info.quad, r.quad, `quad of ${r.code}`);
  }
});

test('every entry has a name, Goldstein in [-10, 10] and quad 1..4', () => {
  for (const code of cameoCodes()) {
    const info = cameoInfo(code)!;
    assert.match(code, /^\d{2,4}$/);
    assert.ok(info.name.length > 2, code);
    assert.ok(info.goldstein >= -10 && info.goldstein <= 10, code);
    assert.ok([1, 2, 3, 4].includes(info.quad), code);
    if (code.length > 2) assert.ok(isCameoCode(code.slice(0, code.length === 4 ? 3 : 2)) || isCameoCode(code.slice(0, 2)), `parent of ${code}`);
  }
});

const CASES: Array<[code: string, expectedCode: string | undefined, quad?: number]> = [
  ['112', '112', 3],
  ['1123', '1123', 3],
  ['0315', '031', 1], // unknown sub-code: nearest parent
  ['0999', '09', 2], // neither 099 nor 0999 exist: the root
  ['190', '190', 4],
  ['21', undefined],
  ['abc', undefined],
  ['', undefined],
  ['12345', undefined],
];

test('cameoInfo falls back to the nearest parent and rejects non-codes', () => {
  for (const [code, expected, quad] of CASES) {
    const info = cameoInfo(code);
    assert.equal(info?.code, expected, code);
    if (quad) assert.equal(info?.quad, quad, code);
  }
});

test('cameoRoot and isCameoCode', () => {
  assert.equal(cameoRoot('1123'), '11');
  assert.equal(cameoRoot('04'), '04');
  assert.equal(isCameoCode('0315'), false);
  assert.equal(isCameoCode('042'), true);
  assert.equal(cameoInfo('18')!.goldstein, -9);
  assert.equal(cameoInfo('042')!.quad, 1);
});
