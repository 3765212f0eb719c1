// Normalised keys shared by the knowledge base and the recogniser: lower case,
// diacritics removed, ß → ss, typographic apostrophes and dashes unified. A name and
// a text token that differ only in case, accents or hyphenation get the same key.

const MARKS = /\p{M}+/gu;

/** Key of one word part ("Pjöngjang" → "pjongjang", "Außen" → "aussen"). */
export function partKey(s: string): string {
  let k = s.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(k)) return k;
  k = k.normalize('NFD').replace(MARKS, '').replace(/ß/g, 'ss').replace(/[’‘`´]/g, "'").replace(/[‐‑‒–—―]/g, '-');
  return k;
}

/** Case class of a surface word: 2 all upper-case (≥2 letters), 1 initial capital, 0 otherwise. */
export function caseClass(s: string): 0 | 1 | 2 {
  const first = s.charAt(0);
  if (first === first.toLowerCase()) return 0;
  let letters = 0;
  for (const ch of s) {
    if (ch === '.' || ch === "'") continue;
    if (ch !== ch.toUpperCase()) return 1;
    letters++;
  }
  return letters >= 2 ? 2 : 1;
}
