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
  /** keyHash(key): computed while the text is scanned anyway, for the matcher's root-key filter. */
  hash: number;
}

/** Seed and multiplier of keyHash (32-bit FNV-1a). */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/**
 * A cheap 32-bit hash of a key (not V8's own: that one is not readable), for the matcher's root-key
 * filter. scan() computes the same value for ASCII text on the way, from the lower-cased char codes.
 */
export function keyHash(key: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), HASH_PRIME);
  return h;
}

// What scan() finds in a text, as bits.
const UPPER = 1;
const LOWER = 2;
const DIGIT = 4;
const BACKTICK = 8;
const DASH = 16;
const NOT_ASCII = 32;
/** At least two characters other than lower-case letters, '.' and "'" (an all-caps word, see classOf). */
const TWO_LETTERS = 64;

/** keyHash() of the lower-cased text of the last scan() of ASCII text (a variable, not a result object: scan runs for every token). */
let scanHash = 0;

/**
 * One pass over a token's characters for everything the parts need: the case class, digits, dashes,
 * backticks, whether it is plain ASCII, and the key's hash. Stops at the first non-ASCII character.
 */
function scan(text: string): number {
  let flags = 0;
  let letters = 0;
  let h = HASH_SEED;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return flags | NOT_ASCII;
    if (c >= 97 && c <= 122) flags |= LOWER;
    else if (c >= 65 && c <= 90) { flags |= UPPER; c += 32; letters++; }
    else if (c >= 48 && c <= 57) { flags |= DIGIT; letters++; }
    else if (c === 45) { flags |= DASH; letters++; }
    else if (c === 96) { flags |= BACKTICK; letters++; }
    else if (c !== 46 && c !== 39) letters++;
    h = Math.imul(h ^ c, HASH_PRIME);
  }
  scanHash = h;
  return letters >= 2 ? flags | TWO_LETTERS : flags;
}

/** caseClass() of ASCII text from its scan() flags: 0 unless it starts with a capital, 2 with no lower-case letter and ≥ 2 letters. */
function asciiClass(text: string, flags: number): 0 | 1 | 2 {
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return 0;
  return (flags & LOWER) !== 0 || (flags & TWO_LETTERS) === 0 ? 1 : 2;
}

/** What a non-ASCII part's text alone determines. */
interface WordInfo {
  key: string;
  alt: string | null;
  cls: 0 | 1 | 2;
  digit: boolean;
  hash: number;
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
  w = { key, alt: possessiveKey(key), cls: classOf(text), digit: hasDigit(key), hash: keyHash(key) };
  NON_ASCII.set(ownCopy(text), w);
  return w;
}

/**
 * Appends the part `text`, whose scan() gave `flags` (and `hash` for ASCII text). `norm` is the token's
 * norm when the part is the whole token, else null: for ASCII text without a backtick it equals the key,
 * and sharing that string object means its hash, computed by the first Map lookup, serves every later
 * lookup of the token in this and later stages.
 */
function pushPart(out: Part[], pool: Part[] | null, text: string, flags: number, hash: number, norm: string | null, start: number, tok: number, joinPrev: boolean, isWord: boolean): void {
  let key: string;
  let alt: string | null = null;
  let cls: 0 | 1 | 2 = 0;
  let digit: boolean;
  if ((flags & NOT_ASCII) === 0) {
    // partKey() of ASCII text is its lower-case form (the text itself when it has no capitals).
    key = norm !== null && (flags & BACKTICK) === 0 ? norm : (flags & UPPER) !== 0 ? text.toLowerCase() : text;
    digit = (flags & DIGIT) !== 0;
    if (isWord) {
      alt = possessiveKey(key);
      cls = asciiClass(text, flags);
    }
  } else {
    const w = nonAsciiInfo(text);
    key = w.key;
    digit = w.digit;
    hash = w.hash;
    if (isWord) {
      alt = w.alt;
      cls = w.cls;
    }
  }
  let p = pool !== null ? pool[out.length] : undefined;
  if (p === undefined) {
    p = { start, end: start + text.length, text, key, alt, tok, joinPrev, isWord, cls, digit, hash };
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
    p.hash = hash;
  }
  out.push(p);
}

/** Case class of a part (see caseClass in kb/normalize.ts), with a fast path for ASCII words. */
export function classOf(text: string): 0 | 1 | 2 {
  if (text.length === 0) return 0;
  const flags = scan(text);
  return (flags & NOT_ASCII) === 0 ? asciiClass(text, flags) : caseClass(text);
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
    const flags = scan(text);
    // scan() stops at the first non-ASCII character: a dash after it needs a search.
    if (isWord && ((flags & DASH) !== 0 || ((flags & NOT_ASCII) !== 0 && text.indexOf('-') >= 0))) splitToken(out, pool, tok, t);
    else pushPart(out, pool, text, flags, scanHash, tok.norm, tok.start, t, false, isWord);
  }
  return out;
}

/** The parts of a hyphenated word token: one per piece between dashes. */
function splitToken(out: Part[], pool: Part[] | null, tok: Token, t: number): void {
  const text = tok.text;
  let pos = 0;
  let first = true;
  while (pos < text.length) {
    let dash = text.indexOf('-', pos);
    if (dash < 0) dash = text.length;
    if (dash > pos) {
      const piece = text.slice(pos, dash);
      const flags = scan(piece);
      pushPart(out, pool, piece, flags, scanHash, null, tok.start + pos, t, !first, true);
      first = false;
    }
    pos = dash + 1;
  }
}
