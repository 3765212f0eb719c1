// The trigger index of each language, prebuilt by the build (scripts/build-data.mjs →
// dist/generated/triggers-<lang>.json, gitignored). Compiling it expands every lexicon lemma into its
// word forms (German: the dictionary tables, separable particles, declension) and costs a fresh thread
// about half a second of CPU for German; rebuilding its Maps from the flat arrays here costs a few
// tens of milliseconds. The file's fingerprint covers the language's trigger files, the source of
// the code that compiles the index (trigger-index.ts, pack.ts and the morphology modules, transitively)
// and the German dictionaries; a missing or stale file means the index is compiled at run time.
//
// Entries are numbers: their position in the pack's `triggers` (the file lists their ids, checked on
// reading). The decoded index has the very shape and insertion orders compileTriggerIndex() gives.
import { dataPath } from '../../util/data.js';
import { fingerprintFiles, readGenerated, writeGenerated } from '../../util/generated-file.js';
import { dictionaryStamp } from '../../lang/de/morphology.js';
import { triggerFiles, type LanguagePack } from '../../lang/pack.js';
import type { TriggerEntry } from '../../lang/lexicon.js';
import { formLengths, kindBit, type EntryLists, type HitKind, type PhraseRule, type TriggerHit, type TriggerIndex } from './trigger-index.js';
import { addList, newListDictionary } from './clause-words.js';

/** Where the build writes a language's index (relative to the package root). */
export function prebuiltIndexFile(lang: string): string {
  return `dist/generated/triggers-${lang}.json`;
}
const FORMAT = 'lagebild-trigger-index/1';

/** The modules whose code makes the index; the build stores their source closure in the header. */
export const INDEX_CODE_ROOTS = ['src/extract/events/trigger-index.ts', 'src/lang/pack.ts'];

const KINDS: readonly HitKind[] = ['fin', 'inf', 'zuinf', 'pa1', 'pa2', 'imp', 'ing', 'noun', 'adj', 'phrase'];
const MOODS: ReadonlyArray<TriggerHit['mood']> = [null, 'ind', 'kj1', 'kj2'];

interface EncodedIndex {
  lang: string;
  /** Ids of the pack's triggers, in order (the entry numbers below index them). */
  entries: string[];
  /** Detached particles of the hits; 0 stands for none. */
  particles: Array<string | null>;
  /**
   * `single` flat, in Map order: a string starts a form, each number after it is one of its hits,
   * ((entry · KINDS + kind) · MOODS + mood) · particles + particle (one number: the array stays short
   * and JSON.parse fast).
   */
  single: Array<string | number>;
  heads: string[];
  /** The distinct word-form lists of the phrase rules (a verb's forms recur across its phrases). */
  forms: string[][];
  /** Per phrase rule, in entry order: entry, per word its list in `forms`, per word its [form, particle] pairs, anchor, nouns (0 for none). */
  rules: Array<[number, number[], Array<Array<[string, string]>>, number, boolean[] | 0]>;
}

function fingerprint(lang: string, code: string[]): string {
  return fingerprintFiles(FORMAT, [...code, ...triggerFiles(lang)], `${lang}${lang === 'de' ? dictionaryStamp() : ''}`);
}

/** The index as JSON-ready arrays (for the build). */
export function encodeTriggerIndex(pack: LanguagePack, index: TriggerIndex): EncodedIndex {
  const num = new Map<TriggerEntry, number>(pack.triggers.map((e, i) => [e, i]));
  const particles: Array<string | null> = [null];
  const single: Array<string | number> = [];
  for (const [form, hits] of index.single) {
    single.push(form);
    for (const h of hits) {
      if (!particles.includes(h.particle)) particles.push(h.particle);
      single.push(((num.get(h.entry)! * KINDS.length + KINDS.indexOf(h.kind)) * MOODS.length + MOODS.indexOf(h.mood)) * 64 + particles.indexOf(h.particle));
    }
  }
  if (particles.length > 64) throw new Error('trigger index: more than 64 particles');
  const forms: string[][] = [];
  const formIds = new Map<string, number>();
  const formList = (set: ReadonlySet<string>): number => {
    const list = [...set];
    const key = list.join('\n');
    let id = formIds.get(key);
    if (id === undefined) { id = forms.length; forms.push(list); formIds.set(key, id); }
    return id;
  };
  const rules: EncodedIndex['rules'] = [];
  const seen = new Set<PhraseRule>();
  for (const list of index.phrases.values()) {
    for (const r of list) {
      if (seen.has(r)) continue;
      seen.add(r);
      rules.push([num.get(r.entry)!, r.words.map(formList), r.particles.map((p) => [...p]), r.anchor, r.nouns ?? 0]);
    }
  }
  // Rules in the order they were made (entry order), as compileTriggerIndex() indexes them.
  rules.sort((a, b) => a[0] - b[0]);
  return { lang: pack.lang, entries: pack.triggers.map((e) => e.id), particles, single, heads: [...index.heads], forms, rules };
}

