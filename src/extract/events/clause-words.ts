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
}

const GRAM = 5;
const NONE: readonly number[] = [];

export function newListDictionary(): ListDictionary {
  return { words: [], ids: new Map(), exact: new Map(), prefix: new Map(), grams: new Map(), lists: new Map() };
}

/** Adds a list (once per array object); its words get dictionary ids. */
export function addList(dict: ListDictionary, list: readonly string[]): WordList {
  let compiled = dict.lists.get(list);
  if (compiled) return compiled;
  const ids: number[] = [];
  for (const w of list) ids.push(wordId(dict, w));
  compiled = { words: list, ids };
  dict.lists.set(list, compiled);
  return compiled;
}

function wordId(dict: ListDictionary, w: string): number {
  let id = dict.ids.get(w);
  if (id !== undefined) return id;
  id = dict.words.length;
  dict.words.push(w);
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

/** The first word of `list` among the dictionary words `matched` (a token's `listWordsOf`), or null. */
export function firstListWord(list: WordList, matched: readonly number[]): string | null {
  const ids = list.ids;
  // Lists are short (a few words to ~100) and a token matches one or two words: a scan beats a map per list.
  for (let i = 0; i < ids.length; i++) if (matched.includes(ids[i])) return list.words[i];
  return null;
}

/** The rule `listWordsOf` implements, word by word (for tests). */
export function wordMatches(norm: string, w: string): boolean {
  if (w.endsWith('$')) return norm === w.slice(0, -1);
  return w.length >= GRAM ? norm.includes(w) : norm.startsWith(w);
}
