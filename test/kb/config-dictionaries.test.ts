// Dictionaries named in lagebild.config.json load on every run, before --dict, relative to the config file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { dictionaryPaths } from '../../src/kb/dictionaries.js';

test('config dictionaries come first and resolve relative to the config file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-config-'));
  const cfg = join(dir, 'lagebild.config.json');
  writeFileSync(cfg, JSON.stringify({ dictionaries: ['a.yaml', 'sub/b.txt'] }));
  process.env.LAGEBILD_CONFIG = cfg;
  try {
    assert.deepEqual(dictionaryPaths(['c.yaml']), [join(dir, 'a.yaml'), join(dir, 'sub/b.txt'), 'c.yaml']);
  } finally {
    delete process.env.LAGEBILD_CONFIG;
  }
});

test('a broken config names the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-config-'));
  const cfg = join(dir, 'lagebild.config.json');
  writeFileSync(cfg, '{"dictionaries": [1]}');
  process.env.LAGEBILD_CONFIG = cfg;
  try {
    assert.throws(() => dictionaryPaths([]), new RegExp(`${cfg.replace(/[.]/g, '\\.')}: "dictionaries" must be a list`));
  } finally {
    delete process.env.LAGEBILD_CONFIG;
  }
});
