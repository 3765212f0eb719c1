// attribution stage: finds reporting clauses ("sagte Miller", "so Campbell", "laut X",
// "X said", "according to X", Konjunktiv I continuing the last speaker) and fills
// ctx.attributions. Shared by the quotes stage (speakers) and the events stage
// (statement events, the status of reported content): one implementation.
import type { ActorMention, Span } from '../model/analysis.js';
import type { AnalysisContext, Attribution, Stage } from './context.js';
import { trace } from './context.js';
import { docIndex, type DocIndex } from './attribution/doc-index.js';
import { markerClause, verbClause, type Draft, type SentenceScope } from './attribution/clauses.js';
import { isKonjunktivI as kj1At } from './attribution/konjunktiv.js';
import { reportingLexicon, type ReportingLexicon, type ReportingType } from './attribution/lexicon.js';

export { isReportingVerb, reportingForms, reportingLexicon } from './attribution/lexicon.js';
export type { ReportingForm, ReportingType, ReportingVerbEntry } from './attribution/lexicon.js';

/** What the lexicon says about an attribution's cue (absent for Konjunktiv-I continuations). */
export interface AttributionDetails {
  type: ReportingType | 'continuation';
  /** The content is only claimed ("behauptete", "claimed"). */
  alleged: boolean;
  /** Index of the sentence holding the cue. */
  sentence: number;
}
/** Attributions carry their details as an extra, non-contract field (attributions are not serialised). */
type Detailed = Attribution & { details?: AttributionDetails };
const details = {
  get: (a: Attribution): AttributionDetails | undefined => (a as Detailed).details,
};

/** Type and allegation flag of an attribution found by this stage. */
export function attributionDetails(att: Attribution): AttributionDetails | null {
  return details.get(att) ?? null;
}

/** The attribution whose content covers `span` (the innermost one), or null. */
export function attributionFor(ctx: AnalysisContext, span: Span): Attribution | null {
  let best: Attribution | null = null;
  for (const a of ctx.attributions) {
    if (a.content.start > span.start || a.content.end < span.end) continue;
    if (a.cue.start < span.end && span.start < a.cue.end) continue; // the cue itself is not its own content
    if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
  }
  return best;
}

/** True when token `i` of the context is a German Konjunktiv I verb (the mood of reported speech). */
export function isKonjunktivI(ctx: AnalysisContext, i: number): boolean {
  const lex = reportingLexicon(ctx.doc.lang);
  return !!lex && lex.lang === 'de' && i >= 0 && i < ctx.tokens.length && kj1At(ctx.tokens, i, lex);
}

/** How many sentences back a Konjunktiv I sentence may continue a speaker. */
const KJ1_REACH = 3;
/** How many sentences back a pronoun looks for its person. */
const PRONOUN_REACH = 6;

export const attributionStage: Stage = {
  name: 'attribution',
  assigns: ['attributions'],
  requires: ['tokens', 'sentenceTokens', 'actors'],
  run(ctx: AnalysisContext) {
    const lex = reportingLexicon(ctx.doc.lang);
    if (!lex || ctx.tokens.length === 0) return;
    const idx = docIndex(ctx);
    const bySentence: Attribution[][] = [];
    // One scope for the document, moved from sentence to sentence (nothing keeps a scope past its sentence).
    const scope: SentenceScope = { ctx, idx, lex, a: 0, b: 0 };
    for (let s = 0; s < ctx.sentenceTokens.length; s++) {
      const range = ctx.sentenceTokens[s];
      scope.a = range[0];
      scope.b = range[1];
      let found: Attribution[] | null = null;
      const drafts = findDrafts(scope);
      for (let k = 0; k < drafts.length; k++) {
        const att = finish(ctx, idx, lex, bySentence, s, drafts[k]);
        if (att) (found ??= []).push(att);
      }
      if (found === null && lex.lang === 'de') {
        const cont = continuation(scope, bySentence, s);
        if (cont) found = [cont];
      }
      // Most sentences attribute nothing: they share one empty list (never pushed to; `finish` replaces lists).
      bySentence.push(found ?? NONE);
      if (found === null) continue;
      for (const att of found) {
        ctx.attributions.push(att);
        if (ctx.trace) trace(ctx, 'attribution', `${att.lemma}: ${att.speaker?.name ?? att.speaker?.text ?? '(no speaker)'}`, att.rule, att.cue);
      }
    }
  },
};

