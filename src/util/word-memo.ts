// Memos keyed by word forms live as long as the thread and see every document: they must stay bounded and
// must not keep documents alive. V8 keeps a substring of 13 or more characters (a token's text or norm)
// as a view on the whole string it came from, so a key stored as it came would hold its document.

/** Word forms cached per memo before it starts again (news repeats its words; the tail is numbers, names, typos). */
export const WORD_MEMO_MAX = 50_000;

/** `s` as a string of its own: never a view on a longer text (short strings are copies already). */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/**
 * Stores `value` under a copy of `key`, emptying the memo first when it is full; returns `value`.
 * Numbers ("2024", "1,5", "3.") are not stored: unlike words they do not repeat (every figure, date and count is
 * new), so over a long ingest they would only fill the memos, and what is computed for them is cheap.
 */
export function remember<K extends string, V>(memo: Map<K, V>, key: K, value: V, max: number = WORD_MEMO_MAX): V {
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57) return value;
  if (memo.size >= max) memo.clear();
  memo.set(ownCopy(key) as K, value);
  return value;
}
