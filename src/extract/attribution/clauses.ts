// Reporting-clause rules over one sentence: a reporting verb or marker, its speaker,
// and the content it attributes (a quotation, a dass/that clause, the rest of the
// sentence, or the clause before a trailing "…, sagte X" / "…, so X").
import type { Span } from '../../model/analysis.js';
import type { Token } from '../context.js';
import { isQuoteMark } from '../quotes/marks.js';
import { isKonjunktivI } from './konjunktiv.js';
import type { CompiledMarker, ReportingForm, ReportingType } from './lexicon.js';
import { speakerAfter, speakerBeforeApposition, speakerBetween, type SpeakerHit, type SpeakerScope } from './speaker.js';

/** An attribution before pronoun resolution. */
export interface Draft {
  cueFrom: number;
  cueTo: number;
  lemma: string;
  speaker: SpeakerHit | null;
  content: Span;
  /** Content is a quotation (index into the doc's quotes), else -1. */
  quote: number;
  indirect: boolean;
  alleged: boolean;
  type: ReportingType;
  rule: string;
  /** Token index after the whole reporting phrase (markers: "according to reports"). */
  skip?: number;
  /** A marker that only backs up a verb ("in a statement"): dropped when a reporting verb is found. */
  weak?: boolean;
}

interface Base { cueFrom: number; cueTo: number; lemma: string; alleged: boolean; type: ReportingType }

/** Builds a Draft as one literal (object spread here made V8 fall back to slow objects). */
function draft(b: Base, speaker: SpeakerHit | null, content: Span, quote: number, indirect: boolean, rule: string, weak = false, skip?: number): Draft {
  return { cueFrom: b.cueFrom, cueTo: b.cueTo, lemma: b.lemma, speaker, content, quote, indirect, alleged: b.alleged, type: b.type, rule, weak, skip };
}

export interface SentenceScope extends SpeakerScope {
  /** Token range [a, b) of the sentence. */
  a: number;
  b: number;
}

const isClauseStop = (t: Token) => t.text === ',' || t.text === ';' || t.text === ':' || t.text === '(' || t.text === ')' || isQuoteMark(t);

/** Start of the clause holding token v (after the nearest , ; : or quote mark). */
function clauseStart(s: SentenceScope, v: number): number {
  let k = v;
  while (k > s.a && !isClauseStop(s.ctx.tokens[k - 1])) k--;
  return k;
}

/** End (exclusive) of the clause holding token v. */
function clauseEnd(s: SentenceScope, v: number): number {
  let k = v + 1;
  while (k < s.b && !isClauseStop(s.ctx.tokens[k])) k++;
  return k;
}

/** Last token index of the sentence that is not final punctuation or a closing mark. */
function lastContentToken(s: SentenceScope): number {
  let k = s.b - 1;
  while (k > s.a && s.ctx.tokens[k].kind === 'punct' && !isQuoteMark(s.ctx.tokens[k])) k--;
  return k;
}

function spanOf(s: SentenceScope, from: number, toInclusive: number): Span | null {
  const { tokens } = s.ctx;
  while (toInclusive >= from && tokens[toInclusive].kind === 'punct' && !isQuoteMark(tokens[toInclusive])) toInclusive--;
  if (toInclusive < from) return null;
  return { start: tokens[from].start, end: tokens[toInclusive].end };
}

/** The quotation whose closing mark ends right before `k` (allowing one comma between: `"…", sagte`). */
function quoteEndingBefore(s: SentenceScope, k: number): number {
  const { tokens } = s.ctx;
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const q = s.idx.closeAt[j];
    if (q >= 0) return s.idx.quotes[q].depth === 0 ? q : -1;
    if (tokens[j].text !== ',' && tokens[j].text !== '?' && tokens[j].text !== '!') return -1;
  }
  return -1;
}

/** The quotation opening right after `k` (allowing `:` or `,`): `sagte: "…"`, `said, "…"`. */
function quoteStartingAfter(s: SentenceScope, k: number): number {
  const { tokens } = s.ctx;
  for (let j = k + 1; j <= k + 2 && j < s.b; j++) {
    const q = s.idx.openAt[j];
    if (q >= 0) return s.idx.quotes[q].depth === 0 ? q : -1;
    if (tokens[j].text !== ':' && tokens[j].text !== ',') return -1;
  }
  return -1;
}

