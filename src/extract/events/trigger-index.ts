// The trigger index of a language pack: every surface form of every lexicon entry,
// built once per language, so that finding triggers is one Map lookup per token.
import type { TriggerEntry } from '../../lang/lexicon.js';
import { getPack, isBuiltinPack, type LanguagePack, type PackVerbForm } from '../../lang/pack.js';
import { addList, listWordsOf, newListDictionary, type ListDictionary, type WordList } from './clause-words.js';
import { INDEX_CODE_ROOTS, readPrebuiltIndex, writePrebuiltIndex } from './prebuilt-index.js';
import { sourceClosure } from '../../util/generated-file.js';
import { remember } from '../../util/word-memo.js';

export type HitKind = PackVerbForm['kind'] | 'noun' | 'adj' | 'phrase';

export interface TriggerHit {
  entry: TriggerEntry;
  kind: HitKind;
  mood: 'ind' | 'kj1' | 'kj2' | null;
  /** Detached particle that must appear later in the clause (German separable verbs). */
  particle: string | null;
  /** The entry's `requires` and `when` lists, compiled. */
  lists: EntryLists;
  /** `kindBit(kind)`: the reading filters of the trigger loop test a bit mask, not a callback per hit. */
  bit: number;
}

/** The bit of each hit kind (`TriggerHit.bit`). */
export const KIND_BITS: Readonly<Record<HitKind, number>> = {
  fin: 1, inf: 2, zuinf: 4, pa1: 8, pa2: 16, imp: 32, ing: 64, noun: 128, adj: 256, phrase: 512,
};

export function kindBit(kind: HitKind): number {
  return KIND_BITS[kind];
}

/** An entry's `requires` list and its `when` refinements (in order), compiled (clause-words.ts). */
export interface EntryLists {
  requires: WordList | null;
  when: Array<{ near: WordList; cameo: string }> | null;
}

/** A multi-word trigger: every word must occur in the clause near the anchor. */
export interface PhraseRule {
  entry: TriggerEntry;
  /** Accepted surface forms per word of the phrase; index `anchor` is the indexed word. */
  words: Array<ReadonlySet<string>>;
  /** Per word: detached separable-verb forms → the particle they need later in the clause. */
  particles: Array<ReadonlyMap<string, string>>;
  anchor: number;
  /** German noun words of the phrase: a compound ending in one of their forms counts ("Wirtschaftssanktionen" for "Sanktion"). */
  nouns: boolean[] | undefined;
  lists: EntryLists;
  /**
   * Per word: a bit per length of its forms (`lengthBit`). The phrase matchers test a token against
   * it before looking its norm up in `words`: a string hash lookup per window token is their main cost.
   */
  lengths: number[];
}

/** The bit of a form of this length in `PhraseRule.lengths` (lengths of 31 and more share the top bit). */
export function lengthBit(length: number): number {
  return 1 << (length < 31 ? length : 31);
}

/** `PhraseRule.lengths` of a rule's word forms. */
export function formLengths(words: ReadonlyArray<ReadonlySet<string>>): number[] {
  return words.map((forms) => {
    let mask = 0;
    for (const f of forms) mask |= lengthBit(f.length);
    return mask;
  });
}

export interface TriggerIndex {
  single: Map<string, TriggerHit[]>;
  /** Noun forms usable as compound heads (German "Wirtschafts|sanktionen"). */
  heads: Set<string>;
  phrases: Map<string, PhraseRule[]>;
  /** German noun forms that anchor phrases: compound heads for phrase lookup only (the single-word heads stay apart). */
  phraseHeads: Set<string>;
  /** Memo of compound analyses: norm → head form or null. Bounded. */
  compoundMemo: Map<string, string | null>;
  /** The same for phrase anchors (heads from `phraseHeads`). */
  phraseMemo: Map<string, string | null>;
  /** Every `when`/`requires` list of the language's triggers, compiled (see clause-words.ts). */
  lists: ListDictionary;
  /** The compiled lists by entry (hits and phrase rules carry theirs). */
  entryLists: Map<TriggerEntry, EntryLists>;
  /** Forms of speech and embedding verbs: a comma after them opens reported speech ("sagte, Russland habe …"). */
  complementTakers: ReadonlySet<string>;
  /** `complementTakers.has`, bound once (the clause splitter asks it per comma). */
  takesComplement: (norm: string) => boolean;
  /** Memo of `wordInfo`: norm → what the index holds for it. Bounded. */
  words: Map<string, WordInfo>;
}

