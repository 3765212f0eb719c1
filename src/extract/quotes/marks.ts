// Pairs quotation marks into quotations, token by token: „…“ ‚…‘ »…« «…» "…" “…” '…' ‘…’.
// Straight quotes and apostrophes decide by spacing (an opener hugs the next word, a
// closer the previous one), so "Putin's" (one token anyway), the Smiths' house and
// 5" stay marks of nothing. Unclosed quotes die at the paragraph end, or when the
// same mark opens again, so bad input never swallows a document. English multi-
// paragraph quotations (each paragraph re-opens, only the last one closes) stay one.
import type { Token } from '../context.js';

export interface QuoteSpan {
  /** Token index of the opening and closing mark. */
  open: number;
  close: number;
  /** Offsets of the content between the marks, whitespace trimmed. */
  start: number;
  end: number;
  /** Word and number tokens inside. */
  words: number;
  /** 0 for a top-level quotation, 1 for one nested in another. */
  depth: number;
}

const MARKS = new Set(['"', '„', '“', '”', '‚', '‘', '’', "'", '»', '«', '‹', '›']);
/** For each closing mark, the opening marks it may close. */
const CLOSES: Record<string, string> = {
  '"': '"„“”', '“': '„“', '”': '„“”"', "'": "'‚‘", '’': "‘‚'", '‘': '‚‘', '«': '»', '»': '«', '‹': '›', '›': '‹',
};
const OPEN_BEFORE = new Set(['(', '[', '{', '-', '/', ':', '—', '–']);
const CLOSE_AFTER = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '…', '...', '-']);
/** A quotation longer than this many characters is taken for a stray opener. */
const MAX_QUOTE = 4000;

export function isQuoteMark(tok: Token): boolean {
  return tok.kind !== 'word' && tok.kind !== 'number' && tok.text.length === 1 && MARKS.has(tok.text);
}

interface Open { tok: number; mark: string }

export function pairQuotationMarks(text: string, tokens: readonly Token[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let stack: Open[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && stack.length && paragraphBreak(text, tokens[i - 1].end, t.start)) {
      // English convention: a quotation running on re-opens each paragraph with the same mark.
      if (isQuoteMark(t) && t.text === stack[0].mark && attachedRight(tokens, i)) { stack = stack.slice(0, 1); continue; }
      stack = [];
    }
    if (!isQuoteMark(t)) continue;
    const mark = t.text;
    const canOpen = openerSpacing(tokens, i);
    const canClose = closerSpacing(tokens, i);
    const closable = CLOSES[mark];
    // Close the nearest compatible opener (inner unclosed ones are dropped).
    if (closable && (canClose || (!canOpen && mark !== "'" && mark !== '"'))) {
      let k = stack.length - 1;
      while (k >= 0 && !closable.includes(stack[k].mark)) k--;
      if (k >= 0 && t.start - tokens[stack[k].tok].end > MAX_QUOTE) { stack = stack.slice(0, k); k = -1; }
      if (k >= 0) {
        const o = stack[k];
        stack = stack.slice(0, k);
        if (i > o.tok + 1) out.push(span(tokens, o.tok, i, k));
        continue;
      }
    }
    if (mark === '’') continue; // an apostrophe, or a closer with nothing to close
    if (!canOpen) continue;
    // The same straight mark opening again: the earlier one was stray (inch mark, typo).
    if ((mark === '"' || mark === "'") && stack.length && stack[stack.length - 1].mark === mark) stack.pop();
    if (stack.length < 3) stack.push({ tok: i, mark });
  }
  out.sort((a, b) => a.open - b.open);
  return out;
}

function span(tokens: readonly Token[], open: number, close: number, depth: number): QuoteSpan {
  let words = 0;
  for (let k = open + 1; k < close; k++) if (tokens[k].kind === 'word' || tokens[k].kind === 'number') words++;
  // English puts the comma of the reporting clause inside the marks: `"We are worried," he said`.
  let last = close - 1;
  if (last > open + 1 && tokens[last].text === ',') last--;
  return { open, close, start: tokens[open + 1].start, end: tokens[last].end, words, depth };
}

/** Attached to the next token, and preceded by space, the start, or an opening bracket. */
function openerSpacing(tokens: readonly Token[], i: number): boolean {
  if (!attachedRight(tokens, i)) return false;
  const t = tokens[i];
  if (t.text === '„' || t.text === '‚') return true;
  if (i === 0 || t.spaceBefore) return true;
  const prev = tokens[i - 1];
  return OPEN_BEFORE.has(prev.text) || isQuoteMark(prev);
}

/** Attached to the previous token, and followed by space, the end, or punctuation. */
function closerSpacing(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (i === 0) return false;
  const prev = tokens[i - 1];
  if (t.spaceBefore && !CLOSE_AFTER.has(prev.text)) return t.text !== '"' && t.text !== "'" && !attachedRight(tokens, i);
  const next = tokens[i + 1];
  return !next || next.start > t.end || CLOSE_AFTER.has(next.text) || isQuoteMark(next);
}

function attachedRight(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.start === tokens[i].end;
}

function paragraphBreak(text: string, from: number, to: number): boolean {
  let nl = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10 && ++nl === 2) return true;
  return false;
}
