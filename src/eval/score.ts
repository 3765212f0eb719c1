// Scoring one analysed document against its gold annotation: counts that add up
// across documents and files, the figures computed from them, and the findings
// (misses, false positives, wrong statuses) that `--verbose` prints.
import type { Analysis, EventRecord, Span } from '../model/analysis.js';
import { Fit, matchEvents, mismatchReasons, predictedPlover, statusRight, strictCodeRight } from './events.js';
import type { GoldDoc, GoldEvent } from './gold.js';
import { contains } from './locate.js';
import { scoreActors, scoreAmounts, scoreQuotes, scoreTimes, type ItemResult } from './mentions.js';

export interface Counts {
  docs: number;
  /** Required gold events (recall denominator), all documents. */
  eventsGold: number;
  /** Required gold events matched, all documents. */
  eventsFound: number;
  /** Predictions in exhaustive documents, less those matched to optional gold events. */
  eventsPredicted: number;
  /** Predictions matched to required gold events, exhaustive documents. */
  eventsCorrect: number;
  /** Of the matched required gold events: whole code right; status right. */
  codeRight: number;
  statusRight: number;
  actorsGold: number;
  actorsFound: number;
  actorsExact: number;
  quotesGold: number;
  quotesFound: number;
  amountsGold: number;
  amountsFound: number;
  /** Found amounts whose gold names a unit; of those, unit right. */
  amountsUnitGold: number;
  amountsUnitRight: number;
  timesGold: number;
  timesFound: number;
}

export function emptyCounts(): Counts {
  return {
    docs: 0, eventsGold: 0, eventsFound: 0, eventsPredicted: 0, eventsCorrect: 0, codeRight: 0, statusRight: 0,
    actorsGold: 0, actorsFound: 0, actorsExact: 0, quotesGold: 0, quotesFound: 0,
    amountsGold: 0, amountsFound: 0, amountsUnitGold: 0, amountsUnitRight: 0, timesGold: 0, timesFound: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(b) as Array<keyof Counts>) out[k] += b[k];
  return out;
}

/** The figures, in table order; each is a ratio of two counts (null when the denominator is 0). */
export const FIGURES = [
  'events.precision', 'events.recall', 'events.f1', 'events.code', 'events.status',
  'actors.recall', 'actors.exact', 'quotes.recall', 'amounts.recall', 'amounts.unit', 'times.recall',
] as const;
export type FigureName = (typeof FIGURES)[number];
export type Figures = Record<FigureName, number | null>;

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

export function figures(c: Counts): Figures {
  const p = ratio(c.eventsCorrect, c.eventsPredicted);
  const r = ratio(c.eventsFound, c.eventsGold);
  return {
    'events.precision': p,
    'events.recall': r,
    'events.f1': p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r),
    'events.code': ratio(c.codeRight, c.eventsFound),
    'events.status': ratio(c.statusRight, c.eventsFound),
    'actors.recall': ratio(c.actorsFound, c.actorsGold),
    'actors.exact': ratio(c.actorsExact, c.actorsFound),
    'quotes.recall': ratio(c.quotesFound, c.quotesGold),
    'amounts.recall': ratio(c.amountsFound, c.amountsGold),
    'amounts.unit': ratio(c.amountsUnitRight, c.amountsUnitGold),
    'times.recall': ratio(c.timesFound, c.timesGold),
  };
}

export type FindingKind = 'analysis-error' | 'gold-error' | 'event-miss' | 'event-fp' | 'event-status' | 'event-code' | 'actor-miss' | 'quote-miss' | 'amount-miss' | 'time-miss';

export interface Finding {
  doc: string;
  kind: FindingKind;
  /** One line: the gold item or the prediction. */
  what: string;
  /** The sentence it is in (verbatim from the document). */
  sentence?: string;
  /** Rule ids of the prediction concerned. */
  rule?: string;
  /** Reasons, e.g. why each prediction of the sentence did not match. */
  why?: string[];
}

export interface DocScore {
  id: string;
  counts: Counts;
  findings: Finding[];
}

function sentenceOf(a: Analysis, span: Span | null): string | undefined {
  if (!span) return undefined;
  const s = a.sentences.find((x) => x.start <= span.start && span.start < x.end);
  return s ? a.doc.text.slice(s.start, s.end) : undefined;
}

const keysText = (l: ReadonlyArray<string | null>) => l.map((k) => k ?? 'null').join('|');

function goldLine(g: GoldEvent): string {
  const code = g.cameo ? g.cameo.join(',') : g.plover ?? 'no PLOVER type';
  return `"${g.at}"${g.at_n ? ` #${g.at_n}` : ''} ${keysText(g.source)} -> ${keysText(g.target)} ${code} [${g.status.join(',')}]`;
}

function predLine(p: EventRecord): string {
  const type = predictedPlover(p);
  return `"${p.trigger.text}" ${p.source?.code ?? '-'} -> ${p.target?.code ?? '-'} ${p.cameo}${type ? ` ${type}` : ''} ${p.status}`;
}

