// segment stage: tokens with offsets, then sentences. One regex pass for tokens,
// one linear pass for sentence boundaries; both are hot paths, so per-token work
// is char-code checks and Set lookups.
import type { AnalysisContext, Stage, Token, TokenKind } from '../extract/context.js';
import type { Span } from '../model/analysis.js';
import { isAbbreviation, isFinalAbbreviation, isInnerAbbreviation, isMonthName, isSentenceOpener } from './abbreviations.js';
import { isAsciiLetter, LETTER as L, unitClass } from './char-class.js';

// Order matters: dotted abbreviations (U.S., u.a., z.B., and compounds like U.S.-Botschafter) before words; numbers keep
// their group separators (11.000, 4,5, 2.5, 3.7.2024, 10:30); words keep inner hyphens/apostrophes/
// ampersands and a trailing hyphen of suspended compounds ("Raketen- und Atomprogramm").
// (A hand-written scanner of the same alternatives was faster alone but slower inside the pipeline, where
// the regex's native code stays compact: measured, and kept as the regex.)
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
  // A regex test on purpose: a char-code loop here measured slower inside the pipeline.
  return NORM_SPECIAL.test(l) ? l.replace(NORM_SPECIAL_G, (c) => (c === '’' || c === '‘' || c === '`' || c === '´' ? "'" : '-')) : l;
}

const LETTER = /[\p{L}\p{M}]/u;
const PUNCT = /\p{P}/u;
const ASCII_SYMBOLS = '$+<=>^`|~';

function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if (isAsciiLetter(c)) return 'word';
  if (c < 128) return ASCII_SYMBOLS.includes(text[0]) ? 'symbol' : 'punct';
  if (LETTER.test(text[0])) return 'word';
  if (c >= 0x660 && /\p{N}/u.test(text[0])) return 'word';
  return PUNCT.test(text[0]) ? 'punct' : 'symbol';
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Tokenises text; `sentence` is left at 0 (set by splitSentences). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE);
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    let t = m[0];
    // "Dr." "bzw." "Nr. 5" and initials ("George W. Bush", "z. B."): the word swallows its period.
    if (text.charCodeAt(end) === 46 /* . */ && text.charCodeAt(end + 1) !== 46 && keepsPeriod(text, t, start, end)) {
      end += 1;
      t += '.';
      re.lastIndex = end;
    }
    tokens.push({ start, end, text: t, norm: normalize(t), kind: kindOf(t), sentence: 0, spaceBefore: start > prevEnd || start === 0 });
    prevEnd = end;
  }
  return tokens;
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

/** Assigns `sentence` on tokens and returns sentence spans and their token ranges.
 *  `lang` switches on the German ordinal rule (default: German rules when unknown). */
export function splitSentences(text: string, tokens: Token[], lang = 'de'): { sentences: Span[]; ranges: Array<[number, number]> } {
  const german = lang !== 'en';
  const sentences: Span[] = [];
  const ranges: Array<[number, number]> = [];
  let first = 0;
  let lineStart = 0;
  let firstLine = true;
  const close = (last: number) => {
    if (last < first) return;
    const idx = sentences.length;
    for (let k = first; k <= last; k++) tokens[k].sentence = idx;
    sentences.push({ start: tokens[first].start, end: tokens[last].end });
    ranges.push([first, last + 1]);
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    // Line breaks between this token and the next.
    const nlCount = next.start > tok.end ? lineBreakCount(text, tok.end, next.start) : 0;
    if (nlCount > 0) {
      if (lineBreakEnds(text, tok, next, nlCount, lineStart, firstLine)) {
        // Closing punctuation on the same line stays with its sentence (handled by the gap scan: tok is the last token).
        close(i);
      }
      lineStart = text.lastIndexOf('\n', next.start - 1) + 1;
      firstLine = false;
      continue;
    }
    if (i - first >= MAX_SENTENCE_TOKENS) { close(i); continue; }
    const t = tok.text;
    let ends: boolean;
    if (isEnder(t)) {
      if (t === '.' && i > 0 && tokens[i - 1].kind === 'number' && tokens[i - 1].end === tok.start) {
        ends = numberPeriodEnds(tokens, i, german);
      } else {
        ends = true;
      }
    } else if (t.length > 1 && t.charCodeAt(t.length - 1) === 46 && tok.kind === 'word') {
      ends = abbreviationEnds(tok, next);
      if (!ends) continue;
    } else {
      continue;
    }
    if (!ends) continue;
    // Absorb closing quotes/brackets (and further enders: "?!", "…\"") into the sentence they end.
    let last = i;
    while (tokens[last + 1] && tokens[last + 1].start === tokens[last].end
      && (CLOSERS.has(tokens[last + 1].text) || ENDERS.has(tokens[last + 1].text))) last++;
    const after = tokens[last + 1];
    if (!after) break;
    if (after.start > tokens[last].end && lineBreakCount(text, tokens[last].end, after.start) > 0) {
      // The line-break branch closes it on the next iteration.
      i = last - 1;
      continue;
    }
    // `"…?" sagte er` / `"Wir…", so X` / "Platz 3. hinter": a lower-case or comma continuation keeps the sentence.
    if (!startsSentence(after)) { i = last; continue; }
    if (after.start === tokens[last].end && after.kind === 'word') { i = last; continue; } // "Ende.Der": no space, not a boundary we trust
    close(last);
    i = last;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return { sentences, ranges };
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
    const { sentences, ranges } = splitSentences(ctx.doc.text, ctx.tokens, ctx.doc.lang);
    ctx.sentences = sentences;
    ctx.sentenceTokens = ranges;
  },
};
