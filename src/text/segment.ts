// segment stage: tokens with offsets, then sentences. One regex pass for tokens,
// one linear pass for sentence boundaries; both are hot paths.
import type { AnalysisContext, Stage, Token, TokenKind } from '../extract/context.js';
import type { Span } from '../model/analysis.js';
import { isAbbreviation, isMonthName } from './abbreviations.js';

// Order matters: dotted abbreviations (U.S., u.a., z.B.) before words; numbers keep
// their group separators (11.000, 4,5, 2.5); words keep inner hyphens/apostrophes and a
// trailing hyphen of suspended compounds ("Raketen- und Atomprogramm").
const TOKEN_RE = /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*(?:-\p{L}[\p{L}\p{M}\p{N}]*)?|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*-?|\.{3}|[^\s\p{L}\p{M}\p{N}]/gu;

const CLOSERS = new Set(['"', '“', '”', '»', '«', "'", '’', ')', ']']);
const ENDERS = new Set(['.', '!', '?', '…', '...']);

export function normalize(s: string): string {
  return s.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[‐‑‒–—―]/g, '-');
}

function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if (/[\p{L}\p{M}]/u.test(text[0])) return 'word';
  return /[\p{P}]/u.test(text) ? 'punct' : 'symbol';
}

/** Tokenises text; `sentence` is left at 0 (set by splitSentences). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    let t = m[0];
    // "Dr." "bzw." "Gen.": an abbreviation swallows its period.
    if (text.charCodeAt(end) === 46 /* . */ && isAbbreviation(t)) {
      end += 1;
      t += '.';
      TOKEN_RE.lastIndex = end;
    }
    tokens.push({ start, end, text: t, norm: normalize(t), kind: kindOf(t), sentence: 0, spaceBefore: start > prevEnd || start === 0 });
    prevEnd = end;
  }
  return tokens;
}

function startsSentence(tok: Token | undefined): boolean {
  if (!tok) return true;
  const c = tok.text[0];
  if (tok.kind === 'number') return true;
  if (tok.kind === 'punct') return '"„“»«\'(‒–—-'.includes(c);
  return c !== c.toLowerCase();
}

/** True when the period after a number is an ordinal ("3. Juli", "am 1. Mai", "Platz 3. hinter") rather than a full stop. */
function isOrdinalPeriod(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.kind !== 'number' || prev.end !== tokens[i].start || !next) return false;
  if (prev.text.length > 2 && !/^\d{1,2}$/.test(prev.text)) return false;
  return isMonthName(next.norm) || next.text[0] === next.text[0].toLowerCase();
}

/** Assigns `sentence` on tokens and returns sentence spans and their token ranges. */
export function splitSentences(text: string, tokens: Token[]): { sentences: Span[]; ranges: Array<[number, number]> } {
  const sentences: Span[] = [];
  const ranges: Array<[number, number]> = [];
  let first = 0;
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
    // A line break that ends a paragraph or a title line ends the sentence.
    if (next && hasLineBreak(text, tok.end, next.start)) {
      close(i);
      continue;
    }
    if (!ENDERS.has(tok.text)) continue;
    if (tok.text === '.' && isOrdinalPeriod(tokens, i)) continue;
    // Absorb closing quotes/brackets into the sentence they end.
    let last = i;
    while (tokens[last + 1] && CLOSERS.has(tokens[last + 1].text) && tokens[last + 1].start === tokens[last].end) last++;
    const after = tokens[last + 1];
    if (after && hasLineBreak(text, tokens[last].end, after.start)) { close(last); i = last; continue; }
    // `"…?" sagte er` / `"Wir…", so X`: a lower-case or comma continuation keeps the sentence.
    if (after && !startsSentence(after)) continue;
    if (after && after.start === tokens[last].end && after.kind === 'word') continue; // "U.S.A" inside a token run
    close(last);
    i = last;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return { sentences, ranges };
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export const segmentStage: Stage = {
  name: 'segment',
  assigns: ['sentences', 'tokens', 'sentenceTokens'],
  requires: [],
  run(ctx: AnalysisContext) {
    ctx.tokens = tokenize(ctx.doc.text);
    const { sentences, ranges } = splitSentences(ctx.doc.text, ctx.tokens);
    ctx.sentences = sentences;
    ctx.sentenceTokens = ranges;
  },
};
