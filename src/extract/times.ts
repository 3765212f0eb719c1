// times stage: date expressions normalised against the document date.
// scan (one combined regex per language, tried at head tokens) → decide whether the
// text is narrative (history) or news → resolve left to right, tracking the reference
// date. Rules and vocabulary: src/extract/times/, src/lang/<lang>/times.json.
import type { AnalysisContext, Stage } from './context.js';
import { trace } from './context.js';
import type { TimeRecord } from '../model/analysis.js';
import { parsePartialDate, type PartialDate } from './times/calendar.js';
import { REJECT, resolveTime, type ResolverState } from './times/resolve.js';
import { scanSentence, timeScanner, type RawTime } from './times/scanner.js';

/** Time expressions of a text; `date` is the document date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or null). */
export function extractTimes(ctx: AnalysisContext): TimeRecord[] {
  const lang = ctx.doc.lang;
  const scanner = timeScanner(lang);
  if (!scanner) return [];
  const text = ctx.doc.text;
  const raws: RawTime[] = [];
  for (let si = 0; si < ctx.sentenceTokens.length; si++) {
    const [from, to] = ctx.sentenceTokens[si];
    scanSentence(scanner, text, ctx.tokens, from, to, si, raws);
  }
  if (raws.length === 0) return [];
  const dct = parsePartialDate(ctx.doc.date);
  const state: ResolverState = {
    vocab: scanner.vocab, dct, ref: null, refSentence: -1, narrative: isNarrative(raws, dct), sentence: -1, future: false,
  };
  const out: TimeRecord[] = [];
  for (const r of raws) {
    if (r.sentence !== state.sentence) {
      state.sentence = r.sentence;
      state.future = sentenceIsFuture(ctx, r.sentence, scanner.vocab.futureCues);
    }
    const res = resolveTime(state, r.rule, r.fields);
    // The trace messages are only built when a trace is collected (explain): they cost a string each.
    if (res.reason === REJECT) {
      if (ctx.trace) trace(ctx, 'times', `${text.slice(r.start, r.end)} dropped: not a date`, `time.${lang}.${r.rule.id}`, r);
      continue;
    }
    const rule = `time.${lang}.${r.rule.id}`;
    const rec: TimeRecord = { start: r.start, end: r.end, text: text.slice(r.start, r.end), value: res.value, rule };
    if (res.reason) rec.reason = res.reason;
    out.push(rec);
    if (ctx.trace) trace(ctx, 'times', `${rec.text} → ${rec.value ?? `null (${rec.reason})`}`, rule, r);
  }
  return out;
}

/**
 * A text is narrative when most explicit years lie far from the document date
 * (a history article written in 2011 about 1939), or when there is no document date.
 * Then month names and relative expressions follow the story's own time line.
 */
function isNarrative(raws: RawTime[], dct: PartialDate | null): boolean {
  if (!dct) return true;
  let far = 0;
  let near = 0;
  for (const r of raws) {
    const y = r.fields.y;
    if (!y || y.length !== 4) continue;
    if (Math.abs(+y - dct.y) > 2) far++;
    else near++;
  }
  return far >= 2 && far > 2 * near;
}

function sentenceIsFuture(ctx: AnalysisContext, si: number, cues: Set<string>): boolean {
  const [from, to] = ctx.sentenceTokens[si];
  for (let i = from; i < to; i++) if (cues.has(ctx.tokens[i].norm)) return true;
  return false;
}

export const timesStage: Stage = {
  name: 'times',
  assigns: ['times'],
  requires: ['tokens', 'sentences'],
  run(ctx: AnalysisContext) {
    ctx.times = extractTimes(ctx);
  },
};