function scoreEvents(g: GoldDoc, a: Analysis, c: Counts, out: Finding[]): void {
  const preds = a.events;
  const m = matchEvents(a.doc.text, g.events, preds);
  g.events.forEach((ge, gi) => {
    const pi = m.goldToPred[gi];
    const span = m.spans[gi];
    if (!span) out.push({ doc: g.id, kind: 'gold-error', what: goldLine(ge), why: ['gold `at` text not found in the document'] });
    if (ge.optional) return;
    c.eventsGold++;
    if (pi < 0) {
      if (!span) return;
      const inSentence = preds.map((p, k) => ({ p, k })).filter(({ p }) => contains(p.sentence, span));
      const split = !a.sentences.some((x) => contains(x, span));
      const none = split ? 'the `at` text crosses a sentence boundary of the segmentation' : 'no event predicted in this sentence';
      const why = inSentence.length === 0 ? [none] : inSentence.map(({ p, k }) => {
        const reasons = mismatchReasons(ge, p);
        const taken = m.predToGold[k] >= 0 ? `taken by gold "${g.events[m.predToGold[k]].at}"` : 'fits, but not assigned';
        return `${predLine(p)} (${p.rule}): ${reasons.length ? reasons.join('; ') : taken}`;
      });
      out.push({ doc: g.id, kind: 'event-miss', what: goldLine(ge), sentence: sentenceOf(a, span), why });
      return;
    }
    c.eventsFound++;
    if (g.exhaustive) c.eventsCorrect++;
    const p = preds[pi];
    const fit = m.pairs.find((x) => x.gold === gi)!.fit;
    if (strictCodeRight(ge, p)) c.codeRight++;
    else out.push({ doc: g.id, kind: 'event-code', what: `${goldLine(ge)}  got ${predLine(p)}`, rule: p.rule, sentence: sentenceOf(a, p.sentence) });
    if (statusRight(ge, p, fit)) c.statusRight++;
    else out.push({ doc: g.id, kind: 'event-status', what: `${goldLine(ge)}  got ${predLine(p)}${fit === Fit.Equivalent ? ' (equivalence)' : ''}`, rule: p.statusCue ? `${p.rule} cue "${p.statusCue.text}"` : p.rule, sentence: sentenceOf(a, p.sentence) });
  });
  if (!g.exhaustive) return;
  preds.forEach((p, pi) => {
    const gi = m.predToGold[pi];
    if (gi >= 0 && g.events[gi].optional) return; // neither required nor a false positive
    c.eventsPredicted++;
    if (gi < 0) out.push({ doc: g.id, kind: 'event-fp', what: predLine(p), rule: p.rule, sentence: sentenceOf(a, p.sentence) });
  });
}

function tally(results: ItemResult[], optional: (i: number) => boolean, onMiss: (r: ItemResult) => void): { gold: number; found: number; strictOf: number; strict: number } {
  const t = { gold: 0, found: 0, strictOf: 0, strict: 0 };
  for (const r of results) {
    if (optional(r.gold)) continue;
    t.gold++;
    if (!r.found) {
      onMiss(r);
      continue;
    }
    t.found++;
    if (r.strict !== undefined) {
      t.strictOf++;
      if (r.strict) t.strict++;
    }
  }
  return t;
}

/** Scores one document: `a` is the analysis of `g.doc`. */
export function scoreDocument(g: GoldDoc, a: Analysis): DocScore {
  const c = emptyCounts();
  c.docs = 1;
  const out: Finding[] = [];
  scoreEvents(g, a, c, out);
  const text = a.doc.text;
  const miss = (kind: FindingKind, what: (i: number) => string) => (r: ItemResult) =>
    out.push({ doc: g.id, kind: r.span ? kind : 'gold-error', what: what(r.gold), sentence: sentenceOf(a, r.span), why: r.why ? [r.why] : undefined });

  const act = tally(scoreActors(text, g.actors, a.actors), (i) => !!g.actors[i].optional,
    miss('actor-miss', (i) => `"${g.actors[i].text}"${g.actors[i].at ? ` at "${g.actors[i].at}"` : ''} = ${g.actors[i].code.join('|')}`));
  c.actorsGold = act.gold; c.actorsFound = act.found; c.actorsExact = act.strict;

  const quo = tally(scoreQuotes(text, g.quotes, a.quotes), (i) => !!g.quotes[i].optional,
    miss('quote-miss', (i) => `"${g.quotes[i].starts}..." by ${g.quotes[i].speaker}${g.quotes[i].speaker_key ? ` (${g.quotes[i].speaker_key})` : ''}`));
  c.quotesGold = quo.gold; c.quotesFound = quo.found;

  const amo = tally(scoreAmounts(text, g.amounts, a.amounts), (i) => !!g.amounts[i].optional,
    miss('amount-miss', (i) => `"${g.amounts[i].text}" = ${g.amounts[i].approx}${g.amounts[i].value ?? 'vague'} ${g.amounts[i].unit ?? ''}`.trim()));
  c.amountsGold = amo.gold; c.amountsFound = amo.found; c.amountsUnitGold = amo.strictOf; c.amountsUnitRight = amo.strict;

  const tim = tally(scoreTimes(text, g.times, a.times), (i) => !!g.times[i].optional,
    miss('time-miss', (i) => `"${g.times[i].text}" = ${g.times[i].value.map((v) => v ?? 'null').join('|')}`));
  c.timesGold = tim.gold; c.timesFound = tim.found;
  return { id: g.id, counts: c, findings: out };
}
