// segment stage: tokens with offsets, then sentences. One scanning pass for tokens,
// one linear pass for sentence boundaries; both are hot paths, so per-token work
// is char-code checks, table and Set lookups.
import type { AnalysisContext, Stage, Token, TokenKind } from '../extract/context.js';
import type { Span } from '../model/analysis.js';
import { isAbbreviation, isFinalAbbreviation, isInnerAbbreviation, isMonthName, isSentenceOpener } from './abbreviations.js';
import { isAsciiLetter, isSurrogate, isWordUnit, LETTER as L, MARK, NUMBER, SPACE, unitClass } from './char-class.js';

// Order matters: dotted abbreviations (U.S., u.a., z.B., and compounds like U.S.-Botschafter) before words; numbers keep
// their group separators (11.000, 4,5, 2.5, 3.7.2024, 10:30); words keep inner hyphens/apostrophes/
// ampersands and a trailing hyphen of suspended compounds ("Raketen- und Atomprogramm").
// The tokenizer scans by hand (see tokenEnd) and runs this regex only where the scanner cannot tell.
const TOKEN_RE = /(?:\p{L}\.){2,}(?:-[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*)?|\d+(?:[.,:]\d+)*(?:-\p{L}[\p{L}\p{M}\p{N}]*)?|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*-?|\.{3}|[^\s\p{L}\p{M}\p{N}]/gu;

const CLOSERS = new Set(['"', '“', '”', '»', '«', "'", '’', ')', ']', '›', '‹']);
const ENDERS = new Set(['.', '!', '?', '…', '...']);
/** Characters that open a sentence besides capitals and digits: quotes, brackets, dashes, bullets. */
const OPENING_PUNCT = '"„“»«‚\'(‒–—-•*·▪<[';
const BULLETS = '-•*·▪–—';
/** A sentence is cut after this many tokens: a text without punctuation must not become one giant sentence. */
const MAX_SENTENCE_TOKENS = 300;
/** A line shorter than this that ends without punctuation is a heading or list item, not a wrapped line. */
const SHORT_LINE = 60;

const NORM_SPECIAL = /[’‘`´‐‑‒–—―]/;
const NORM_SPECIAL_G = /[’‘`´]|[‐‑‒–—―]/g;

export function normalize(s: string): string {
  const l = s.toLowerCase();
  return NORM_SPECIAL.test(l) ? replaceSpecials(l) : l;
}

const PUNCT = /\p{P}/u;
const ASCII_SYMBOLS = '$+<=>^`|~';

function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if (isAsciiLetter(c)) return 'word';
  if (c < 128) return ASCII_SYMBOLS.includes(text[0]) ? 'symbol' : 'punct';
  return nonAsciiKind(c);
}

const KINDS: readonly TokenKind[] = ['word', 'punct', 'symbol'];
/** Kind by the first code unit of a non-ASCII token, +1 (0: not yet computed): a regex test per token was slow. */
const NON_ASCII_KIND = new Uint8Array(0x10000);

/** [\p{L}\p{M}] is a word, so is \p{N} from U+0660 on ("٣"), \p{P} is punctuation, the rest a symbol.
 *  Only the first code unit counts (a lone surrogate half is neither a letter nor punctuation). */
function nonAsciiKind(c: number): TokenKind {
  let k = NON_ASCII_KIND[c];
  if (k === 0) {
    const cls = unitClass(c);
    const kind = cls === L || cls === MARK || (c >= 0x660 && cls === NUMBER) ? 'word' : PUNCT.test(String.fromCharCode(c)) ? 'punct' : 'symbol';
    NON_ASCII_KIND[c] = k = KINDS.indexOf(kind) + 1;
  }
  return KINDS[k - 1];
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Tokenises text; `sentence` is left at 0 (set by splitSentences). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let k = 0;
  let prevEnd = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (!isSurrogate(c) && unitClass(c) === SPACE) { k++; continue; }
    let start = k;
    let end = tokenEnd(text, k, n);
    if (end < 0) {
      // Astral characters and dotted abbreviations: the regex decides.
      TOKEN_RE.lastIndex = k;
      const m = TOKEN_RE.exec(text);
      if (m === null) break;
      start = m.index;
      end = start + m[0].length;
    }
    k = pushToken(tokens, text, start, end, prevEnd);
    prevEnd = k;
  }
  return tokens;
}