/**
 * Everything the index holds for one word form, looked up once per token: a per-form memo, since word
 * forms repeat (Zipf) and a sentence needs each answer several times.
 */
export interface WordInfo {
  single: TriggerHit[] | undefined;
  phrases: PhraseRule[] | undefined;
  /** Ids of the `when`/`requires` words the form matches (`lists.words`). */
  listWords: readonly number[];
  /** German compound readings, resolved on first use (`compoundDone`). */
  compoundSingle: TriggerHit[] | undefined;
  compoundPhrases: PhraseRule[] | undefined;
  compoundDone: boolean;
  /**
   * The word classes of the form that the frame builder asks about (bits of sentence.ts `formFeatures`),
   * worked out on first use, a tier at a time (0: nothing yet).
   */
  feats: number;
}

const ADJ_ENDINGS_DE = ['', 'e', 'en', 'er', 'es', 'em'];

function add(map: Map<string, TriggerHit[]>, form: string, hit: TriggerHit): void {
  const list = map.get(form);
  if (!list) map.set(form, [hit]);
  else if (!list.some((h) => h.entry === hit.entry && h.kind === hit.kind && h.particle === hit.particle)) list.push(hit);
}

function wordForms(pack: LanguagePack, word: string, particles: Map<string, string>): Set<string> {
  const forms = new Set<string>([word.toLowerCase()]);
  const isGermanNoun = pack.lang === 'de' && word[0] !== word[0].toLowerCase();
  if (isGermanNoun || pack.lang !== 'de') for (const f of pack.nounForms(word)) forms.add(f);
  if (!isGermanNoun && (pack.lang !== 'de' || /n$/.test(word))) {
    const entry = { id: '', lemma: word, pos: 'verb', cameo: '', source: [], target: [] } as TriggerEntry;
    // Detached forms of separable verbs too ("legten … ein" for "einlegen"), which need their particle later
    // in the clause ("stellt … bereit" is no "einstellen").
    for (const f of pack.verbForms(entry)) {
      if (f.particle && !forms.has(f.form)) particles.set(f.form, f.particle);
      else if (!f.particle) particles.delete(f.form);
      forms.add(f.form);
    }
  }
  return forms;
}

function indexPhrase(pack: LanguagePack, entry: TriggerEntry, lists: EntryLists, phrases: Map<string, PhraseRule[]>, phraseHeads: Set<string>): void {
  const parts = entry.lemma.split(/\s+/).filter(Boolean);
  const particles = parts.map(() => new Map<string, string>());
  const words = parts.map((w, i) => wordForms(pack, w, particles[i]));
  // Anchor on the longest word: the rarest in text, so the fewest rule checks.
  let anchor = 0;
  parts.forEach((w, i) => { if (w.length > parts[anchor].length) anchor = i; });
  const nouns = pack.lang === 'de' ? parts.map((w) => w[0] !== w[0].toLowerCase()) : undefined;
  // Every rule has the same keys (one object shape for the matchers).
  const rule: PhraseRule = { entry, words, particles, anchor, nouns: nouns?.some(Boolean) ? nouns : undefined, lists, lengths: formLengths(words) };
  // A German noun anchor is also a compound head: "Militärhilfe einstellen" finds the phrase "Hilfe einstellen".
  if (nouns?.[anchor]) for (const f of words[anchor]) if (f.length >= 4) phraseHeads.add(f);
  for (const f of words[anchor]) {
    const list = phrases.get(f);
    if (list) list.push(rule); else phrases.set(f, [rule]);
  }
}

/**
 * The trigger index of a pack: for the built-in packs read from the file the build prebuilds
 * (prebuilt-index.ts) when it is current, else compiled here.
 */
export function buildTriggerIndex(pack: LanguagePack): TriggerIndex {
  return (isBuiltinPack(pack) ? readPrebuiltIndex(pack) : null) ?? compileTriggerIndex(pack);
}

/** Compiles the built-in pack's index and writes it to the prebuilt file (scripts/build-data.mjs). Returns its size. */
export function writeTriggerIndex(lang: string): number {
  const pack = getPack(lang);
  if (!pack) throw new Error(`no language pack for ${lang}`);
  return writePrebuiltIndex(pack, compileTriggerIndex(pack), sourceClosure(INDEX_CODE_ROOTS));
}

