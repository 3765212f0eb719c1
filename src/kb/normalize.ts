// Normalised keys shared by the knowledge base and the recogniser: lower case,
// diacritics removed, ß → ss, typographic apostrophes and dashes unified. A name and
// a text token that differ only in case, accents or hyphenation get the same key.

const MARKS = /\p{M}+/gu;

/** True when every character is ASCII (checked by char code: a regex test per word costs more). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Key of one word part ("Pjöngjang" → "pjongjang", "Außen" → "aussen"). */
export function partKey(s: string): string {
  const k = s.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  if (isAscii(k)) return k;
  return k.normalize('NFD').replace(MARKS, '').replace(/ß/g, 'ss').replace(/[’‘`´]/g, "'").replace(/[‐‑‒–—―]/g, '-');
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
