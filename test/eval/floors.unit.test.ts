import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFloors, floorOf, raiseFloors, readFloors, writeFloors } from '../../src/eval/floors.js';
import type { FileReport } from '../../src/eval/run.js';
import { emptyCounts, figures, type Figures } from '../../src/eval/score.js';

function file(name: string, f: Partial<Figures>): FileReport {
  return { name, path: name, counts: emptyCounts(), docs: [], figures: { ...figures(emptyCounts()), ...f } };
}

test('floorOf rounds down to 3 decimals and keeps exact values', () => {
  assert.equal(floorOf(0.66666), 0.666);
  assert.equal(floorOf(0.5), 0.5);
  assert.equal(floorOf(0.7), 0.7);
  assert.equal(floorOf(1), 1);
  assert.equal(floorOf(0.0009), 0);
});

test('check: below the floor fails, at or above passes, unmeasurable with a floor fails', () => {
  const floors = { 'a.json': { 'events.recall': 0.5, 'events.precision': 0.3, 'quotes.recall': 0.2 } };
  const v = checkFloors([file('a.json', { 'events.recall': 0.4999, 'events.precision': 0.3, 'quotes.recall': null })], floors);
  assert.deepEqual(v.map((x) => x.figure).sort(), ['events.recall', 'quotes.recall']);
  assert.deepEqual(checkFloors([file('b.json', { 'events.recall': 0 })], floors), [], 'files without floors pass');
});

test('update raises floors, never lowers them, and round-trips through the file', () => {
  const floors = { 'a.json': { 'events.recall': 0.5, 'events.f1': 0.4 } };
  const { floors: next, raised } = raiseFloors([file('a.json', { 'events.recall': 0.61234, 'events.f1': 0.2, 'times.recall': 1 })], floors);
  assert.equal(next['a.json']['events.recall'], 0.612);
  assert.equal(next['a.json']['events.f1'], 0.4, 'not lowered');
  assert.equal(next['a.json']['times.recall'], 1);
  assert.equal(next['a.json']['quotes.recall'], undefined, 'null figures get no floor');
  assert.equal(raised.length, 2);
  assert.equal(floors['a.json']['events.recall'], 0.5, 'input untouched');
  const dir = mkdtempSync(join(tmpdir(), 'floors-'));
  try {
    const p = join(dir, 'floors.json');
    assert.deepEqual(readFloors(p), {});
    writeFloors(p, next);
    assert.deepEqual(readFloors(p), next);
    // the record of floors lowered by hand survives a raise
    writeFileSync(p, JSON.stringify({ floors: next, lowered: { 'a.json events.f1': '0.5 → 0.4: reason' } }));
    writeFloors(p, next);
    assert.equal(JSON.parse(readFileSync(p, 'utf8')).lowered['a.json events.f1'], '0.5 → 0.4: reason');
  } finally {
    rmSync(dir, { recursive: true });
  }
});
