// Word parts: the units the actor lookup walks over. A hyphenated compound token
// ("US-Außenministeriums", "russisch-iranischen") becomes one part per piece, so
// "US" and "Außenministeriums" are looked up separately; everything else is one part.
import type { Token } from '../context.js';
import { caseClass, partKey } from '../../kb/normalize.js';
import { ownCopy } from '../../util/word-memo.js';

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
  /** The key contains a digit (never part of a name). */
  digit: boolean;
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

/** What a non-ASCII part's text alone determines. */
interface WordInfo {
  key: string;
  alt: string | null;
  cls: 0 | 1 | 2;
  digit: boolean;
}

/**
 * Non-ASCII word form → WordInfo, computed once per form (word forms repeat: Zipf's law). Their keys need
 * Unicode decomposition (partKey), which costs far more than a Map lookup; plain ASCII words are cheaper
 * to compute directly than to look up. Cleared when full, so memory stays flat.
 */
const NON_ASCII = new Map<string, WordInfo>();
const MAX_NON_ASCII = 50_000;


function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The key without an English possessive ("russia's" → "russia", "states'" → "states"), else null. */
function possessiveKey(key: string): string | null {
  const n = key.length;
  if (n <= 2) return null;
  if (key.charCodeAt(n - 1) === 39) return key.slice(0, -1);
  if (key.charCodeAt(n - 1) === 115 && key.charCodeAt(n - 2) === 39) return key.slice(0, -2);
  return null;
}

function nonAsciiInfo(text: string): WordInfo {
  let w = NON_ASCII.get(text);
  if (w !== undefined) return w;
  if (NON_ASCII.size >= MAX_NON_ASCII) NON_ASCII.clear();
  const key = ownCopy(partKey(text));
  w = { key, alt: possessiveKey(key), cls: classOf(text), digit: hasDigit(key) };
  NON_ASCII.set(ownCopy(text), w);
  return w;
}

/**
 * Appends the part `text`. `norm` is the token's norm when the part is the whole token, else null: for
 * ASCII text without a backtick it equals the key, and sharing that string object means its hash, computed
 * by the first Map lookup, serves every later lookup of the token in this and later stages.
 */
function pushPart(out: Part[], pool: Part[] | null, text: string, norm: string | null, start: number, tok: number, joinPrev: boolean, isWord: boolean): void {
  let upper = false;
  let digit = false;
  let ascii = true;
  let backtick = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) { ascii = false; break; }
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 48 && c <= 57) digit = true;
    else if (c === 96) backtick = true;
  }
  let key: string;
  let alt: string | null = null;
  let cls: 0 | 1 | 2 = 0;
  if (ascii) {
    // partKey() of ASCII text is its lower-case form (the text itself when it has no capitals).
    key = norm !== null && !backtick ? norm : upper ? text.toLowerCase() : text;
    if (isWord) {
      alt = possessiveKey(key);
      cls = classOf(text);
    }
  } else {
    const w = nonAsciiInfo(text);
    key = w.key;
    digit = w.digit;
    if (isWord) {
      alt = w.alt;
      cls = w.cls;
    }
  }
  let p = pool !== null ? pool[out.length] : undefined;
  if (p === undefined) {
    p = { start, end: start + text.length, text, key, alt, tok, joinPrev, isWord, cls, digit };
    if (pool !== null) pool.push(p);
  } else {
    p.start = start;
    p.end = start + text.length;
    p.text = text;
    p.key = key;
    p.alt = alt;
    p.tok = tok;
    p.joinPrev = joinPrev;
    p.isWord = isWord;
    p.cls = cls;
    p.digit = digit;
  }
  out.push(p);
}

/** Case class of a part (see caseClass in kb/normalize.ts), with a fast path for ASCII words. */
export function classOf(text: string): 0 | 1 | 2 {
  const c = asciiCaseClass(text);
  return c >= 0 ? (c as 0 | 1 | 2) : caseClass(text);
}

/** Parts of tokens[from, to). */
export function splitParts(tokens: readonly Token[], from = 0, to = tokens.length): Part[] {
  return partsOf(tokens, from, to, null);
}

/**
 * The part objects sentenceParts() hands out, reused from sentence to sentence: a sentence's parts are
 * some 40 % of what the actor stage allocates, and the recogniser never keeps them past the sentence.
 */
const POOL: Part[] = [];

/** splitParts() for the recogniser: the part objects are only valid until the next call. */
export function sentenceParts(tokens: readonly Token[], from: number, to: number): Part[] {
  return partsOf(tokens, from, to, POOL);
}

function partsOf(tokens: readonly Token[], from: number, to: number, pool: Part[] | null): Part[] {
  const out: Part[] = [];
  for (let t = from; t < to; t++) {
    const tok = tokens[t];
    const isWord = tok.kind === 'word' || tok.kind === 'number';
    const text = tok.text;
    if (!isWord || text.indexOf('-') < 0) {
      pushPart(out, pool, text, tok.norm, tok.start, t, false, isWord);
      continue;
    }
    let pos = 0;
    let first = true;
    while (pos < text.length) {
      let dash = text.indexOf('-', pos);
      if (dash < 0) dash = text.length;
      if (dash > pos) {
        pushPart(out, pool, text.slice(pos, dash), null, tok.start + pos, t, !first, true);
        first = false;
      }
      pos = dash + 1;
    }
  }
  return out;
}
