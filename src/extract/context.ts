// The working state that the analysis stages share. Each stage reads the
// layers of earlier stages and adds its own; nothing reaches back.
import type {
  ActorMention, AmountRecord, Document, EventRecord, QuoteRecord, Span, TimeRecord,
} from '../model/analysis.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  /** Surface form, exactly `doc.text.slice(start, end)`. */
  text: string;
  /** Lower-cased, typographic variants unified (ß kept, ’ → ', dashes → -). */
  norm: string;
  kind: TokenKind;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** True when whitespace precedes the token (false for "US-" + "Außenminister" joins, "Russia" + "'s"). */
  spaceBefore: boolean;
}

/** A reporting clause ("sagte Miller", "so Campbell", "according to X"): shared by quotes and events. */
export interface Attribution {
  /** The reporting words, e.g. "sagte", "so", "according to". */
  cue: Span & { text: string };
  /** The lemma of the reporting verb, or the cue type ("so", "laut"). */
  lemma: string;
  /** The speaker mention, when resolved (pronouns resolved to the last named speaker). */
  speaker: ActorMention | null;
  /** The span of reported content this clause attributes (a quotation or a complement clause). */
  content: Span;
  /** True when the content is reported speech in Konjunktiv I or after "dass"/"that". */
  indirect: boolean;
  rule: string;
}

/** One line of the explanation trace that `lagebild explain` prints. */
export interface TraceLine {
  stage: string;
  message: string;
  rule?: string;
  span?: Span;
}

export interface AnalysisContext {
  doc: Document & { lang: string };
  /** Document date parsed once: null when unknown. */
  sentences: Span[];
  tokens: Token[];
  /** For each sentence, [firstToken, endToken) indices into `tokens`. */
  sentenceTokens: Array<[number, number]>;
  actors: ActorMention[];
  times: TimeRecord[];
  amounts: AmountRecord[];
  quotes: QuoteRecord[];
  attributions: Attribution[];
  events: EventRecord[];
  /** Explanation trace; only filled when `explain` is on (keeps the hot path lean). */
  trace: TraceLine[] | null;
}

/** A pipeline stage. Stages are small objects; the pipeline loop runs them in order. */
export interface Stage {
  name: string;
  /** Layers this stage adds to the context (documentation and ordering checks). */
  assigns: ReadonlyArray<keyof AnalysisContext>;
  /** Layers this stage reads. */
  requires: ReadonlyArray<keyof AnalysisContext>;
  run(ctx: AnalysisContext): void;
}

export function trace(ctx: AnalysisContext, stage: string, message: string, rule?: string, span?: Span): void {
  if (ctx.trace) ctx.trace.push({ stage, message, rule, span });
}