/** Every surface form of every entry, expanded by the pack's morphology. */
export function compileTriggerIndex(pack: LanguagePack): TriggerIndex {
  const single = new Map<string, TriggerHit[]>();
  const phrases = new Map<string, PhraseRule[]>();
  const heads = new Set<string>();
  const phraseHeads = new Set<string>();
  const lists = newListDictionary();
  const entryLists = new Map<TriggerEntry, EntryLists>();
  for (const entry of pack.triggers) {
    const el: EntryLists = {
      requires: entry.requires ? addList(lists, entry.requires) : null,
      when: entry.when ? entry.when.map((w) => ({ near: addList(lists, w.near), cameo: w.cameo })) : null,
    };
    entryLists.set(entry, el);
    if (entry.pos === 'phrase' || /\s/.test(entry.lemma)) {
      indexPhrase(pack, entry, el, phrases, phraseHeads);
    } else if (entry.pos === 'verb') {
      for (const f of pack.verbForms(entry)) add(single, f.form, { entry, kind: f.kind, mood: f.mood, particle: f.particle, lists: el, bit: kindBit(f.kind) });
    } else if (entry.pos === 'noun') {
      for (const f of pack.nounForms(entry.lemma)) {
        add(single, f, { entry, kind: 'noun', mood: null, particle: null, lists: el, bit: KIND_BITS.noun });
        if (entry.compound !== false && pack.compoundHead && f.length >= 4) heads.add(f);
      }
    } else {
      const base = entry.lemma.toLowerCase();
      const endings = pack.lang === 'de' ? ADJ_ENDINGS_DE : [''];
      for (const e of endings) add(single, base + e, { entry, kind: 'adj', mood: null, particle: null, lists: el, bit: KIND_BITS.adj });
    }
  }
  const complementTakers = new Set<string>();
  for (const [form, hits] of single) if (hits.some((h) => h.entry.speech || h.entry.embeds)) complementTakers.add(form);
  const takesComplement = (norm: string) => complementTakers.has(norm);
  return { single, heads, phrases, phraseHeads, compoundMemo: new Map(), phraseMemo: new Map(), lists, entryLists, complementTakers, takesComplement, words: new Map() };
}

export function wordInfo(index: TriggerIndex, norm: string): WordInfo {
  let info = index.words.get(norm);
  if (info) return info;
  info = {
    single: index.single.get(norm), phrases: index.phrases.get(norm), listWords: listWordsOf(index.lists, norm),
    compoundSingle: undefined, compoundPhrases: undefined, compoundDone: false, feats: 0,
  };
  remember(index.words, norm, info);
  return info;
}

/** The German compound readings of a capitalised form (`compoundHits`, `compoundPhrases`), kept in its info. */
export function resolveCompounds(pack: LanguagePack, index: TriggerIndex, norm: string, info: WordInfo): void {
  if (info.compoundDone) return;
  info.compoundPhrases = compoundPhrases(pack, index, norm);
  info.compoundSingle = compoundHits(pack, index, norm);
  info.compoundDone = true;
}

/** Noun hits for a German compound whose head is a known trigger noun ("wirtschaftssanktionen" → sanktionen). */
export function compoundHits(pack: LanguagePack, index: TriggerIndex, norm: string): TriggerHit[] | undefined {
  if (!pack.compoundHead || norm.length < 7) return undefined;
  let head = index.compoundMemo.get(norm);
  if (head === undefined) {
    head = pack.compoundHead(norm, index.heads);
    remember(index.compoundMemo, norm, head);
  }
  if (!head) return undefined;
  return index.single.get(head)?.filter((h) => h.kind === 'noun' && h.entry.compound !== false);
}

/** Phrases anchored on the head of a German compound ("Wirtschaftssanktionen" → rules of "sanktionen"). */
export function compoundPhrases(pack: LanguagePack, index: TriggerIndex, norm: string): PhraseRule[] | undefined {
  if (!pack.compoundHead || norm.length < 7 || !index.phraseHeads.size) return undefined;
  let head = index.phraseMemo.get(norm);
  if (head === undefined) {
    head = pack.compoundHead(norm, index.phraseHeads);
    remember(index.phraseMemo, norm, head);
  }
  return head ? index.phrases.get(head)?.filter((r) => r.nouns?.[r.anchor] && r.entry.compound !== false) : undefined;
}