/** Adds the token [start, end) (plus a period it keeps: "Dr." "bzw." "Nr. 5", initials "George W. Bush",
 *  "z. B.") and returns its end. */
function pushToken(tokens: Token[], text: string, start: number, end: number, prevEnd: number): number {
  let t = text.slice(start, end);
  const n = text.length;
  if (end < n && text.charCodeAt(end) === 46 && (end + 1 === n || text.charCodeAt(end + 1) !== 46) && keepsPeriod(text, t, start, end)) {
    end += 1;
    t += '.';
  }
  tokens.push(new SegmentToken(start, end, t, normOf(t), kindOf(t), start > prevEnd || start === 0));
  return end;
}

/** Tokens are built by a constructor rather than an object literal: V8 may decide to allocate a literal's
 *  objects straight in the old generation once most of them survive a scavenge (allocation-site pretenuring;
 *  tokens live as long as their document), and then every young string stored into a token costs a
 *  remembered-set entry. Constructed objects are not pretenured. (Some profiles put a large share of the
 *  tokenizer on the literal; the effect depends on GC timing.) Same fields, same order. */
class SegmentToken implements Token {
  declare start: number;
  declare end: number;
  declare text: string;
  declare norm: string;
  declare kind: TokenKind;
  declare sentence: number;
  declare spaceBefore: boolean;
  constructor(start: number, end: number, text: string, norm: string, kind: TokenKind, spaceBefore: boolean) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.norm = norm;
    this.kind = kind;
    this.sentence = 0;
    this.spaceBefore = spaceBefore;
  }
}

/** normalize(t) by one pass over the token: no case conversion for the common lower-case ASCII token, and no
 *  regex test for the typographic variants. */
function normOf(t: string): string {
  let convert = false;
  let special = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) {
      convert = true;
      if (isNormSpecial(c)) special = true;
    } else if (c >= 65 && c <= 90) {
      convert = true;
    } else if (c === 96) {
      special = true;
    }
  }
  const l = convert ? t.toLowerCase() : t;
  return special ? replaceSpecials(l) : l;
}

/** ’ ‘ ` ´ → ', dashes → - (a function of its own: rare, and kept out of normOf's optimised code). */
function replaceSpecials(l: string): string {
  return l.replace(NORM_SPECIAL_G, normSpecial);
}

/** The characters of NORM_SPECIAL: ’ ‘ ` ´ and the dashes U+2010–U+2015. */
function isNormSpecial(c: number): boolean {
  return c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0xb4 || (c >= 0x2010 && c <= 0x2015);
}

function normSpecial(c: string): string {
  return c === '’' || c === '‘' || c === '`' || c === '´' ? "'" : '-';
}

// The scanner below is the token regex spelt out over char codes (one function per alternative), so most
// tokens need no regex match object. It returns -1 where only the regex can tell: a surrogate (astral
// characters) in or after the token, and a letter followed by a period (dotted abbreviations "U.S.", "z.B.").
// Every boundary it returns is the regex's; test/text/scan-equivalence.test.ts holds it to that.

/** End of the token that starts at k (not whitespace), or -1: the regex decides. */
function tokenEnd(text: string, k: number, n: number): number {
  const c = text.charCodeAt(k);
  if (c >= 48 && c <= 57) return numberEnd(text, k + 1, n);
  if (isSurrogate(c)) return -1;
  const cls = unitClass(c);
  if (cls === L) return k + 1 < n && text.charCodeAt(k + 1) === 46 ? -1 : wordEnd(text, k + 1, n);
  if (cls === MARK || cls === NUMBER) return wordEnd(text, k + 1, n);
  // \.{3} or one character of anything else.
  return c === 46 && k + 2 < n && text.charCodeAt(k + 1) === 46 && text.charCodeAt(k + 2) === 46 ? k + 3 : k + 1;
}

