// Per-document lookups shared by the attribution and quotes stages, built once per
// context: quotation spans, which quotation each token sits in, and which actor
// mention covers each token. Kept for the context analysed last (see docIndex), so the context contract stays as is.
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

/**
 * The index of the context analysed last. The attribution and quotes stages run back to back on one
 * context, so one slot serves every lookup of a document; another context (a stage run out of order, a
 * benchmark preparing many contexts) is simply indexed again. A WeakMap entry per document cost more than
 * the lookups it saved (an ephemeron for the GC each time). Holds at most one document alive.
 */
let lastCtx: AnalysisContext | null = null;
let lastIdx: DocIndex | null = null;

export function docIndex(ctx: AnalysisContext): DocIndex {
  if (ctx !== lastCtx || lastIdx === null) {
    lastIdx = build(ctx);
    lastCtx = ctx;
  }
  return lastIdx;
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
 * The five per-token columns of one document: 4n entries of -1, then n zeros, carved out of one buffer
 * that every document reuses. Only the last document's index is live (see `docIndex`: its slot is the only
 * holder, and the stages use an index only while they work on its context), so its columns may be
 * overwritten by the next document's. A typed array per document was an off-heap allocation that cost more
 * than all the lookups into it (and plain arrays cost more still). A huge document gets a buffer of its own,
 * so the shared one stays small.
 */
const SHARED_INTS_MAX = 1 << 18;
let shared = new Int32Array(1 << 12);

function columnsFor(n: number): Int32Array {
  const size = 5 * n;
  let columns: Int32Array;
  if (size > SHARED_INTS_MAX) columns = new Int32Array(size);
  else {
    if (size > shared.length) shared = new Int32Array(Math.min(SHARED_INTS_MAX, Math.max(size, 2 * shared.length)));
    columns = shared.subarray(0, size);
  }
  columns.fill(-1, 0, 4 * n);
  columns.fill(0, 4 * n, size);
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
