// Unicode character classes for the hand-written scanners of the tokenizer and the language detector,
// with the exact meaning of the regex classes they replace: \s, \p{L}, \p{M}, \p{N} (flag u).
// Per-character regex tests are slow, so BMP classes are kept in a table filled on first sight of each
// code unit (news text uses few distinct characters); ASCII is filled at load.

export const SPACE = 1;
export const LETTER = 2;
export const MARK = 3;
export const NUMBER = 4;
export const OTHER = 5;

/** An ASCII letter (A–Z, a–z): the scanners' fast path before the table. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const SPACE_RE = /\s/u;
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const NUMBER_RE = /\p{N}/u;

function classify(ch: string): number {
  if (SPACE_RE.test(ch)) return SPACE;
  if (LETTER_RE.test(ch)) return LETTER;
  if (MARK_RE.test(ch)) return MARK;
  if (NUMBER_RE.test(ch)) return NUMBER;
  return OTHER;
}

/** Class per BMP code unit; 0 = not yet computed. A lone surrogate code unit is OTHER, as in the regexes. */
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP[c] = classify(String.fromCharCode(c));
const ASTRAL = new Map<number, number>();

/** Class of the code unit `c` taken alone (a surrogate half is OTHER). */
export function unitClass(c: number): number {
  const k = BMP[c];
  return k !== 0 ? k : (BMP[c] = classify(String.fromCharCode(c)));
}

/** Class of the code point at `k` of `text` (u-flag semantics: a surrogate pair is one code point);
 *  the caller reads its length with `codePointLength`. Past the end: 0. */
export function classAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 0xd800 || c > 0xdbff) return c === c ? unitClass(c) : 0; // NaN past the end
  const d = text.charCodeAt(k + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return OTHER; // lone lead surrogate
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let cls = ASTRAL.get(cp);
  if (cls === undefined) ASTRAL.set(cp, (cls = classify(String.fromCodePoint(cp))));
  return cls;
}

/** Code units of the code point at `k`: 2 for a surrogate pair, else 1. */
export function codePointLength(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(k + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** \p{L}, \p{M} or \p{N}. */
export function isWordClass(cls: number): boolean {
  return cls === LETTER || cls === MARK || cls === NUMBER;
}

/** A UTF-16 surrogate code unit (half of an astral code point, or a lone one). */
export function isSurrogate(c: number): boolean {
  return (c & 0xf800) === 0xd800;
}

/** \p{L}, \p{M} or \p{N} for a code unit that is not a surrogate (callers test `isSurrogate` first). */
export function isWordUnit(c: number): boolean {
  const k = unitClass(c);
  return k === LETTER || k === MARK || k === NUMBER;
}
