// The matcher's root filters (src/extract/actors/match.ts) and the lexicon's lowerStarts they rest on
// (src/extract/actors/lexicon.ts): a lower-case word is looked up only under root keys where some name
// may start in lower case, in a lexicon compiled at run time (user dictionaries) as in the prebuilt one.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildKnowledgeBase } from '../../../src/kb/load.js';
import { readPrebuilt, sourceClosure, writePrebuilt } from '../../../src/kb/prebuilt.js';
import type { Entity, KnowledgeBase } from '../../../src/kb/types.js';
import { compileLexicon, encodeLexicon, type Lexicon, type TrieNode } from '../../../src/extract/actors/lexicon.js';
import { findAtoms } from '../../../src/extract/actors/match.js';
import { splitParts } from '../../../src/extract/actors/parts.js';
import { tokenize } from '../../../src/text/segment.js';

const built = buildKnowledgeBase();

/** Made-up names: one that may start in lower case, one that needs its capital. */
const extra: Entity[] = [
  { id: 'test.zorblat', type: 'group', code: 'ZZZREB', name: 'zorblat', kind: 'group', names: [{ text: 'zorblat', lang: null, form: 'name' }, { text: 'zorblat militia', lang: 'en', form: 'name' }] },
  { id: 'test.quvennor', type: 'group', code: 'ZZZOPP', name: 'Quvennor Front', kind: 'group', names: [{ text: 'Quvennor', lang: null, form: 'name' }, { text: 'Quvennor Front', lang: 'en', form: 'name' }] },
];
const kb: KnowledgeBase = { ...built, entities: [...built.entities, ...extra] };
const lex = compileLexicon(kb);

/** The definition, by brute force: some entry at or below the node allows a lower-case first part. */
function admitsLower(node: TrieNode): boolean {
  if (node.entries?.some((x) => x.caseReq[0] === 0)) return true;
  return node.next !== null && [...node.next.values()].some(admitsLower);
}

test('lowerStarts holds exactly the root keys with a name that may start in lower case', () => {
  const expected = [...lex.root].filter(([, n]) => admitsLower(n)).map(([k]) => k);
  assert.deepEqual(lex.lowerStarts, expected);
  const lower = new Set(lex.lowerStarts);
  for (const k of ['zorblat', 'the']) assert.ok(lower.has(k), k);
  for (const k of ['quvennor', 'said']) assert.ok(!lower.has(k), k);
  assert.ok(lex.lowerStarts.length < lex.root.size / 5, 'most root keys need a capital');
});

test('the prebuilt lexicon decodes the same lowerStarts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-match-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'kb-lexicon.json');
  writePrebuilt(kb, encodeLexicon(lex), sourceClosure(['src/extract/actors/lexicon.ts']), file);
  const decoded = compileLexicon(readPrebuilt(file)!);
  assert.deepEqual(decoded.lowerStarts, lex.lowerStarts);
});

function atomsOf(text: string, l: Lexicon, lang: string): string[] {
  const parts = splitParts(tokenize(text));
  return findAtoms(parts, l, lang).map((a) => `${parts.slice(a.p0, a.p1).map((p) => p.text).join(' ')}=${a.entry.entity.id}${a.possessive ? "'s" : ''}`);
}

// [text, lang, atoms of the made-up entities expected]
const cases: Array<[string, string, string[]]> = [
  ['Envoys of zorblat arrived on Monday.', 'en', ['zorblat=test.zorblat']],
  ['The zorblat militia withdrew.', 'en', ['zorblat militia=test.zorblat']],
  ["zorblat's envoys left early.", 'en', ["zorblat's=test.zorblat's"]],
  ['Quvennor rejected the offer.', 'en', ['Quvennor=test.quvennor']],
  ['The Quvennor Front rejected the offer.', 'en', ['Quvennor Front=test.quvennor']],
  ["Quvennor's leaders rejected the offer.", 'en', ["Quvennor's=test.quvennor's"]],
  ['the quvennor front is a made-up name.', 'en', []],
  ["a quvennor's hat is no name either.", 'en', []],
  ['Die Kämpfer von zorblat zogen ab.', 'de', ['zorblat=test.zorblat']],
];

for (const [text, lang, expected] of cases) {
  test(`atoms: ${text}`, () => {
    assert.deepEqual(atomsOf(text, lex, lang).filter((a) => a.includes('=test.')), expected);
  });
}

test('lower-case names of the KB itself still match ("the West", "der Westen")', () => {
  assert.ok(atomsOf('Sanctions by the West hurt.', lex, 'en').includes('the West=kb.region.west'));
  assert.ok(atomsOf('Der Streit mit dem Westen wächst, sagt der Westen.', lex, 'de').includes('der Westen=kb.region.west'));
});