/**
 * The index compileTriggerIndex(pack) would make, from encodeTriggerIndex()'s arrays, or null when
 * they were made from other triggers.
 */
export function decodeTriggerIndex(pack: LanguagePack, enc: EncodedIndex): TriggerIndex | null {
  const entries = pack.triggers;
  if (enc.lang !== pack.lang || enc.entries.length !== entries.length) return null;
  for (let i = 0; i < entries.length; i++) if (enc.entries[i] !== entries[i].id) return null;
  // The word lists are compiled as compileTriggerIndex() does, entry by entry (same ids, same Maps).
  const lists = newListDictionary();
  const entryLists = new Map<TriggerEntry, EntryLists>();
  const byNum: EntryLists[] = [];
  const complements: boolean[] = [];
  for (const entry of entries) {
    const el: EntryLists = {
      requires: entry.requires ? addList(lists, entry.requires) : null,
      when: entry.when ? entry.when.map((w) => ({ near: addList(lists, w.near), cameo: w.cameo })) : null,
    };
    entryLists.set(entry, el);
    byNum.push(el);
    complements.push(Boolean(entry.speech || entry.embeds));
  }
  const { single, complementTakers } = decodeSingle(enc, entries, byNum, complements);
  const phrases = new Map<string, PhraseRule[]>();
  const phraseHeads = new Set<string>();
  for (const [e, wordLists, particleLists, anchor, nouns] of enc.rules) {
    const entry = entries[e];
    const words = wordLists.map((w) => new Set(enc.forms[w]));
    const particles = particleLists.map((p) => new Map(p));
    const rule: PhraseRule = { entry, words, particles, anchor, nouns: nouns || undefined, lists: byNum[e], lengths: formLengths(words) };
    const anchorForms = enc.forms[wordLists[anchor]];
    if (nouns && nouns[anchor]) for (const f of anchorForms) if (f.length >= 4) phraseHeads.add(f);
    for (const f of anchorForms) {
      const list = phrases.get(f);
      if (list) list.push(rule); else phrases.set(f, [rule]);
    }
  }
  const takesComplement = (norm: string) => complementTakers.has(norm);
  return {
    single, heads: new Set(enc.heads), phrases, phraseHeads, compoundMemo: new Map(), phraseMemo: new Map(), lists, entryLists,
    complementTakers, takesComplement, words: new Map(),
  };
}

/** The single-word hits by form, and the forms among them that take a complement (speech or embedding entries), both in Map order. */
function decodeSingle(enc: EncodedIndex, entries: TriggerEntry[], byNum: EntryLists[], complements: boolean[]):
  { single: Map<string, TriggerHit[]>; complementTakers: Set<string> } {
  const single = new Map<string, TriggerHit[]>();
  const complementTakers = new Set<string>();
  const s = enc.single;
  const particles = enc.particles;
  let form = '';
  let hits: TriggerHit[] = [];
  for (let i = 0; i < s.length; i++) {
    const v = s[i];
    if (typeof v === 'string') {
      form = v;
      hits = [];
      single.set(form, hits);
      continue;
    }
    const particle = particles[v % 64];
    const km = (v - (v % 64)) / 64;
    const mood = MOODS[km % MOODS.length];
    const k = (km - (km % MOODS.length)) / MOODS.length;
    const e = (k - (k % KINDS.length)) / KINDS.length;
    const kind = KINDS[k % KINDS.length];
    hits.push({ entry: entries[e], kind, mood, particle, lists: byNum[e], bit: kindBit(kind) });
    if (complements[e]) complementTakers.add(form);
  }
  return { single, complementTakers };
}

/** Writes the encoded index of `pack` with the header; `code` is the source closure of INDEX_CODE_ROOTS. Returns its size. */
export function writePrebuiltIndex(pack: LanguagePack, index: TriggerIndex, code: string[], path: string = dataPath(prebuiltIndexFile(pack.lang))): number {
  return writeGenerated(path, { format: FORMAT, fingerprint: fingerprint(pack.lang, code), code }, encodeTriggerIndex(pack, index));
}

/** Whether the language's file is there and current (the build skips regenerating it then). */
export function prebuiltIndexCurrent(lang: string, path: string = dataPath(prebuiltIndexFile(lang))): boolean {
  return readGenerated(path, FORMAT, (code) => fingerprint(lang, code)) !== null;
}

/** The prebuilt index of the pack's language, or null when the file is missing, stale or made from other triggers. */
export function readPrebuiltIndex(pack: LanguagePack, path: string = dataPath(prebuiltIndexFile(pack.lang))): TriggerIndex | null {
  const text = readGenerated(path, FORMAT, (code) => fingerprint(pack.lang, code));
  if (text === null) return null;
  try {
    return decodeTriggerIndex(pack, JSON.parse(text) as EncodedIndex);
  } catch {
    return null; // unreadable: compiled at run time
  }
}
