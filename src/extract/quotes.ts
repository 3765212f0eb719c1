// quotes stage: direct quotations (every common typography), scare quotes and indirect
// speech, each with its speaker. Speakers come from the attribution stage (one
// reporting-clause finder for quotes and events); quotations it did not attribute
// take the speaker of the quotation they continue, of an attribution covering them,
// or of the clause before a colon.
import type { ActorMention, QuoteRecord } from '../model/analysis.js';
import type { AnalysisContext, Attribution, Stage } from './context.js';
import { trace } from './context.js';
import { docIndex, firstTokenAtOrAfter } from './attribution/doc-index.js';
import { attributionDetails } from './attribution.js';
import { reportingLexicon } from './attribution/lexicon.js';
import { speakerBetween } from './attribution/speaker.js';
import type { QuoteSpan } from './quotes/marks.js';

/** At most this many words make a scare quote ("Verzweiflung", "rote Linie"). */
const SCARE_WORDS = 2;

export const quotesStage: Stage = {
  name: 'quotes',
  assigns: ['quotes'],
  requires: ['tokens', 'sentenceTokens', 'actors', 'attributions'],
  run(ctx: AnalysisContext) {
    if (ctx.tokens.length === 0) return;
    const idx = docIndex(ctx);
    // Built on the first quotation: most documents have none, and need no index of their attributions.
    let ix: AttributionIndex | null = null;
    const out: QuoteRecord[] = [];
    type Said = { q: QuoteSpan; speaker: ActorMention | null };
    let prevDirect: Said | null = null;
    for (const q of idx.quotes) {
      if (q.depth > 0) continue;
      ix ??= indexAttributions(ctx);
      const exact = ix.byContent.get(key(q.start, q.end)) ?? null;
      if (q.end - q.start <= 1) continue; // rock 'n' roll
      // Few words inside a sentence are a scare quote, whatever punctuation English puts inside the marks.
      const scare = !exact && q.words <= SCARE_WORDS && (!opensSentence(ctx, q) || !endsUtterance(ctx, q));
      let speaker: ActorMention | null = exact?.speaker ?? null;
      let rule = exact ? exact.rule : '';
      if (!exact) {
        const covering = coveringAttribution(ctx, ix, q);
        const sameSentence = scare ? sentenceAttribution(ctx, ix, q) : null;
        const split = !scare ? splitQuoteSpeaker(ctx, ix, q) : null;
        const pd = (split ? null : prevDirect) as Said | null;
        const cont = !scare && pd && continues(ctx, pd.q, q) ? pd : null;
        const colon: ActorMention | null = !scare && !cont ? colonSpeaker(ctx, q) : null;
        const before: ActorMention | null = !scare && !cont && !colon ? previousSentenceSpeaker(ctx, ix, q) : null;
        if (covering) { speaker = covering.speaker; rule = `${covering.rule}+quote.inside`; }
        else if (sameSentence) { speaker = sameSentence.speaker; rule = `${sameSentence.rule}+quote.scare-sentence`; }
        else if (split) { speaker = split.speaker; rule = `${split.rule}+quote.split`; }
        else if (cont) { speaker = cont.speaker; rule = 'quote.continuation'; }
        else if (colon) { speaker = colon; rule = 'quote.colon-clause'; }
        else if (before) { speaker = before; rule = 'quote.previous-sentence'; }
        else rule = scare ? 'quote.scare' : 'quote.unattributed';
      }
      const kind = scare ? 'scare' : 'direct';
      out.push(record(ctx, q.start, q.end, speaker, kind, rule));
      if (!scare) prevDirect = { q, speaker };
    }
    const quoted = out.length ? new Set(out.map((r) => key(r.start, r.end))) : null;
    for (const a of ctx.attributions) {
      if (!a.indirect || quoted?.has(key(a.content.start, a.content.end))) continue;
      out.push(record(ctx, a.content.start, a.content.end, a.speaker, 'indirect', a.rule));
    }
    out.sort((x, y) => x.start - y.start || y.end - x.end);
    for (const r of out) {
      ctx.quotes.push(r);
      if (ctx.trace) trace(ctx, 'quotes', `${r.kind} quote, speaker ${r.speaker?.name ?? r.speaker?.text ?? '(none)'}`, r.rule, r);
    }
  },
};

function record(ctx: AnalysisContext, start: number, end: number, sp: ActorMention | null, kind: QuoteRecord['kind'], rule: string): QuoteRecord {
  return {
    start, end,
    text: ctx.doc.text.slice(start, end),
    speaker: sp ? { text: sp.text, code: sp.code || null, name: sp.name ?? sp.text } : null,
    kind,
    rule,
  };
}

/** The quotation opens its sentence (nothing but punctuation before it). */
function opensSentence(ctx: AnalysisContext, q: QuoteSpan): boolean {
  const a = ctx.sentenceTokens[ctx.tokens[q.open].sentence][0];
  for (let k = a; k < q.open; k++) if (ctx.tokens[k].kind === 'word' || ctx.tokens[k].kind === 'number') return false;
  return true;
}

