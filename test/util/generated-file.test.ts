// Generated files (src/util/generated-file.ts): a file is current while its inputs are what it was made
// of. The inputs' sizes and modification times in the header spare a fresh thread from reading them;
// any change of those falls back to hashing the contents.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { packageRoot } from '../../src/util/data.js';
import { fingerprintFiles, readGenerated, readGeneratedParts, writeGenerated } from '../../src/util/generated-file.js';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-generated-'));
after(() => rmSync(dir, { recursive: true, force: true }));
// Inputs are named relative to the package root, as the real callers name theirs.
const input = join(dir, 'input.txt');
const rel = relative(packageRoot(), input);
const FORMAT = 'test-format/1';
const fingerprint = (code: string[]) => fingerprintFiles(FORMAT, [...code, rel], 'extra');

function write(path: string, tail?: string): void {
  writeGenerated(path, { format: FORMAT, fingerprint: fingerprint([]), code: [] }, { words: ['Grenze', 'Übereinkunft'] }, tail);
}

test('a file is current until an input changes; a touched but unchanged input keeps it current', () => {
  writeFileSync(input, 'erste Fassung');
  const file = join(dir, 'a.json');
  write(file);
  assert.deepEqual(JSON.parse(readGenerated(file, FORMAT, fingerprint)!), { words: ['Grenze', 'Übereinkunft'] });
  // Touched: the stamps differ, the contents are hashed and still match.
  const later = new Date(Date.now() + 5000);
  utimesSync(input, later, later);
  assert.notEqual(readGenerated(file, FORMAT, fingerprint), null);
  writeFileSync(input, 'zweite Fassung, länger');
  assert.equal(readGenerated(file, FORMAT, fingerprint), null);
});

test('while size and modification time are unchanged the contents are not read (as make does)', () => {
  const t = 1_700_000_000; // whole seconds: set again exactly
  writeFileSync(input, 'Fassung A');
  utimesSync(input, t, t);
  const file = join(dir, 'b.json');
  write(file);
  // Same size, contents changed, the old time put back: taken as unchanged.
  writeFileSync(input, 'Fassung B');
  utimesSync(input, t, t);
  assert.notEqual(readGenerated(file, FORMAT, fingerprint), null);
  // Another input list or other extra inputs are never taken on trust.
  assert.equal(readGenerated(file, FORMAT, (code) => fingerprintFiles(FORMAT, [...code, rel], 'other')), null);
});

test('a header whose fingerprint was altered is stale, stamps or not', () => {
  writeFileSync(input, 'Fassung C');
  const file = join(dir, 'c.json');
  write(file);
  const text = readFileSync(file, 'latin1');
  const forged = join(dir, 'forged.json');
  writeFileSync(forged, text.replace(/"fingerprint":"[0-9a-f]+"/, '"fingerprint":"0000"'), 'latin1');
  assert.equal(readGenerated(forged, FORMAT, fingerprint), null);
});

test('a tail is read apart from the body, as bytes', () => {
  writeFileSync(input, 'Fassung D');
  const file = join(dir, 'd.json');
  write(file, '["x"]{"y":2}');
  const parts = readGeneratedParts(file, FORMAT, fingerprint)!;
  assert.deepEqual(JSON.parse(parts.body), { words: ['Grenze', 'Übereinkunft'] });
  assert.equal(parts.tail.toString('latin1'), '["x"]{"y":2}');
  // readGenerated gives the body alone.
  assert.deepEqual(JSON.parse(readGenerated(file, FORMAT, fingerprint)!), { words: ['Grenze', 'Übereinkunft'] });
  assert.throws(() => write(join(dir, 'e.json'), '"Ä"'), /ASCII/);
  // Cut short: unreadable, not an error.
  const cut = join(dir, 'cut.json');
  writeFileSync(cut, readFileSync(file).subarray(0, -3));
  assert.equal(readGeneratedParts(cut, FORMAT, fingerprint), null);
  assert.equal(readGeneratedParts(join(dir, 'missing.json'), FORMAT, fingerprint), null);
});
