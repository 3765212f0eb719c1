// analyze(doc): runs the stages in order (segment → actors → times → amounts →
// attribution → quotes → events) over one document and returns the analysis JSON.
// The loop is deliberately tiny; stages declare what they require and assign.
import type { Analysis, Document } from '../model/analysis.js';
import type { AnalysisContext, Stage, TraceLine } from './context.js';
import { detectLanguage } from '../text/langid.js';
import { segmentStage } from '../text/segment.js';
import { actorsStage } from './actors.js';
import { timesStage } from './times.js';
import { amountsStage } from './amounts.js';
import { attributionStage } from './attribution.js';
import { quotesStage } from './quotes.js';
import { eventsStage } from './events/index.js';

export const STAGES: readonly Stage[] = [segmentStage, actorsStage, timesStage, amountsStage, attributionStage, quotesStage, eventsStage];

export interface AnalyzeOptions {
  /** Collect an explanation trace (for `lagebild explain`). */
  explain?: boolean;
  /** Run only the stages up to and including this one (benchmarks per stage). */
  until?: string;
}

export function newContext(doc: Document, explain = false): AnalysisContext {
  const lang = doc.lang ?? detectLanguage(doc.text);
  return {
    doc: { ...doc, lang },
    sentences: [], tokens: [], sentenceTokens: [],
    actors: [], times: [], amounts: [], quotes: [], attributions: [], events: [],
    trace: explain ? [] : null,
  };
}

export function runStages(ctx: AnalysisContext, until?: string): AnalysisContext {
  for (const stage of STAGES) {
    stage.run(ctx);
    if (stage.name === until) break;
  }
  return ctx;
}

export function toAnalysis(ctx: AnalysisContext): Analysis {
  const { doc, sentences, actors, events, quotes, amounts, times } = ctx;
  return { doc, sentences, actors, events, quotes, amounts, times };
}

export function analyze(doc: Document, opts: AnalyzeOptions = {}): Analysis {
  return toAnalysis(runStages(newContext(doc, opts.explain), opts.until));
}

/** analyze() plus the explanation trace. */
export function analyzeWithTrace(doc: Document): { analysis: Analysis; trace: TraceLine[] } {
  const ctx = runStages(newContext(doc, true));
  return { analysis: toAnalysis(ctx), trace: ctx.trace ?? [] };
}
