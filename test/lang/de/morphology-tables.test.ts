import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lookupVerb, isKonjunktiv1Only, morphologyTablesCurrent, nounForms, verbForms, writeMorphologyTables } from '../../../src/lang/de/morphology.js';

// The build writes the dictionaries as compact tables (scripts/build-data.mjs); a missing, foreign or
// damaged file is never used (the tables are then built in memory), so it can never change an analysis.
test('the table file round-trips and a bad one is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-morph-'));
  try {
    const path = join(dir, 'de-morphology.dat');
    assert.equal(morphologyTablesCurrent(path), false, 'missing file');
    writeFileSync(path, 'not a table file\n');
    assert.equal(morphologyTablesCurrent(path), false, 'garbage');
    writeFileSync(path, JSON.stringify({ format: 'lagebild-de-morphology/2', fingerprint: 'stale', sections: {} }) + '\n');
    assert.equal(morphologyTablesCurrent(path), false, 'stale fingerprint');
    const bytes = writeMorphologyTables(path);
    assert.equal(statSync(path).size, bytes);
    assert.ok(bytes > 1e6, 'the dictionaries are in it');
    assert.equal(morphologyTablesCurrent(path), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dictionary lookups through the tables', () => {
  // verbs (reverse index), Konjunktiv I flags, nouns including umlauts and a compound head
  assert.ok(lookupVerb('überwies').some((a) => a.lemma === 'überweisen' && a.kind === 'fin' && a.tense === 'past'));
  assert.ok(lookupVerb('beschloss').some((a) => a.lemma === 'beschließen' && a.kind === 'fin'));
  assert.equal(isKonjunktiv1Only('erkläre'), true);
  assert.equal(isKonjunktiv1Only('erklärt'), false);
  assert.ok(verbForms('abschieben').some((f) => f.form === 'schob' && f.particle === 'ab'));
  assert.ok(nounForms('Bündnis').includes('bündnisse'));
  assert.ok(nounForms('Grenzschließung').includes('grenzschließungen'));
  assert.deepEqual(lookupVerb('constructor'), []);
  assert.deepEqual(nounForms('__proto__').length > 0, true);
});