/** [\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*-? from j, one word character already read. */
function wordEnd(text: string, j: number, n: number): number {
  for (;;) {
    j = wordRunEnd(text, j, n);
    if (j < 0 || j >= n) return j;
    const d = text.charCodeAt(j);
    if (d !== 45 && d !== 39 && d !== 0x2019 && d !== 38) return j;
    if (j + 1 < n) {
      const e = text.charCodeAt(j + 1);
      if (isSurrogate(e)) return -1;
      if (isWordUnit(e)) { j += 2; continue; }
    }
    return d === 45 ? j + 1 : j; // a trailing hyphen: "Raketen- und"
  }
}

/** End of a run of \p{L}\p{M}\p{N} code units from j; -1 at a surrogate. */
function wordRunEnd(text: string, j: number, n: number): number {
  for (; j < n; j++) {
    const d = text.charCodeAt(j);
    if (d < 128) {
      if (!isAsciiLetter(d) && !isDigit(d)) return j;
    } else if (isSurrogate(d)) {
      return -1;
    } else if (!isWordUnit(d)) {
      return j;
    }
  }
  return j;
}

/** \d+(?:[.,:]\d+)*(?:-\p{L}[\p{L}\p{M}\p{N}]*)? from j, one digit already read. */
function numberEnd(text: string, j: number, n: number): number {
  j = digitsEnd(text, j, n);
  while (j + 1 < n) {
    const d = text.charCodeAt(j);
    if ((d === 46 || d === 44 || d === 58) && isDigit(text.charCodeAt(j + 1))) j = digitsEnd(text, j + 2, n);
    else break;
  }
  if (j + 1 < n && text.charCodeAt(j) === 45) {
    const e = text.charCodeAt(j + 1);
    if (isSurrogate(e)) return -1;
    if (unitClass(e) === L) return wordRunEnd(text, j + 2, n); // "5-jährige"
  }
  return j;
}

