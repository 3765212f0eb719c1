// Finding the speaker of a reporting clause: an actor mention, a pronoun, or (when the
// actors stage knows nobody there) a run of capitalised words. Works on token ranges
// of one clause; a noun phrase inside a prepositional phrase ("nach Gesprächen mit X",
// "In Berlin") is never the speaker.
import type { ActorMention } from '../../model/analysis.js';
import type { AnalysisContext, Token } from '../context.js';
import type { DocIndex } from './doc-index.js';
import type { ReportingLexicon } from './lexicon.js';
import { isQuoteMark } from '../quotes/marks.js';

export interface SpeakerHit {
  /** The mention (for pronouns: a placeholder until resolved; for names: synthesised, code ''). */
  mention: ActorMention;
  pronoun: boolean;
  /** Token range [from, to) of the speaker words. */
  from: number;
  to: number;
}

export interface SpeakerScope {
  ctx: AnalysisContext;
  idx: DocIndex;
  lex: ReportingLexicon;
}

const isCap = (t: Token) => t.kind === 'word' && t.text[0] !== t.norm[0];
const isBoundary = (t: Token) => (t.kind === 'punct' && t.text !== '-' && t.text !== '.') || isQuoteMark(t);

/** The first speaker candidate in tokens [from, to): the subject before a verb. */
export function speakerBetween(s: SpeakerScope, from: number, to: number): SpeakerHit | null {
  let name: SpeakerHit | null = null;
  for (let k = from; k < to; k++) {
    if (s.idx.inQuote[k] >= 0) continue;
    const hit = candidateAt(s, k, from);
    if (!hit) continue;
    if (hit.mention.code || hit.pronoun) return hit;
    name ??= hit;
    k = hit.to - 1;
  }
  return name;
}

/** The speaker right after a verb ("sagte Miller", "so der Minister", "said a spokesman"): within a few tokens, inside the clause. */
export function speakerAfter(s: SpeakerScope, v: number, end: number, maxSkip = 4, allowPP = false): SpeakerHit | null {
  const { tokens } = s.ctx;
  let name: SpeakerHit | null = null;
  for (let k = v + 1, skipped = 0; k < end && skipped <= maxSkip; k++) {
    const t = tokens[k];
    if (isBoundary(t) || s.lex.complementizers.has(t.norm)) break;
    const hit = candidateAt(s, k, allowPP ? k : v + 1);
    if (hit) {
      if (hit.mention.code) return hit;
      if (hit.pronoun) return k === v + 1 || tokens[k - 1].norm === 'sich' ? hit : name;
      name ??= hit;
      k = hit.to - 1;
      continue;
    }
    skipped++;
  }
  return name;
}

/** "Miller, der Sprecher des Ministeriums, sagte": the mention before an apposition that ends right before `v`. */
export function speakerBeforeApposition(s: SpeakerScope, v: number, sentenceStart: number): SpeakerHit | null {
  const { tokens } = s.ctx;
  if (v < 2 || tokens[v - 1].text !== ',') return null;
  for (let k = v - 2; k > sentenceStart && k >= v - 14; k--) {
    if (tokens[k].text !== ',') {
      if (isBoundary(tokens[k])) return null;
      continue;
    }
    // tokens[k] opens the apposition; the speaker ends right before it.
    const end = k;
    let begin = end - 1;
    const mi = s.idx.mentionAt[begin];
    if (mi >= 0) {
      while (begin > sentenceStart && s.idx.mentionAt[begin - 1] === mi) begin--;
      return { mention: s.ctx.actors[mi], pronoun: false, from: begin, to: end };
    }
    if (!isCap(tokens[begin])) return null;
    while (begin > sentenceStart && isCap(tokens[begin - 1]) && end - begin < 4) begin--;
    return nameHit(s, begin, end);
  }
  return null;
}

function candidateAt(s: SpeakerScope, k: number, windowStart: number): SpeakerHit | null {
  const { ctx, idx, lex } = s;
  const t = ctx.tokens[k];
  const mi = idx.mentionAt[k];
  if (mi >= 0) {
    let to = k + 1;
    while (to < ctx.tokens.length && idx.mentionAt[to] === mi) to++;
    if (inPrepositionalPhrase(s, k, windowStart)) return null;
    let mention = ctx.actors[mi];
    // "US-Außenminister Antony Blinken", "NATO chief Jens Stoltenberg": the person, not the title.
    const nextMi = to < ctx.tokens.length ? idx.mentionAt[to] : -1;
    if (mention.kind !== 'person' && nextMi >= 0 && ctx.actors[nextMi].kind === 'person') {
      const from = to;
      mention = ctx.actors[nextMi];
      while (to < ctx.tokens.length && idx.mentionAt[to] === nextMi) to++;
      return { mention, pronoun: false, from, to };
    }
    return { mention, pronoun: false, from: k, to };
  }
  if (lex.pronouns.has(t.norm)) {
    return { mention: { start: t.start, end: t.end, text: t.text, code: '', kind: 'person', rule: 'attr.pronoun' }, pronoun: true, from: k, to: k + 1 };
  }
  if (!isCap(t) || lex.determiners.has(t.norm) || lex.anaphors.has(t.norm) || lex.prepositions.has(t.norm) || lex.firstPerson.has(t.norm)) return null;
  if (inPrepositionalPhrase(s, k, windowStart)) return null;
  let to = k + 1;
  while (to < ctx.tokens.length && to - k < 4 && isCap(ctx.tokens[to]) && idx.mentionAt[to] < 0 && ctx.tokens[to].sentence === t.sentence) to++;
  // A lone capitalised word opening a sentence is usually no name ("Gestern", "Offenbar").
  const sentenceStart = ctx.sentenceTokens[t.sentence][0];
  if (k === sentenceStart && to - k < 2 && !ctx.tokens[to] || k === sentenceStart && to - k < 2 && !s.lex.forms.has(ctx.tokens[to].norm)) return null;
  return nameHit(s, k, to);
}

function nameHit(s: SpeakerScope, from: number, to: number): SpeakerHit {
  const { tokens } = s.ctx;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const text = s.ctx.doc.text.slice(start, end);
  const afterDet = from > 0 && s.lex.determiners.has(tokens[from - 1].norm);
  return { mention: { start, end, text, code: '', name: text, kind: afterDet ? 'other' : 'person', rule: 'attr.speaker.name' }, pronoun: false, from, to };
}

/** True when the noun phrase at k is governed by a preposition (walking back over determiners and lower-case modifiers). */
function inPrepositionalPhrase(s: SpeakerScope, k: number, windowStart: number): boolean {
  const { tokens } = s.ctx;
  for (let j = k - 1, steps = 0; j >= 0 && j >= windowStart && steps < 4; j--, steps++) {
    const t = tokens[j];
    if (s.lex.prepositions.has(t.norm)) return true;
    if (s.lex.determiners.has(t.norm) || (t.kind === 'word' && !isCap(t) && t.norm.length > 3 && inflectedEnding(t.norm))) continue;
    if (t.kind === 'number') continue;
    return false;
  }
  return false;
}

/** Ends in -e, -en, -er, -es or -em (an inflected determiner or adjective); char codes instead of a regex per token. */
function inflectedEnding(norm: string): boolean {
  const n = norm.length;
  const last = norm.charCodeAt(n - 1);
  if (last === 101 /* e */) return true;
  return norm.charCodeAt(n - 2) === 101 && (last === 110 /* n */ || last === 114 /* r */ || last === 115 /* s */ || last === 109 /* m */);
}
