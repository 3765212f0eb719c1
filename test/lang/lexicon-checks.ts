// The checks every language pack's trigger lexicon must pass (the shared part of
// test/lang/<lang>/lexicon.test.ts): one file per CAMEO root, size, ids, CAMEO codes, slots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dataPath, loadJson } from '../../src/util/data.js';
import { SLOT_NAMES, type TriggerEntry } from '../../src/lang/lexicon.js';

export const EMBED_STATUSES = new Set(['alleged', 'hypothetical', 'future', 'negated', 'question']);
const POS = new Set(['verb', 'noun', 'phrase', 'adj']);

export interface LoadedLexicon {
  byFile: Array<{ file: string; entries: TriggerEntry[] }>;
  all: TriggerEntry[];
  isSlot(s: string): boolean;
}

/** Loads src/lang/<lang>/triggers-*.json and registers the shared tests for it. */
export function checkLexicon(lang: string): LoadedLexicon {
  const dir = `src/lang/${lang}`;
  const files = readdirSync(dataPath(dir)).filter((f) => /^triggers.*\.json$/.test(f)).sort();
  const byFile = files.map((f) => ({ file: f, entries: loadJson<TriggerEntry[]>(`${dir}/${f}`) }));
  const all = byFile.flatMap((f) => f.entries);
  const preps = new Set(Object.values(loadJson<{ prepositions: Record<string, string> }>(`${dir}/cues.json`).prepositions));
  const isSlot = (s: string) => SLOT_NAMES.includes(s) || (s.startsWith('pp:') && preps.has(s.slice(3)));

  test(`${lang}: one file per CAMEO root 01–20, entries in their root file`, () => {
    assert.ok(files.every((f) => /^triggers-\d\d-[a-z-]+\.json$/.test(f)), files.join(' '));
    assert.deepEqual(files.map((f) => f.slice(9, 11)), Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    for (const { file, entries } of byFile) for (const e of entries) assert.equal(e.cameo.slice(0, 2), file.slice(9, 11), `${e.id} in ${file}`);
  });

  test(`${lang}: every root has at least 15 entries, at least 850 in all`, () => {
    for (const { file, entries } of byFile) assert.ok(entries.length >= 15, `${file}: ${entries.length}`);
    assert.ok(all.length >= 850, `${all.length} entries`);
  });

  test(`${lang}: ids are unique and follow ${lang}.<pos>.<lemma>[.<sense>]`, () => {
    const seen = new Set<string>();
    for (const e of all) {
      assert.ok(!seen.has(e.id), `duplicate ${e.id}`);
      seen.add(e.id);
      assert.ok(POS.has(e.pos), e.id);
      const key = e.lemma.toLowerCase().replace(/\s+/g, '-');
      assert.ok(e.id === `${lang}.${e.pos}.${key}` || e.id.startsWith(`${lang}.${e.pos}.${key}.`), e.id);
    }
  });

  test(`${lang}: CAMEO codes exist in the reference table`, (t) => {
    const tsv = dataPath('../shared/peer/cameo/cameo-event-codes.tsv');
    if (!existsSync(tsv)) return t.skip('CAMEO table not available');
    const codes = new Set(readFileSync(tsv, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]).filter(Boolean));
    for (const e of all) {
      assert.ok(codes.has(e.cameo), `${e.id}: ${e.cameo}`);
      for (const w of e.when ?? []) assert.ok(codes.has(w.cameo), `${e.id} when: ${w.cameo}`);
    }
  });

  test(`${lang}: slots, statuses and context words are well-formed`, () => {
    for (const e of all) {
      assert.ok(e.source.length > 0, `${e.id} has no source slot`);
      for (const s of [...e.source, ...e.target]) assert.ok(isSlot(s), `${e.id}: slot ${s}`);
      if (e.embeds) assert.ok(EMBED_STATUSES.has(e.embeds), `${e.id}: embeds ${e.embeds}`);
      if (e.control) assert.ok(e.control === 'obj' || e.control === 'subj', e.id);
      // Context words are compared with single tokens: a space would never match. A final "$" asks for the whole token.
      const words = [...(e.requires ?? []), ...(e.when ?? []).flatMap((w) => w.near)];
      for (const w of words) assert.match(w, /^[\p{Ll}\d-]+\$?$/u, `${e.id}: near/requires item "${w}"`);
      for (const w of e.when ?? []) assert.ok(w.near.length > 0, `${e.id}: empty when`);
    }
  });

  return { byFile, all, isSlot };
}
