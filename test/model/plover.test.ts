import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoCodes, isCameoCode } from '../../src/model/cameo.js';
import { PLOVER_CONTEXTS, PLOVER_TYPES, PLOVER_TYPE_NAMES, mappedCameoCodes, ploverFor } from '../../src/model/plover.js';

test('there are 16 PLOVER types, each listed once', () => {
  assert.equal(PLOVER_TYPES.length, 16);
  assert.deepEqual(PLOVER_TYPES.map((t) => t.type), [...PLOVER_TYPE_NAMES]);
});

test('every mapping target is one of the 16 types, with a known mode and contexts', () => {
  const types = new Map(PLOVER_TYPES.map((t) => [t.type as string, t]));
  const contexts = new Set(PLOVER_CONTEXTS);
  for (const code of mappedCameoCodes()) {
    assert.ok(isCameoCode(code), `mapped code ${code} is a CAMEO code`);
    const p = ploverFor(code)!;
    const info = types.get(p.type);
    assert.ok(info, `${code} -> ${p.type}`);
    if (p.mode) assert.ok(info.modes.includes(p.mode), `${code} mode ${p.mode} of ${p.type}`);
    for (const c of p.context?.split(';') ?? []) assert.ok(contexts.has(c), `${code} context ${c}`);
  }
});

test('every CAMEO code outside 01 has a PLOVER coding; 01x has none', () => {
  for (const code of cameoCodes()) {
    if (code.startsWith('01')) assert.equal(ploverFor(code), null, code);
    else assert.ok(ploverFor(code), code);
  }
});

const CASES: Array<[cameo: string, type: string | null, mode?: string | null]> = [
  ['010', null],
  ['01', null],
  ['03', 'AGREE'],
  ['036', 'AGREE'],
  ['042', 'CONSULT', 'visit'],
  ['08', 'CONCEDE'],
  ['0841', 'RETREAT', 'release'],
  ['0871', 'RETREAT', 'ceasefire'],
  ['112', 'ACCUSE', 'disapprove'],
  ['1312', 'THREATEN', 'restrict'],
  ['163', 'SANCTION', null], // deviation from the 2021 table (see plover.ts): sanctions are SANCTION
  ['1712', 'COERCE'], // deviation: destroying property is coercion like 171
  ['192', 'ASSAULT'], // deviation: occupying territory is force like the rest of 19
  ['0813', 'CONCEDE'], // deviation: easing a curfew concedes like 081
  ['190', 'ASSAULT'],
  ['0231', 'REQUEST', 'assist'], // appeals are requests
  ['1849', 'ASSAULT'], // unknown sub-code: parent 184
  ['abc', null],
  ['', null],
];

test('ploverFor maps codes, roots and unknown sub-codes', () => {
  for (const [cameo, type, mode] of CASES) {
    const p = ploverFor(cameo);
    assert.equal(p?.type ?? null, type, cameo);
    if (mode !== undefined) assert.equal(p?.mode ?? null, mode, cameo);
  }
});