const NONE: Attribution[] = [];
const NO_DRAFTS: Draft[] = [];

function findDrafts(s: SentenceScope): Draft[] {
  const { tokens } = s.ctx;
  // Locals: the calls in the loop would make the optimiser reload these fields on every token.
  const inQuote = s.idx.inQuote;
  const quotes = s.idx.quotes;
  const cues = s.lex.cues;
  let out: Draft[] | null = null;
  let weak = 0;
  for (let i = s.a; i < s.b; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const q = inQuote[i];
    if (q >= 0 && quotes[q].words > 2) continue; // words inside a quotation are the quoted speaker's
    const cue = cues.get(t.norm);
    if (cue === undefined) continue; // neither a marker nor a reporting verb: almost every word
    let d: Draft | null = null;
    const markers = cue.markers;
    if (markers) for (const m of markers) if ((d = markerClause(s, i, m))) break;
    const forms = cue.forms;
    if (!d && forms && t.text[0] === t.norm[0] && !afterDeterminer(s, i)) {
      // Readings are stored separable first: "teilte … mit" is mitteilen before anything else.
      for (const f of forms) if ((d = verbClause(s, i, f))) break;
    }
    if (d) {
      (out ??= []).push(d);
      if (d.weak) weak++;
      i = Math.max(i, (d.skip ?? d.cueTo) - 1);
    }
  }
  if (out === null) return NO_DRAFTS;
  // Weak drafts only back up a reporting verb: dropped when there is one.
  return weak === 0 || weak === out.length ? out : out.filter((d) => !d.weak);
}

/** "der erklärte Wille" is an adjective; "Das erklärte Weber" (sentence-initial anaphor) is not. */
function afterDeterminer(s: SentenceScope, i: number): boolean {
  const { tokens } = s.ctx;
  const prev = tokens[i - 1];
  return !!prev && prev.sentence === tokens[i].sentence && s.lex.determiners.has(prev.norm) && !(i - 1 === s.a && s.lex.anaphors.has(prev.norm));
}

function finish(ctx: AnalysisContext, idx: DocIndex, lex: ReportingLexicon, bySentence: Attribution[][], s: number, d: Draft): Attribution | null {
  const { tokens } = ctx;
  let content = d.content;
  if (content.start < 0) {
    // "Dies erklärte X": the previous sentence, and the Konjunktiv-I sentences before it.
    if (s === 0) return null;
    let first = s - 1;
    while (first > 0 && s - first < 4 && bySentence[first - 1].length === 0 && hasKj1(ctx, idx, lex, first - 1) && idx.paragraph[ctx.sentenceTokens[first - 1][0]] === idx.paragraph[ctx.sentenceTokens[first][0]]) first--;
    content = { start: ctx.sentences[first].start, end: ctx.sentences[s - 1].end };
    // Those sentences were reported speech all along: drop continuations attributed to an earlier speaker.
    for (let k = first; k < s; k++) {
      const cont = bySentence[k].filter((a) => details.get(a)?.type === 'continuation');
      if (cont.length) {
        bySentence[k] = bySentence[k].filter((a) => !cont.includes(a));
        ctx.attributions = ctx.attributions.filter((a) => !cont.includes(a));
      }
    }
  }
  let speaker: ActorMention | null = d.speaker?.mention ?? null;
  if (d.speaker?.pronoun) speaker = resolvePronoun(ctx, idx, bySentence, s, d.speaker.mention) ?? speaker;
  const cueStart = tokens[d.cueFrom].start;
  const cueEnd = tokens[d.cueTo - 1].end;
  // The details are part of the literal (not added afterwards): every attribution has one shape.
  const att: Detailed = {
    cue: { start: cueStart, end: cueEnd, text: ctx.doc.text.slice(cueStart, cueEnd) },
    lemma: d.lemma,
    speaker,
    content,
    indirect: d.indirect,
    rule: d.rule,
    details: { type: d.type, alleged: d.alleged, sentence: s },
  };
  return att;
}

