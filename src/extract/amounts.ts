// amounts stage: numbers with what they count, their hedge and category
// ("mehr als 20.000 Tonnen Getreide" → > 20000 Tonnen). Runs after times
// so that years, dates and "vor zwei Jahren" are never read as amounts.
// Logic: src/extract/amounts/; vocabulary: src/lang/<lang>/amounts.json.
import type { AnalysisContext, Stage } from './context.js';
import { trace } from './context.js';
import type { AmountRecord, TimeRecord } from '../model/analysis.js';
import { amountVocab } from './amounts/vocab.js';
import { scanAmounts, type SentenceView } from './amounts/scanner.js';

/** Shared by the sentences without time records (most): read only. */
const NO_TIMES: TimeRecord[] = [];

export function extractAmounts(ctx: AnalysisContext): AmountRecord[] {
  const v = amountVocab(ctx.doc.lang);
  if (!v) return [];
  const out: AmountRecord[] = [];
  // One view, moved from sentence to sentence.
  const view: SentenceView = { text: ctx.doc.text, tokens: ctx.tokens, from: 0, to: 0, times: NO_TIMES };
  let ti = 0;
  for (const [from, to] of ctx.sentenceTokens) {
    if (to <= from) continue;
    const sStart = ctx.tokens[from].start;
    const sEnd = ctx.tokens[to - 1].end;
    // Time records of this sentence (both lists are in text order).
    while (ti < ctx.times.length && ctx.times[ti].end <= sStart) ti++;
    let tj = ti;
    while (tj < ctx.times.length && ctx.times[tj].start < sEnd) tj++;
    view.from = from;
    view.to = to;
    view.times = tj > ti ? ctx.times.slice(ti, tj) : NO_TIMES;
    const before = out.length;
    scanAmounts(v, view, out);
    // The message is only built when a trace is collected (explain).
    if (ctx.trace) {
      for (let k = before; k < out.length; k++) {
        const a = out[k];
        trace(ctx, 'amounts', `${a.text} → ${a.approx} ${a.value ?? a.vague} ${a.unit ?? ''}${a.category ? ` [${a.category}]` : ''}`, a.rule, a);
      }
    }
  }
  return out;
}

export const amountsStage: Stage = {
  name: 'amounts',
  assigns: ['amounts'],
  requires: ['tokens', 'sentences', 'times'],
  run(ctx: AnalysisContext) {
    ctx.amounts = extractAmounts(ctx);
  },
};
