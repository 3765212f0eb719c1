// Test helper: a hand-built analysis context (tokens, sentences, actor mentions placed
// by substring) so attribution and quotes can be tested without the actors stage.
import type { ActorKind, ActorMention, QuoteRecord } from '../../../src/model/analysis.js';
import type { AnalysisContext } from '../../../src/extract/context.js';
import { newContext } from '../../../src/extract/pipeline.js';
import { splitSentences, tokenize } from '../../../src/text/segment.js';
import { attributionStage } from '../../../src/extract/attribution.js';
import { quotesStage } from '../../../src/extract/quotes.js';

/** An actor to place: [substring, code, kind?, name?, occurrence (1-based)?]. */
export type ActorSpec = [string, string, ActorKind?, string?, number?];

export function contextFor(text: string, lang: string, actors: ActorSpec[] = []): AnalysisContext {
  const ctx = newContext({ id: 't', text, date: null, lang }, false);
  ctx.tokens = tokenize(text);
  const { sentences, ranges } = splitSentences(text, ctx.tokens);
  ctx.sentences = sentences;
  ctx.sentenceTokens = ranges;
  const mentions: ActorMention[] = [];
  for (const [sub, code, kind = 'person', name, nth = 1] of actors) {
    let at = -1;
    for (let n = 0; n < nth; n++) {
      at = text.indexOf(sub, at + 1);
      if (at < 0) throw new Error(`actor "${sub}" (#${nth}) not in text`);
    }
    mentions.push({ start: at, end: at + sub.length, text: sub, code, name: name ?? (kind === 'person' ? sub : undefined), kind, rule: 'test' });
  }
  ctx.actors = mentions.sort((a, b) => a.start - b.start);
  return ctx;
}

/** Runs attribution and quotes over a hand-built context. */
export function analyseQuotes(text: string, lang: string, actors: ActorSpec[] = []): AnalysisContext {
  const ctx = contextFor(text, lang, actors);
  attributionStage.run(ctx);
  quotesStage.run(ctx);
  return ctx;
}

/** The quote whose text starts with `starts` (ignoring leading whitespace), or undefined. */
export function quoteStarting(ctx: AnalysisContext, starts: string, kind?: QuoteRecord['kind']): QuoteRecord | undefined {
  return ctx.quotes.find((q) => q.text.startsWith(starts) && (!kind || q.kind === kind));
}

/** Speaker label for assertions: the name, else the code, else the text. */
export function speakerLabel(q: QuoteRecord | undefined): string | null {
  if (!q?.speaker) return null;
  return q.speaker.name ?? q.speaker.code ?? q.speaker.text;
}

/** Places every whole-word occurrence of the known names (longest first), like a small actors stage. */
export function autoActors(text: string, known: Record<string, [string, ActorKind, string?]>): ActorSpec[] {
  const taken: Array<[number, number]> = [];
  const out: ActorSpec[] = [];
  for (const name of Object.keys(known).sort((a, b) => b.length - a.length)) {
    let n = 0;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      n++;
      const end = at + name.length;
      const before = at > 0 ? text[at - 1] : ' ';
      const after = end < text.length ? text[end] : ' ';
      if (/[\p{L}\p{N}-]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (taken.some(([s, e]) => at < e && s < end)) continue;
      taken.push([at, end]);
      const [code, kind, full] = known[name];
      out.push([name, code, kind, full ?? (kind === 'person' ? name : undefined), n]);
    }
  }
  return out;
}

/** One expectation of a table row. */
export type Expect =
  | { q: 'direct' | 'scare' | 'indirect'; starts: string; speaker?: string | null; ends?: string }
  | { a: string; speaker?: string | null; content?: string; indirect?: boolean }
  | { none: 'quotes' | 'attributions' };

export const D = (starts: string, speaker?: string | null, ends?: string): Expect => ({ q: 'direct', starts, speaker, ends });
export const S = (starts: string, speaker?: string | null): Expect => ({ q: 'scare', starts, speaker });
export const I = (starts: string, speaker?: string | null): Expect => ({ q: 'indirect', starts, speaker });
export const A = (cue: string, speaker?: string | null, content?: string, indirect?: boolean): Expect => ({ a: cue, speaker, content, indirect });
export const NO_QUOTES: Expect = { none: 'quotes' };
export const NO_ATTRIBUTION: Expect = { none: 'attributions' };

function sameSpeaker(label: string | null | undefined, sp: { text: string; code: string | null; name: string | null } | null): boolean {
  if (label === undefined) return true;
  if (label === null) return sp === null || (!sp.code && sp.name === sp.text && /^(er|sie|he|she)$/i.test(sp.text));
  if (!sp) return false;
  return sp.name === label || sp.code === label || sp.text === label;
}

/** Checks one row; returns the problems (empty when the row passes). */
export function checkRow(ctx: AnalysisContext, expects: Expect[]): string[] {
  const problems: string[] = [];
  const text = ctx.doc.text;
  const shown = () => ctx.quotes.map((q) => `${q.kind}[${q.text}]<${q.speaker?.name ?? q.speaker?.code ?? '-'}>`).join(' ') + ' | ' +
    ctx.attributions.map((a) => `${a.cue.text}<${a.speaker?.name ?? a.speaker?.text ?? '-'}>[${text.slice(a.content.start, a.content.end)}]`).join(' ');
  const directs = expects.filter((e) => 'q' in e && e.q !== 'indirect').length;
  for (const e of expects) {
    if ('none' in e) {
      if (e.none === 'quotes' && ctx.quotes.some((q) => q.kind !== 'indirect')) problems.push(`expected no quotation, got ${shown()}`);
      if (e.none === 'attributions' && ctx.attributions.length) problems.push(`expected no attribution, got ${shown()}`);
    } else if ('q' in e) {
      const q = ctx.quotes.find((r) => r.kind === e.q && r.text.startsWith(e.starts));
      if (!q) problems.push(`missing ${e.q} quote "${e.starts}", got ${shown()}`);
      else {
        if (!sameSpeaker(e.speaker, q.speaker)) problems.push(`quote "${e.starts}": speaker ${JSON.stringify(q.speaker)} ≠ ${e.speaker}`);
        if (e.ends && !q.text.endsWith(e.ends)) problems.push(`quote "${e.starts}" ends "${q.text.slice(-20)}", not "${e.ends}"`);
      }
    } else {
      const a = ctx.attributions.find((x) => x.cue.text === e.a && (e.content === undefined || text.slice(x.content.start, x.content.end).startsWith(e.content)));
      if (!a) problems.push(`missing attribution "${e.a}"${e.content ? ` over "${e.content}"` : ''}, got ${shown()}`);
      else {
        const sp = a.speaker ? { text: a.speaker.text, code: a.speaker.code || null, name: a.speaker.name ?? a.speaker.text } : null;
        if (!sameSpeaker(e.speaker, sp)) problems.push(`attribution "${e.a}": speaker ${JSON.stringify(sp)} ≠ ${e.speaker}`);
        if (e.indirect !== undefined && a.indirect !== e.indirect) problems.push(`attribution "${e.a}": indirect ${a.indirect}`);
      }
    }
  }
  if (directs > 0) {
    const got = ctx.quotes.filter((q) => q.kind !== 'indirect').length;
    if (got !== directs) problems.push(`expected ${directs} direct/scare quotes, got ${got}: ${shown()}`);
  }
  return problems;
}
