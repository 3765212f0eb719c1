// The `when`/`requires` word lists of a language's triggers, compiled once: which list words a token form
// matches is worked out once per word form (not once per list and clause), so asking a clause for a list is
// a walk over the few clause tokens that match any list word at all.
//
// A list word matches a token form it equals or starts; five letters or more, one it occurs in; a final "$"
// ("fund$") only the whole form (see `TriggerEntry.when` in src/lang/lexicon.ts).

/** One `when`/`requires` list: its words and their dictionary ids, in list order. */
export interface WordList {
  words: readonly string[];
  ids: number[];
  /** The list's ids as a bit set (bit `id` of word `id >> 5`), made on first use by `firstListWord`. */
  bits: Uint32Array | null;
}

/** Every word of every list of a language, with lookups that find the words a form matches in O(form length). */
export interface ListDictionary {
  words: string[];
  ids: Map<string, number>;
  /** "fund$" under "fund": the form must equal it. */
  exact: Map<string, number>;
  /** Words under five letters: the form must start with them. */
  prefix: Map<string, number>;
  /** Longer words by their first five letters: they may occur anywhere in the form. */
  grams: Map<string, number[]>;
  lists: Map<readonly string[], WordList>;
  /** Whether a word without letters or digits is among `words` (`marksMatch`): null until asked. */
  marks: boolean | null;
}

const GRAM = 5;
const NONE: readonly number[] = [];

export function newListDictionary(): ListDictionary {
  return { words: [], ids: new Map(), exact: new Map(), prefix: new Map(), grams: new Map(), lists: new Map(), marks: null };
}

/** Adds a list (once per array object); its words get dictionary ids. */
export function addList(dict: ListDictionary, list: readonly string[]): WordList {
  let compiled = dict.lists.get(list);
  if (compiled) return compiled;
  const ids: number[] = [];
  for (const w of list) ids.push(wordId(dict, w));
  compiled = { words: list, ids, bits: null };
  dict.lists.set(list, compiled);
  return compiled;
}

function wordId(dict: ListDictionary, w: string): number {
  let id = dict.ids.get(w);
  if (id !== undefined) return id;
  id = dict.words.length;
  dict.words.push(w);
  dict.marks = null;
  dict.ids.set(w, id);
  if (w.endsWith('$')) dict.exact.set(w.slice(0, -1), id);
  else if (w.length < GRAM) dict.prefix.set(w, id);
  else {
    const key = w.slice(0, GRAM);
    const list = dict.grams.get(key);
    if (list) list.push(id); else dict.grams.set(key, [id]);
  }
  return id;
}

/** Ids of the dictionary words the form `norm` matches (any order; empty for almost every form). */
export function listWordsOf(dict: ListDictionary, norm: string): readonly number[] {
  let out: number[] | null = null;
  const e = dict.exact.get(norm);
  if (e !== undefined) out = [e];
  for (let n = 0; n <= norm.length && n < GRAM; n++) {
    const p = dict.prefix.get(norm.slice(0, n));
    if (p !== undefined) (out ??= []).push(p);
  }
  for (let at = 0; at + GRAM <= norm.length; at++) {
    const ids = dict.grams.get(norm.slice(at, at + GRAM));
    if (!ids) continue;
    for (const id of ids) if (norm.startsWith(dict.words[id], at) && !out?.includes(id)) (out ??= []).push(id);
  }
  return out ?? NONE;
}

/**
 * Whether a form without letters or digits (punctuation, symbols) can match any word of the dictionary:
 * only a word without them can be part of such a form. Almost never, so such tokens need no lookup.
 */
export function marksMatch(dict: ListDictionary): boolean {
  if (dict.marks === null) dict.marks = dict.words.some((w) => !LETTER_OR_DIGIT.test(w));
  return dict.marks;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The first word of `list` among the dictionary words `matched` (a token's `listWordsOf`), or null. */
export function firstListWord(list: WordList, matched: readonly number[]): string | null {
  // A token matches one or two words and a list has up to ~100: test the few matched ids against the
  // list's bit set rather than scan the list for each. List order decides among several matches.
  const bits = list.bits ??= idBits(list.ids);
  let first = -1;
  for (let j = 0; j < matched.length; j++) {
    const id = matched[j];
    const word = id >> 5;
    if (word >= bits.length || (bits[word] & (1 << (id & 31))) === 0) continue;
    const at = list.ids.indexOf(id);
    if (first < 0 || at < first) first = at;
  }
  return first < 0 ? null : list.words[first];
}

function idBits(ids: readonly number[]): Uint32Array {
  let max = 0;
  for (const id of ids) if (id > max) max = id;
  const bits = new Uint32Array((max >> 5) + 1);
  for (const id of ids) bits[id >> 5] |= 1 << (id & 31);
  return bits;
}

/** The rule `listWordsOf` implements, word by word (for tests). */
export function wordMatches(norm: string, w: string): boolean {
  if (w.endsWith('$')) return norm === w.slice(0, -1);
  return w.length >= GRAM ? norm.includes(w) : norm.startsWith(w);
}