function digitsEnd(text: string, j: number, n: number): number {
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  return j;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Does the word before a period keep it? `dot` is the index of the period. */
function keepsPeriod(text: string, word: string, start: number, dot: number): boolean {
  if (!isLetterAt(word, 0)) return false;
  if (word.length === 1) {
    // The second letter of a spaced abbreviation ("z. B.", "u. A.").
    if (start >= 3 && text.charCodeAt(start - 2) === 46 && text.charCodeAt(start - 1) === 32
      && isLetterAt(text, start - 3) && !isLetterAt(text, start - 4)) return true;
    // A single letter: an initial before a capitalised word ("W. Bush"), or part of "z. B.", "d. h.", "u. a.".
    const c = word.charCodeAt(0);
    if (c >= 48 && c <= 57) return false;
    const nextChar = nextNonSpace(text, dot + 1);
    if (nextChar >= '0' && nextChar <= '9') return isAbbreviation(word, true); // "S. 12", "p. 5"
    if (isUpper(word)) return nextChar !== '' && isUpper(nextChar) && /\p{L}/u.test(nextChar) && !nextWordIsOpener(text, dot + 1);
    return word !== 'a' && word !== 'i' && nextChar !== '' && /\p{L}/u.test(nextChar);
  }
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  const next = nextNonSpace(text, dot + 1);
  return isAbbreviation(word, next >= '0' && next <= '9');
}

/** /\p{L}/u on the single code unit at k. */
function isLetterAt(text: string, k: number): boolean {
  return k >= 0 && k < text.length && unitClass(text.charCodeAt(k)) === L;
}

function nextNonSpace(text: string, from: number): string {
  for (let k = from; k < text.length && k < from + 8; k++) {
    const ch = text[k];
    if (ch !== ' ' && ch !== '\u00a0' && ch !== '\t') return ch;
  }
  return '';
}

function nextWordIsOpener(text: string, from: number): boolean {
  const m = /^\s*([\p{L}]+)/u.exec(text.slice(from, from + 24));
  return m !== null && isSentenceOpener(m[1].toLowerCase());
}

/** Could this token start a sentence? Capitals, digits, opening quotes/brackets/dashes. */
function startsSentence(tok: Token): boolean {
  if (tok.kind === 'number') return true;
  if (tok.kind === 'punct' || tok.kind === 'symbol') return OPENING_PUNCT.includes(tok.text[0]);
  return isUpper(tok.text[0]);
}

/** "3." "13." "3.7.": a German ordinal or day.month date. */
function isOrdinalNumber(text: string): boolean {
  const n = text.length;
  if (n <= 3) return true;
  return /^\d{1,2}\.\d{1,2}$/.test(text);
}

/** Does the period at tokens[i] (directly after a number) end the sentence? German writes ordinals with a period
 *  ("am 3. Juli", "der 2. Weltkrieg", "das 13. Sanktionspaket", "Platz 3. hinter"); it ends one only before a
 *  sentence opener ("… auf Platz 3. Die …"). English has no such ordinals, but a lower-case word still continues. */
function numberPeriodEnds(tokens: Token[], i: number, german: boolean): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!next) return true;
  if (!startsSentence(next)) return false;
  if (!isOrdinalNumber(prev.text)) return true;
  if (isMonthName(next.norm)) return false;
  if (!german) return true;
  if (next.kind === 'number') return false; // "am 3. 7." (day. month.)
  return next.kind !== 'word' || isSentenceOpener(next.norm);
}

/** Does an abbreviation token ("U.S.", "etc.", "z.B.") end the sentence? Only before a sentence opener. */
function abbreviationEnds(tok: Token, next: Token): boolean {
  if (!startsSentence(next)) return false;
  const dotted = tok.text.length > 2 && tok.text.charCodeAt(tok.text.length - 3) === 46; // "U.S." "p.m." "z.B."
  if (dotted) return next.kind === 'word' && isSentenceOpener(next.norm) && !isInnerAbbreviation(tok.norm);
  if (isFinalAbbreviation(tok.text)) return next.kind === 'word' && isSentenceOpener(next.norm);
  return false;
}

/** Sentence spans and, per sentence, its [first, end) token indices. */
interface Sentences { sentences: Span[]; ranges: Array<[number, number]> }

/** Assigns `sentence` on tokens and returns sentence spans and their token ranges.
 *  `lang` switches on the German ordinal rule (default: German rules when unknown). */
export function splitSentences(text: string, tokens: Token[], lang = 'de'): Sentences {
  const german = lang !== 'en';
  const out: Sentences = { sentences: [], ranges: [] };
  let first = 0;
  let lineStart = 0;
  let firstLine = true;
  // Kept small on purpose (the decisions are separate functions): this loop runs for every token, and a
  // large function costs much optimising-compiler time in every fresh worker.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    // Line breaks between this token and the next.
    const nlCount = next.start > tok.end ? lineBreakCount(text, tok.end, next.start) : 0;
    if (nlCount > 0) {
      // Closing punctuation on the same line stays with its sentence (handled by the gap scan: tok is the last token).
      if (lineBreakEnds(text, tok, next, nlCount, lineStart, firstLine)) first = closeSentence(tokens, first, i, out);
      lineStart = text.lastIndexOf('\n', next.start - 1) + 1;
      firstLine = false;
      continue;
    }
    if (i - first >= MAX_SENTENCE_TOKENS) { first = closeSentence(tokens, first, i, out); continue; }
    if (!mayEndSentence(tokens, i, german)) continue;
    // Absorb closing quotes/brackets (and further enders: "?!", "…\"") into the sentence they end.
    const last = closersEnd(tokens, i);
    const after = tokens[last + 1];
    if (!after) break;
    if (after.start > tokens[last].end && lineBreakCount(text, tokens[last].end, after.start) > 0) {
      // The line-break branch closes it on the next iteration.
      i = last - 1;
      continue;
    }
    // `"…?" sagte er` / `"Wir…", so X` / "Platz 3. hinter": a lower-case or comma continuation keeps the sentence;
    // "Ende.Der": no space, not a boundary we trust.
    if (startsSentence(after) && !(after.start === tokens[last].end && after.kind === 'word')) first = closeSentence(tokens, first, last, out);
    i = last;
  }
  if (first < tokens.length) closeSentence(tokens, first, tokens.length - 1, out);
  return out;
}

