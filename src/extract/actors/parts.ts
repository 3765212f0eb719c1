// Word parts: the units the actor lookup walks over. A hyphenated compound token
// ("US-Außenministeriums", "russisch-iranischen") becomes one part per piece, so
// "US" and "Außenministeriums" are looked up separately; everything else is one part.
import type { Token } from '../context.js';
import { caseClass, partKey } from '../../kb/normalize.js';

export interface Part {
  start: number;
  end: number;
  text: string;
  /** Normalised key (see kb/normalize.ts). */
  key: string;
  /** Key without an English possessive ("russia's" → "russia"), else null. */
  alt: string | null;
  /** Index of the token the part comes from. */
  tok: number;
  /** True when the part continues the previous part inside one hyphenated token. */
  joinPrev: boolean;
  isWord: boolean;
  /** 2 all caps, 1 capitalised, 0 lower case. */
  cls: 0 | 1 | 2;
}

/**
 * caseClass() for plain ASCII words by char codes, -1 for any other text (then caseClass() decides).
 * caseClass() compares every character with its upper-case copy; most words are ASCII, and this runs for every part.
 */
function asciiCaseClass(s: string): -1 | 0 | 1 | 2 {
  const first = s.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return first < 128 ? 0 : -1;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return -1;
    if (c === 46 || c === 39) continue; // '.' and "'" do not count
    if (c >= 97 && c <= 122) return 1;
    letters++;
  }
  return letters >= 2 ? 2 : 1;
}

function pushPart(out: Part[], text: string, start: number, tok: number, joinPrev: boolean, isWord: boolean): void {
  const key = partKey(text);
  let alt: string | null = null;
  if (isWord && key.length > 2) {
    if (key.endsWith("'s")) alt = key.slice(0, -2);
    else if (key.endsWith("'")) alt = key.slice(0, -1);
  }
  out.push({ start, end: start + text.length, text, key, alt, tok, joinPrev, isWord, cls: isWord ? classOf(text) : 0 });
}

/** Case class of a part (see caseClass in kb/normalize.ts), with a fast path for ASCII words. */
export function classOf(text: string): 0 | 1 | 2 {
  const c = asciiCaseClass(text);
  return c >= 0 ? (c as 0 | 1 | 2) : caseClass(text);
}

/** Parts of tokens[from, to). */
export function splitParts(tokens: readonly Token[], from = 0, to = tokens.length): Part[] {
  const out: Part[] = [];
  for (let t = from; t < to; t++) {
    const tok = tokens[t];
    const isWord = tok.kind === 'word' || tok.kind === 'number';
    const text = tok.text;
    if (!isWord || text.indexOf('-') < 0) {
      pushPart(out, text, tok.start, t, false, isWord);
      continue;
    }
    let pos = 0;
    let first = true;
    while (pos < text.length) {
      let dash = text.indexOf('-', pos);
      if (dash < 0) dash = text.length;
      if (dash > pos) {
        pushPart(out, text.slice(pos, dash), tok.start + pos, t, !first, true);
        first = false;
      }
      pos = dash + 1;
    }
  }
  return out;
}