/** The quotation ends with . ! ? inside its marks: a full utterance, never a scare quote. */
function endsUtterance(ctx: AnalysisContext, q: QuoteSpan): boolean {
  const last = ctx.tokens[q.close - 1];
  return last.text === '.' || last.text === '!' || last.text === '?' || last.text === '…';
}

interface AttributionIndex {
  byContent: Map<number, Attribution>;
  /** Attributions by the sentence of their cue. */
  bySentence: Attribution[][];
  /** Content keys that are quotations. */
  quoteKeys: Set<number>;
}

const key = (start: number, end: number) => start * 4194304 + end;

function indexAttributions(ctx: AnalysisContext): AttributionIndex {
  const byContent = new Map<number, Attribution>();
  const bySentence: Attribution[][] = ctx.sentences.map(() => []);
  for (const a of ctx.attributions) {
    const k = key(a.content.start, a.content.end);
    if (!byContent.has(k)) byContent.set(k, a);
    const s = attributionDetails(a)?.sentence ?? ctx.tokens[firstTokenAtOrAfter(ctx, a.cue.start)]?.sentence ?? -1;
    if (s >= 0) bySentence[s].push(a);
  }
  return { byContent, bySentence, quoteKeys: new Set(docIndex(ctx).quotes.map((q) => key(q.start, q.end))) };
}

/** The innermost attribution whose content holds the quotation (cues sit in its sentences or the next one). */
function coveringAttribution(ctx: AnalysisContext, ix: AttributionIndex, q: QuoteSpan): Attribution | null {
  let best: Attribution | null = null;
  const from = ctx.tokens[q.open].sentence;
  const to = Math.min(ctx.tokens[q.close].sentence + 1, ix.bySentence.length - 1);
  for (let s = from; s <= to; s++) {
    for (const a of ix.bySentence[s]) {
      if (a.content.start > q.start || a.content.end < q.end || !a.speaker) continue;
      if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
    }
  }
  return best;
}

/** An attribution with a speaker anywhere in the quotation's sentence (scare quotes). */
function sentenceAttribution(ctx: AnalysisContext, ix: AttributionIndex, q: QuoteSpan): Attribution | null {
  return ix.bySentence[ctx.tokens[q.open].sentence].find((a) => a.speaker) ?? null;
}

/** `„A“, sagte Berger, „B.“`: the second part of a quotation split by its reporting clause. */
function splitQuoteSpeaker(ctx: AnalysisContext, ix: AttributionIndex, q: QuoteSpan): Attribution | null {
  const { tokens } = ctx;
  if (q.open === 0 || tokens[q.open - 1].text !== ',') return null;
  const open = tokens[q.open];
  return ix.bySentence[open.sentence].find((a) => a.speaker && a.cue.end <= open.start && ix.quoteKeys.has(key(a.content.start, a.content.end))) ?? null;
}

/** `"A", sagte er. "B."`: the next quotation follows with nothing but whitespace or a sentence break between. */
function continues(ctx: AnalysisContext, prev: QuoteSpan, q: QuoteSpan): boolean {
  const { tokens } = ctx;
  const idx = docIndex(ctx);
  if (idx.paragraph[q.open] - idx.paragraph[prev.close] > 1) return false;
  // Only quotation-only sentences continue: the quote opens its sentence.
  const sentStart = ctx.sentenceTokens[tokens[q.open].sentence][0];
  if (sentStart !== q.open) return false;
  const prevSentence = tokens[prev.close].sentence;
  return tokens[q.open].sentence - prevSentence <= 1;
}

/** A quotation opening its sentence, unattributed: the speaker of the previous sentence, or the person it is about. */
function previousSentenceSpeaker(ctx: AnalysisContext, ix: AttributionIndex, q: QuoteSpan): ActorMention | null {
  const { tokens } = ctx;
  const s = tokens[q.open].sentence;
  if (s === 0 || ctx.sentenceTokens[s][0] !== q.open) return null;
  const idx = docIndex(ctx);
  const [a, b] = ctx.sentenceTokens[s - 1];
  if (idx.paragraph[q.open] !== idx.paragraph[a]) return null;
  const att = ix.bySentence[s - 1].filter((x) => x.speaker).pop();
  if (att) return att.speaker;
  const lex = reportingLexicon(ctx.doc.lang);
  if (!lex) return null;
  const hit = speakerBetween({ ctx, idx, lex }, a, b);
  return hit && !hit.pronoun && hit.mention.kind === 'person' && hit.mention.code ? hit.mention : null;
}

/** `Stoltenberg fand deutliche Worte: „…“`: the subject of the clause before the colon. */
function colonSpeaker(ctx: AnalysisContext, q: QuoteSpan): ActorMention | null {
  const { tokens } = ctx;
  if (q.open === 0 || tokens[q.open - 1].text !== ':') return null;
  const lex = reportingLexicon(ctx.doc.lang);
  if (!lex) return null;
  const a = ctx.sentenceTokens[tokens[q.open - 1].sentence][0];
  const hit = speakerBetween({ ctx, idx: docIndex(ctx), lex }, a, q.open - 1);
  return hit && !hit.pronoun ? hit.mention : null;
}