function hasKonjunktiv(s: SentenceScope, span: Span): boolean {
  if (s.lex.lang !== 'de') return false;
  const { tokens } = s.ctx;
  for (let k = s.a; k < s.b; k++) {
    if (tokens[k].start < span.start || tokens[k].end > span.end) continue;
    if (s.idx.inQuote[k] < 0 && isKonjunktivI(tokens, k, s.lex)) return true;
  }
  return false;
}

/** The quotation starts its sentence (or an earlier one, running on), or follows a colon. */
function opensSentence(s: SentenceScope, open: number): boolean {
  if (open <= s.a) return true;
  const prev = s.ctx.tokens[open - 1];
  return prev.text === ':' || (open === s.a + 1 && prev.kind === 'punct');
}

/** A subject found before the verb unless it is only a guessed name and an actor or pronoun follows ("Gestern sagte er"). */
function preferActor(before: SpeakerHit | null, s: SentenceScope, v: number, R: number): SpeakerHit | null {
  if (before && (before.mention.code || before.pronoun)) return before;
  // The speaker after the verb is looked for only now (a direct call: a thunk here was a closure per clause).
  const a = speakerAfter(s, v, R);
  if (a && (a.mention.code || a.pronoun)) return a;
  return before ?? a;
}

/** A reporting verb at token v: speaker and content. */
export function verbClause(s: SentenceScope, v: number, form: ReportingForm): Draft | null {
  const { tokens } = s.ctx;
  const { entry, rules } = form;
  const L = clauseStart(s, v);
  const R = clauseEnd(s, v);
  let cueTo = v + 1;
  if (form.needsParticle) {
    // "teilte … mit." / "kündigte er an, dass": the particle closes the clause.
    let p = R - 1;
    while (p > v && tokens[p].kind === 'punct' && !isQuoteMark(tokens[p])) p--;
    if (p <= v || tokens[p].norm !== form.needsParticle) return null;
  }
  if (entry.needs && !near(s, v, entry.needs, 3)) return null;
  const base: Base = { cueFrom: v, cueTo, lemma: entry.lemma, alleged: !!entry.alleged, type: entry.type };
  const first = tokens[L];

  // `"…", sagte Miller` / `"…," he said` / `„…“, so Campbell`: the quotation before the clause
  // (also before an apposition: `"…," Miller, a spokesman, said`).
  const appo = L === v && L > s.a && tokens[L - 1].text === ',' ? speakerBeforeApposition(s, v, s.a) : null;
  const qBefore = quoteEndingBefore(s, appo ? appo.from : L);
  // English participle clause: "Russia rejected the offer, saying it was unfair" — the main subject speaks.
  if (s.lex.lang === 'en' && qBefore < 0 && L === v && L > s.a && tokens[v].norm.endsWith('ing')) {
    const speaker = speakerBetween(s, s.a, L - 1);
    const content = spanOf(s, englishContentStart(s, v, null, !!entry.object), s.b - 1);
    return content && draft(base, speaker, content, -1, true, rules.participle);
  }
  // "… als „illegal“ zurück und kündigte … an": a verb coordinated with the clause is no tag of the quotation.
  let coordinated = false;
  for (let k = L; k < v; k++) if (COORDINATED.has(tokens[k].norm)) coordinated = true;
  if (qBefore >= 0 && !coordinated) {
    const speaker = appo ?? preferActor(speakerBetween(s, L, v), s, v, R) ?? nounPhraseSpeaker(s, L, v);
    const q = s.idx.quotes[qBefore];
    if (!opensSentence(s, q.open)) {
      // `… a sign of "desperation," Blinken said`: the sentence is the content, the quotation a part of it.
      const content = spanOf(s, s.a, q.close);
      return content && draft(base, speaker, content, -1, true, rules.trailing);
    }
    return draft(base, speaker, { start: q.start, end: q.end }, qBefore, false, rules.quoteBefore);
  }
  // "Wie das Ministerium mitteilte, …" / "…, as the ministry said.": the rest of the sentence.
  if (s.lex.asIntroducers.has(first.norm) && L < v) {
    const speaker = speakerBetween(s, L + 1, v) ?? speakerAfter(s, v, R);
    const content = L === s.a ? spanOf(s, Math.min(R + 1, s.b - 1), s.b - 1) : spanOf(s, s.a, L - 2);
    if (!content) return null;
    return draft(base, speaker, content, -1, true, rules.asClause);
  }
  // "Dies erklärte Stoltenberg": the previous sentence is the content (filled by the caller).
  if (L === s.a && v === L + 1 && s.lex.anaphors.has(first.norm) && s.lex.lang === 'de') {
    const speaker = speakerAfter(s, v, R);
    if (!speaker || !(speaker.mention.code || speaker.pronoun)) return null; // "Das erklärte Ziel …"
    return draft(base, speaker, { start: -1, end: -1 }, -1, true, rules.anaphor);
  }
  const verbFirst = L === v || (v === L + 1 && s.lex.anaphors.has(first.norm));
  let speaker = verbFirst ? speakerAfter(s, v, R) : preferActor(speakerBetween(s, L, v), s, v, R);
  let apposition = false;
  if (!speaker && L === v) {
    speaker = appo;
    apposition = !!speaker;
  }
  speaker ??= nounPhraseSpeaker(s, L, v);
  if (speaker && speaker.from > v) cueTo = v + 1;
  base.cueTo = cueTo;

  // `Miller sagte: "…"` / `he said, "…"` / `said "…"`.
  // The quotation follows the verb or speaker directly, or the colon that ends the clause.
  const k0 = R < s.b && tokens[R].text === ':' ? R - 1 : speaker && speaker.to > v ? speaker.to - 1 : v;
  const qAfter = quoteStartingAfter(s, k0);
  if (qAfter >= 0) {
    const q = s.idx.quotes[qAfter];
    return draft(base, speaker, { start: q.start, end: q.end }, qAfter, false, rules.quoteAfter);
  }
  // A trailing tag: "Die Lage ist ernst, sagte Miller." / "…, berichtet die Zeitung X."
  const restEnd = speaker ? Math.max(speaker.to, v + 1) : v + 1;
  const subjectOnly = speaker ? speaker.to === v || speaker.from > v : v - L <= 4;
  if (L > s.a && tokens[L - 1].text === ',' && !apposition && (verbFirst || subjectOnly) && tagEnds(s, restEnd, verbFirst || s.lex.lang === 'en')) {
    const middle = restEnd < s.b && tokens[clauseEnd(s, restEnd - 1)]?.text === ',' && clauseEnd(s, restEnd - 1) < lastContentToken(s);
    const content = middle ? spanOf(s, s.a, s.b - 1) : spanOf(s, s.a, L - 2);
    if (!content) return null;
    return draft(base, speaker, content, -1, true, middle ? rules.inserted : rules.trailing);
  }
  // The complement: "sagte, dass …" / "said (that) …" / "sagte am Montag, die Lage sei …".
  let from = -1;
  for (let k = v + 1; k < s.b && k <= R + 1; k++) {
    if (s.lex.complementizers.has(tokens[k].norm)) { from = k + 1; break; }
  }
  if (from < 0) {
    if (R < s.b && tokens[R].text === ',' && !CONTRAST.has(tokens[R + 1]?.norm ?? '')) from = R + 1;
    else if (s.lex.lang === 'en') from = englishContentStart(s, v, speaker, !!entry.object);
    else from = Math.max(v + 1, speaker && speaker.from > v ? speaker.to : v + 1);
  }
  if (from >= s.b) return null;
  const content = spanOf(s, from, contrastEnd(s, from) - 1);
  if (!content) return null;
  return draft(base, speaker, content, -1, true, rules.complement);
}

