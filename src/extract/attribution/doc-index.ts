// Per-document lookups shared by the attribution and quotes stages, built once per
// context: quotation spans, which quotation each token sits in, and which actor
// mention covers each token. Cached in a WeakMap so the context contract stays as is.
import type { ActorMention } from '../../model/analysis.js';
import type { AnalysisContext } from '../context.js';
import { pairQuotationMarks, type QuoteSpan } from '../quotes/marks.js';

export interface DocIndex {
  quotes: QuoteSpan[];
  /** Token → index into `quotes` of the top-level quotation whose content holds it, else -1. */
  inQuote: Int32Array;
  /** Token → quotation index when the token is that quotation's opening mark, else -1. */
  openAt: Int32Array;
  /** Token → quotation index when the token is that quotation's closing mark, else -1. */
  closeAt: Int32Array;
  /** Token → index into ctx.actors of the mention covering it, else -1. */
  mentionAt: Int32Array;
  /** Token → paragraph number (a blank line starts a new paragraph). */
  paragraph: Int32Array;
}

const cache = new WeakMap<AnalysisContext, DocIndex>();

export function docIndex(ctx: AnalysisContext): DocIndex {
  let idx = cache.get(ctx);
  if (!idx) {
    idx = build(ctx);
    cache.set(ctx, idx);
  }
  return idx;
}

function build(ctx: AnalysisContext): DocIndex {
  const { tokens, actors } = ctx;
  const text = ctx.doc.text;
  const n = tokens.length;
  const quotes = pairQuotationMarks(text, tokens);
  const columns = columnsFor(n);
  const inQuote = columns.subarray(0, n);
  const openAt = columns.subarray(n, 2 * n);
  const closeAt = columns.subarray(2 * n, 3 * n);
  const mentionAt = columns.subarray(3 * n, 4 * n);
  const paragraph = columns.subarray(4 * n, 5 * n);
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    openAt[q.open] = qi;
    closeAt[q.close] = qi;
    if (q.depth > 0) continue;
    for (let k = q.open + 1; k < q.close; k++) inQuote[k] = qi;
  }
  for (let mi = 0; mi < actors.length; mi++) {
    const m: ActorMention = actors[mi];
    for (let k = firstTokenAtOrAfter(ctx, m.start); k < n && tokens[k].end <= m.end; k++) {
      // Overlapping mentions: the longer one wins ("Sprecher des Ministeriums" over "Ministeriums").
      const old = mentionAt[k] >= 0 ? actors[mentionAt[k]] : null;
      if (!old || old.end - old.start < m.end - m.start) mentionAt[k] = mi;
    }
  }
  let p = 0;
  for (let k = 1; k < n; k++) {
    let nl = 0;
    for (let c = tokens[k - 1].end; c < tokens[k].start; c++) if (text.charCodeAt(c) === 10) nl++;
    if (nl >= 2) p++;
    paragraph[k] = p;
  }
  return { quotes, inQuote, openAt, closeAt, mentionAt, paragraph };
}

/**
 * The five per-token columns of one document: 4n entries of -1, then n zeros, carved out of a shared
 * slab. A typed array of its own per column (or per document) is an off-heap allocation that cost more
 * than all the lookups into it; plain arrays cost more still. A slab region is never handed out twice:
 * a new slab starts when one is used up, and the GC frees an old slab once no index views it any more.
 */
const SLAB_INTS = 1 << 14;
let slab = new Int32Array(SLAB_INTS);
let slabUsed = 0;

function columnsFor(n: number): Int32Array {
  const size = 5 * n;
  if (size > SLAB_INTS >> 2) return fillColumns(new Int32Array(size), n); // a huge document: its own buffer
  if (slabUsed + size > SLAB_INTS) {
    slab = new Int32Array(SLAB_INTS);
    slabUsed = 0;
  }
  const columns = slab.subarray(slabUsed, slabUsed + size);
  slabUsed += size;
  return fillColumns(columns, n);
}

function fillColumns(columns: Int32Array, n: number): Int32Array {
  columns.fill(-1, 0, 4 * n); // a fresh slab is all zeros: the paragraph column needs no fill
  return columns;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenAtOrAfter(ctx: AnalysisContext, offset: number): number {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