/** "er"/"sie"/"he"/"she" → the last speaker, else the first person named in a recent sentence. */
function resolvePronoun(ctx: AnalysisContext, idx: DocIndex, bySentence: Attribution[][], s: number, pron: ActorMention): ActorMention | null {
  for (let k = s - 1; k >= 0 && k >= s - PRONOUN_REACH; k--) {
    const atts = bySentence[k];
    for (let j = atts.length - 1; j >= 0; j--) {
      const sp = atts[j].speaker;
      if (sp && (sp.code || sp.name) && sp.kind !== 'media') return asPronoun(sp, pron);
    }
    const range = ctx.sentenceTokens[k];
    for (let t = range[0]; t < range[1]; t++) {
      const mi = idx.mentionAt[t];
      if (mi >= 0 && idx.inQuote[t] < 0 && ctx.actors[mi].kind === 'person') return asPronoun(ctx.actors[mi], pron);
    }
  }
  return null;
}

function asPronoun(res: ActorMention, pron: ActorMention): ActorMention {
  return { start: pron.start, end: pron.end, text: pron.text, code: res.code, name: res.name ?? res.text, kind: res.kind, rule: `attr.pronoun>${res.rule}` };
}

function hasKj1(ctx: AnalysisContext, idx: DocIndex, lex: ReportingLexicon, s: number): boolean {
  return firstKj1(ctx, idx, lex, s) >= 0;
}

function firstKj1(ctx: AnalysisContext, idx: DocIndex, lex: ReportingLexicon, s: number): number {
  const range = ctx.sentenceTokens[s];
  for (let k = range[0]; k < range[1]; k++) if (idx.inQuote[k] < 0 && kj1At(ctx.tokens, k, lex)) return k;
  return -1;
}

/** A Konjunktiv-I sentence without a reporting clause continues the last speaker ("Die Allianz sei besorgt …"). */
function continuation(s: SentenceScope, bySentence: Attribution[][], sent: number): Attribution | null {
  const { ctx, idx, lex } = s;
  const k = firstKj1(ctx, idx, lex, sent);
  if (k < 0) return null;
  // "…sei besorgt. Dies erklärte X": the next sentence names the speaker itself.
  const next = ctx.sentenceTokens[sent + 1];
  if (next && lex.anaphors.has(ctx.tokens[next[0]].norm) && lex.forms.has(ctx.tokens[next[0] + 1]?.norm ?? '')) return null;
  for (let j = sent - 1; j >= 0 && j >= sent - KJ1_REACH; j--) {
    const speaker = lastSpeaker(bySentence[j]);
    if (!speaker) continue;
    const t = ctx.tokens[k];
    const att: Detailed = {
      cue: { start: t.start, end: t.end, text: t.text },
      lemma: 'konjunktiv-i',
      speaker,
      content: { start: ctx.sentences[sent].start, end: ctx.sentences[sent].end },
      indirect: true,
      rule: 'de.attr.kj1-continuation',
      details: { type: 'continuation', alleged: false, sentence: sent },
    };
    return att;
  }
  return null;
}

/** The speaker of the last attribution that has one. */
function lastSpeaker(atts: readonly Attribution[]): ActorMention | null {
  for (let j = atts.length - 1; j >= 0; j--) if (atts[j].speaker) return atts[j].speaker;
  return null;
}