/** Closes the sentence of tokens first..last (if any) and returns the first token of the next one. */
function closeSentence(tokens: Token[], first: number, last: number, out: Sentences): number {
  if (last < first) return first;
  const idx = out.sentences.length;
  for (let k = first; k <= last; k++) tokens[k].sentence = idx;
  out.sentences.push({ start: tokens[first].start, end: tokens[last].end });
  out.ranges.push([first, last + 1]);
  return last + 1;
}

/** Does tokens[i] (not the last token) end its sentence by itself: an ender, a period after a number
 *  (numberPeriodEnds), an abbreviation (abbreviationEnds)? The following token may still continue it. */
function mayEndSentence(tokens: Token[], i: number, german: boolean): boolean {
  const tok = tokens[i];
  const t = tok.text;
  if (isEnder(t)) {
    if (t === '.' && i > 0 && tokens[i - 1].kind === 'number' && tokens[i - 1].end === tok.start) return numberPeriodEnds(tokens, i, german);
    return true;
  }
  return t.length > 1 && t.charCodeAt(t.length - 1) === 46 && tok.kind === 'word' && abbreviationEnds(tok, tokens[i + 1]);
}

/** Index of the last token of a run of closing quotes/brackets and enders glued to tokens[i]. */
function closersEnd(tokens: Token[], i: number): number {
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1].start === tokens[last].end
    && (CLOSERS.has(tokens[last + 1].text) || ENDERS.has(tokens[last + 1].text))) last++;
  return last;
}

function lineBreakCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) count++;
  return count;
}

/** ENDERS.has(t), with a first-character test before the Set look-up (called for every token). */
function isEnder(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c === 46 || c === 33 || c === 63 || c === 0x2026) && ENDERS.has(t);
}

/** Does a line break between `tok` and `next` end the sentence? A blank line always does; a single break does
 *  after the first line of the text (a title), before a bullet, and after a short line (heading, list item);
 *  a long line without final punctuation is a wrapped line inside a sentence. */
function lineBreakEnds(text: string, tok: Token, next: Token, count: number, lineStart: number, firstLine: boolean): boolean {
  if (count >= 2) return true;
  if (ENDERS.has(tok.text) || CLOSERS.has(tok.text)) {
    if (ENDERS.has(tok.text) || ENDERS.has(text[tok.start - 1] ?? '')) return true;
  }
  if (BULLETS.includes(next.text[0]) && next.kind !== 'word') return true;
  if (!startsSentence(next)) return false;
  if (firstLine) return true;
  return tok.end - lineStart < SHORT_LINE;
}

export const segmentStage: Stage = {
  name: 'segment',
  assigns: ['sentences', 'tokens', 'sentenceTokens'],
  requires: [],
  run(ctx: AnalysisContext) {
    ctx.tokens = tokenize(ctx.doc.text);
    const split = splitSentences(ctx.doc.text, ctx.tokens, ctx.doc.lang);
    ctx.sentences = split.sentences;
    ctx.sentenceTokens = split.ranges;
  },
};