/** Words after "laut" that make it the adjective ("wurde laut", "laut genug"). */
const NOT_AFTER_LAUT = new Set(['und', 'oder', 'and', 'or', 'genug', 'wie', 'wurde', 'war']);
const COORDINATED = new Set(['und', 'oder', 'sowie', 'and', 'or']);
/** ", but …", ", while …": a contrasting clause is the narrator's again, not the reported content. */
const CONTRAST = new Set(['but', 'while', 'whereas', 'aber', 'doch', 'jedoch', 'während']);

/** End (exclusive) of a complement: the sentence end, or a comma before a contrasting clause. */
function contrastEnd(s: SentenceScope, from: number): number {
  const { tokens } = s.ctx;
  for (let k = from + 1; k < s.b - 1; k++) {
    if (tokens[k].text === ',' && CONTRAST.has(tokens[k + 1].norm)) return k;
  }
  return s.b;
}
const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'it', 'they', 'we', 'you', 'i', 'not', 'also']);
/** Adverbs that may follow a trailing reporting clause (with TIME_WORDS and prepositions). */
const TAG_ADVERBS = new Set(['gestern', 'heute', 'morgen', 'zudem', 'auch', 'dazu', 'weiter', 'außerdem', 'also', 'too', 'again']);
const TIME_WORDS = new Set(['on', 'late', 'early', 'earlier', 'last', 'this', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening', 'night', 'week', 'afternoon']);

/** After a trailing reporting clause only adverbials follow ("…, sagte Berger am Abend", "…, Miller said on Monday"). */
function tagEnds(s: SentenceScope, k: number, commaInsertion: boolean): boolean {
  const { tokens } = s.ctx;
  if (k >= s.b) return true;
  const t = tokens[k];
  // A comma after a German subject-first clause opens its complement ("Putin behaupte, die NATO …");
  // inserted tags are inverted ("Die Lage, erklärte Berger, sei …") or English ("The talks, Miller said, …").
  if (t.text === ',') return commaInsertion;
  return t.kind === 'punct' || s.lex.prepositions.has(t.norm) || TIME_WORDS.has(t.norm) || TAG_ADVERBS.has(t.norm);
}

/** English common-noun speakers: "the protesters said", "officials told …" (a name the actors stage lacks). */
function nounPhraseSpeaker(s: SentenceScope, L: number, v: number): SpeakerHit | null {
  const { tokens } = s.ctx;
  if (s.lex.lang !== 'en' || v - L < 1 || v - L > 4) return null;
  let from = L;
  while (from < v && s.lex.determiners.has(tokens[from].norm)) from++;
  for (let k = from; k < v; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || s.lex.prepositions.has(t.norm) || s.lex.complementizers.has(t.norm) || AUX.has(t.norm)) return null;
  }
  if (from >= v) return null;
  const start = tokens[from].start;
  const end = tokens[v - 1].end;
  const text = s.ctx.doc.text.slice(start, end);
  return { mention: { start, end, text, code: '', name: text, kind: 'other', rule: 'attr.speaker.noun-phrase' }, pronoun: false, from, to: v };
}

/** English content after "said"/"told reporters": skip the speaker, an indirect object and time words. */
function englishContentStart(s: SentenceScope, v: number, speaker: SpeakerHit | null, takesObject: boolean): number {
  const { tokens } = s.ctx;
  let k = speaker && speaker.from > v ? speaker.to : v + 1;
  if (takesObject) {
    // "told reporters", "told the BBC", "told Reuters": one short noun phrase.
    while (k < s.b && s.lex.determiners.has(tokens[k].norm)) k++;
    const mi = s.idx.mentionAt[k];
    if (mi >= 0) while (k < s.b && s.idx.mentionAt[k] === mi) k++;
    else if (k < s.b && tokens[k].kind === 'word') k++;
  }
  // "said on Monday (that)", "said Monday the …": time words, then an optional complementizer.
  let j = k;
  while (j < s.b && j < k + 4 && TIME_WORDS.has(tokens[j].norm)) j++;
  if (j > k) k = j;
  if (k < s.b && s.lex.complementizers.has(tokens[k].norm) && tokens[k].norm === 'that') return k + 1;
  if (k < s.b && (tokens[k].norm === 'in' || tokens[k].norm === 'at')) {
    // "said in a statement that …": a short phrase before "that".
    for (let n = k + 1; n < s.b && n < k + 6; n++) if (tokens[n].norm === 'that') return n + 1;
  }
  if (k < s.b && tokens[k].text === ',') k++;
  return k;
}

function near(s: SentenceScope, v: number, word: string, dist: number): boolean {
  const { tokens } = s.ctx;
  for (let k = Math.max(s.a, v - dist); k < Math.min(s.b, v + dist + 1); k++) if (tokens[k].norm === word) return true;
  return false;
}

/** A reporting marker at token m: "laut X", "X zufolge", "nach Angaben von X", ", so X", "according to X". */
export function markerClause(s: SentenceScope, m: number, marker: CompiledMarker): Draft | null {
  const { tokens } = s.ctx;
  const n = marker.words.length;
  for (let j = 1; j < n; j++) if (tokens[m + j]?.norm !== marker.words[j] || m + j >= s.b) return null;
  const after = m + n;
  const base: Base = { cueFrom: m, cueTo: after, lemma: marker.lemma, alleged: false, type: marker.type };
  let speaker: SpeakerHit | null = null;
  let phraseFrom = m;
  let phraseTo = after;
  if (marker.speaker === 'adjacent') {
    // ", so Campbell." / `„…“, so der Minister`: a speaker right after, then the clause ends.
    const prev = tokens[m - 1];
    if (!prev || prev.text !== ',') return null;
    speaker = speakerAfter(s, m, s.b, 1);
    if (!speaker) return null;
    const end = clauseEnd(s, speaker.to - 1);
    if (end < s.b && tokens[end].text !== ',' && tokens[end].text !== '.' && !isQuoteMark(tokens[end])) return null;
    const q = quoteEndingBefore(s, m);
    if (q >= 0 && opensSentence(s, s.idx.quotes[q].open)) {
      const qs = s.idx.quotes[q];
      return draft(base, speaker, { start: qs.start, end: qs.end }, q, false, marker.ruleQuoteBefore);
    }
    const content = spanOf(s, s.a, m - 2);
    if (!content) return null;
    return draft(base, speaker, content, -1, true, marker.ruleTrailing);
  }
  if (marker.speaker === 'before') {
    // "Berichten zufolge", "dem Ministerium zufolge": the noun phrase right before.
    const L = clauseStart(s, m);
    speaker = speakerBetween(s, Math.max(L, m - 5), m);
    phraseFrom = speaker ? Math.min(speaker.from, m) : m > L && tokens[m - 1].kind === 'word' ? m - 1 : m;
    while (phraseFrom > L && s.lex.determiners.has(tokens[phraseFrom - 1].norm)) phraseFrom--;
  } else if (marker.speaker === 'after') {
    const R = clauseEnd(s, m);
    // "laut" is also an adjective ("wurde laut"): the marker needs a noun phrase after it.
    const next = tokens[after];
    if (!next || after >= s.b || (next.kind !== 'word' && next.kind !== 'number') || NOT_AFTER_LAUT.has(next.norm)) return null;
    speaker = speakerAfter(s, after - 1, R, 5, true);
    // Without a named speaker ("according to reports", "laut Medienberichten") the phrase runs to its comma.
    phraseTo = speaker ? speaker.to : R < s.b && tokens[R].text === ',' && R - after <= 4 ? R : after;
  } else {
    // "In a statement, the ministry said …": the clause subject speaks.
    speaker = speakerBetween(s, tokens[after]?.text === ',' ? after + 1 : after, Math.min(s.b, after + 8));
  }
  // Content: the sentence without the marker phrase when it opens or closes the sentence.
  let content: Span | null;
  if (phraseFrom === s.a || (phraseFrom === s.a + 1 && tokens[s.a].kind === 'punct')) {
    let from = phraseTo;
    if (from < s.b && tokens[from].text === ',') from++;
    content = from < s.b ? spanOf(s, from, s.b - 1) : null;
  } else if (tokens[phraseFrom - 1]?.text === ',' && clauseEnd(s, phraseTo - 1) >= lastContentToken(s)) {
    content = spanOf(s, s.a, phraseFrom - 2);
  } else content = spanOf(s, s.a, s.b - 1);
  if (!content) return null;
  return draft(base, speaker, content, -1, hasKonjunktiv(s, content), marker.ruleMarker, marker.speaker === 'subject', phraseTo);
}
