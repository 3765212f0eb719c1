// Recall of the mention layers (gold README: actor mention, quote, amount, time).
// Each gold item is located in the text and found when a predicted item overlaps
// (or, for quotes, covers) it with the right content.
import type { ActorMention, AmountRecord, QuoteRecord, Span, TimeRecord } from '../model/analysis.js';
import type { GoldActor, GoldAmount, GoldQuote, GoldTime } from './gold.js';
import { keyAccepted } from './keys.js';
import { contains, locate, locateMention, overlaps } from './locate.js';

export interface ItemResult {
  /** Index of the gold item. */
  gold: number;
  span: Span | null;
  found: boolean;
  /** The stricter second figure (actors: exact code; amounts: unit), undefined when not applicable. */
  strict?: boolean;
  /** Why it was not found (verbose output). */
  why?: string;
}

function describe<T extends Span & { text: string }>(items: T[], span: Span, show: (x: T) => string): string {
  const near = items.filter((x) => overlaps(x, span));
  return near.length ? `predicted here: ${near.map(show).join('; ')}` : 'nothing predicted here';
}

export function scoreActors(text: string, gold: readonly GoldActor[], preds: readonly ActorMention[]): ItemResult[] {
  return gold.map((g, i) => {
    const span = locateMention(text, g.text, g.at, g.at_n ?? 1);
    if (!span) return { gold: i, span, found: false, why: 'gold text not found in the document' };
    const hits = preds.filter((p) => overlaps(p, span) && keyAccepted(g.code, p.code));
    if (hits.length === 0) return { gold: i, span, found: false, why: describe([...preds], span, (p) => `${p.text}=${p.code} (${p.rule})`) };
    return { gold: i, span, found: true, strict: hits.some((p) => g.code.some((c) => c.toUpperCase() === p.code.toUpperCase())) };
  });
}

function sameName(a: string | null | undefined, b: string): boolean {
  return !!a && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A quote names its speaker by name (case-insensitive, in `name` or the mention text) or by actor key. */
function namesSpeaker(q: QuoteRecord, g: GoldQuote): boolean {
  const s = q.speaker;
  if (!s) return false;
  if (sameName(s.name, g.speaker) || sameName(s.text, g.speaker)) return true;
  if (s.text && s.text.toLowerCase().includes(g.speaker.toLowerCase())) return true;
  return !!(g.speaker_key && s.code && keyAccepted([g.speaker_key], s.code));
}

export function scoreQuotes(text: string, gold: readonly GoldQuote[], preds: readonly QuoteRecord[]): ItemResult[] {
  return gold.map((g, i) => {
    const span = locate(text, g.starts, g.at_n ?? 1);
    if (!span) return { gold: i, span, found: false, why: 'gold `starts` not found in the document' };
    const covering = preds.filter((q) => contains(q, span));
    if (covering.some((q) => namesSpeaker(q, g))) return { gold: i, span, found: true };
    const why = covering.length
      ? `covered, but speaker ${covering.map((q) => q.speaker ? `${q.speaker.text}/${q.speaker.name ?? '-'}/${q.speaker.code ?? '-'}` : 'none').join('; ')} is not ${g.speaker}`
      : describe([...preds], span, (q) => `"${q.text.slice(0, 40)}"`);
    return { gold: i, span, found: false, why };
  });
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function unitWords(u: string): string[] {
  return u.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Units agree when, ignoring case, one contains the other, or their words pair up on
 * a common 5-letter stem (German inflection: "ballistische" ~ "ballistischen").
 */
export function unitsAgree(gold: string, pred: string | null): boolean {
  if (!pred) return false;
  const g = gold.toLowerCase().trim();
  const p = pred.toLowerCase().trim();
  if ((p && g.includes(p)) || (g && p.includes(g))) return true;
  const gw = unitWords(g);
  const pw = unitWords(p);
  return gw.length > 0 && gw.length === pw.length && gw.every((w, k) => w.slice(0, 5) === pw[k].slice(0, 5));
}

export function scoreAmounts(text: string, gold: readonly GoldAmount[], preds: readonly AmountRecord[]): ItemResult[] {
  return gold.map((g, i) => {
    const span = locateMention(text, g.text, g.at, g.at_n ?? 1);
    if (!span) return { gold: i, span, found: false, why: 'gold text not found in the document' };
    const hits = preds.filter((a) => overlaps(a, span) && sameValue(a.value, g.value) && a.approx === g.approx);
    if (hits.length === 0) return { gold: i, span, found: false, why: describe([...preds], span, (a) => `${a.approx}${a.value ?? 'vague'} ${a.unit ?? ''}`.trim()) };
    return { gold: i, span, found: true, strict: g.unit ? hits.some((a) => unitsAgree(g.unit!, a.unit)) : undefined };
  });
}

export function scoreTimes(text: string, gold: readonly GoldTime[], preds: readonly TimeRecord[]): ItemResult[] {
  return gold.map((g, i) => {
    const span = locateMention(text, g.text, g.at, g.at_n ?? 1);
    if (!span) return { gold: i, span, found: false, why: 'gold text not found in the document' };
    const hits = preds.filter((t) => overlaps(t, span) && g.value.includes(t.value));
    if (hits.length === 0) return { gold: i, span, found: false, why: describe([...preds], span, (t) => `${t.text}=${t.value ?? 'null'}`) };
    return { gold: i, span, found: true };
  });
}
