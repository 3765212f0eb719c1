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
  const { tokens } = ctx;
  const text = ctx.doc.text;
  const n = tokens.length;
  const quotes = pairQuotationMarks(text, tokens);
  const inQuote = new Int32Array(n).fill(-1);
  const openAt = new Int32Array(n).fill(-1);
  const closeAt = new Int32Array(n).fill(-1);
  quotes.forEach((q, qi) => {
    openAt[q.open] = qi;
    closeAt[q.close] = qi;
    if (q.depth > 0) return;
    for (let k = q.open + 1; k < q.close; k++) inQuote[k] = qi;
  });
  const mentionAt = new Int32Array(n).fill(-1);
  ctx.actors.forEach((m: ActorMention, mi) => {
    for (let k = firstTokenAtOrAfter(ctx, m.start); k < n && tokens[k].end <= m.end; k++) {
      // Overlapping mentions: the longer one wins ("Sprecher des Ministeriums" over "Ministeriums").
      const old = mentionAt[k] >= 0 ? ctx.actors[mentionAt[k]] : null;
      if (!old || old.end - old.start < m.end - m.start) mentionAt[k] = mi;
    }
  });
  const paragraph = new Int32Array(n);
  let p = 0;
  for (let k = 1; k < n; k++) {
    let nl = 0;
    for (let c = tokens[k - 1].end; c < tokens[k].start; c++) if (text.charCodeAt(c) === 10) nl++;
    if (nl >= 2) p++;
    paragraph[k] = p;
  }
  return { quotes, inQuote, openAt, closeAt, mentionAt, paragraph };
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
