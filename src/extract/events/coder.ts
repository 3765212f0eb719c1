// The event coder: for each sentence, triggers → frames → arguments → status → coded events.
import type { AnalysisContext, Attribution } from '../context.js';
import { trace } from '../context.js';
import type { EventActor, EventRecord, PloverCoding, Span, TimeRecord } from '../../model/analysis.js';
import { cameoInfo, type CameoInfo } from '../../model/cameo.js';
import { ploverFor } from '../../model/plover.js';
import { actorKey } from '../../model/actor-key.js';
import { getPack, type LanguagePack } from '../../lang/pack.js';
import { buildTriggerIndex, type TriggerIndex } from './trigger-index.js';
import { clauseCues, COMPLEMENTISERS } from './clauses.js';
import { buildFrame, clauseOfTok, isAdjectiveMention, type FrameCues, type SentenceFrame, type TriggerMatch, clauseById } from './sentence.js';
import { betweenRest, fillSlots, isNonFinite, slotFill, takesControl, type SlotFill } from './arguments.js';
import { buildCueMap, CONDITIONAL, cueOf, decideStatus, type CueMap, type Embedding, type StatusResult } from './status.js';
import { resolvePossessive, resolvePronoun } from './pronouns.js';
import { demandCode, findRequestedClauses, type DemandSpeaker, type RequestedClause } from './demands.js';
import { isKonjunktivI } from '../attribution.js';
import type { ActorGroup } from './actor-groups.js';
import { activeKnowledgeBase } from '../actors.js';
import { derivedSets } from '../../kb/derived.js';

interface LangCoder {
  pack: LanguagePack;
  index: TriggerIndex;
  cues: FrameCues;
  statusCues: CueMap;
  pronouns: ReadonlySet<string>;
  demandModals: ReadonlySet<string>;
  /** Sports markers by their first three letters (a marker is a word prefix). */
  sportsMarkers: Map<number, string[]>;
}

const coders = new Map<string, LangCoder | null>();

function coderFor(lang: string): LangCoder | null {
  if (!coders.has(lang)) {
    const pack = getPack(lang);
    coders.set(lang, pack && {
      pack,
      index: buildTriggerIndex(pack),
      cues: {
        clause: clauseCues(pack),
        group: { prepositions: pack.cues.prepositions, determiners: new Set(pack.cues.determiners), coordinators: new Set(pack.cues.coordinators) },
      },
      statusCues: buildCueMap(pack),
      pronouns: new Set(Object.keys(pack.cues.pronouns)),
      demandModals: new Set(pack.cues.demandModals ?? []),
      sportsMarkers: byFirstLetters(pack.cues.sportsMarkers?.words ?? []),
    });
  }
  return coders.get(lang) ?? null;
}

/** Loads the lexicons and builds the indexes now (benchmarks and workers call this up front). */
export function warmUpCoder(lang: string): boolean {
  return coderFor(lang) !== null;
}

interface Candidate {
  m: TriggerMatch;
  src: SlotFill | null;
  tgt: SlotFill | null;
  srcPronoun: EventActor | null;
  embed: Embedding | null;
  embedder: Candidate | null;
  /** The trigger whose complement holds this one (also a later verb: "keine Entschuldigung verlangt"). */
  embedBy: TriggerMatch | null;
  controlled: boolean;
  /** The trigger takes a complement (`takesComplement`), asked once: later triggers ask it of every earlier one. */
  complement: boolean;
  /** The status `codeCandidate` decided (null before): a relative clause's trigger asks its antecedent's. */
  status: StatusResult | null;
}

/** Codes whose coordinated subjects act with each other: agree, meet, negotiate, sign, recognise, cooperate. */
const SYMMETRIC_CODE = /^(03[0-9]*|04[0-9]*|054|057|06[0-9]*)$/;

/** Appeals (02x) and demands (10x) take what is requested as their complement. */
const REQUEST_ROOT = /^(02|10)/;
/** Whose complement has not happened: appeals, intents, demands, threats (CAMEO codes the speech act). */
const NOT_DONE_ROOT = /^(02|03|10|13)/;
/**
 * Speech acts whose content is not coded as an event of its own: what is appealed for, offered, demanded,
 * threatened — and what is rejected ("refused to deploy troops", "wies den Vorschlag Moskaus zurück"):
 * the rejection is the event.
 */
const REPLACES_CONTENT_ROOT = /^(02|03|10|12|13|16)/;
/** Verbs whose object noun is what they reject, cut or suspend ("kürzten ihre Militärhilfe", "suspended talks"). */
const TAKES_ACT_OBJECT = /^(12|16)/;

/** What the coding rules ask of a trigger's CAMEO code, tested once per code (the codebook is small and fixed). */
interface CodeRoots {
  symmetric: boolean;
  request: boolean;
  replacesContent: boolean;
  takesActObject: boolean;
  takesActTarget: boolean;
  complementTarget: boolean;
  placeTarget: boolean;
  threat: boolean;
  protest: boolean;
  /** 03–08: an act one can refuse. */
  refusable: boolean;
  /** 04–08: a cooperative act one can announce (an intent). */
  cooperativeAct: boolean;
}
const rootsMemo = new Map<string, CodeRoots>();

function rootsOf(cameo: string): CodeRoots {
  let r = rootsMemo.get(cameo);
  if (!r) {
    r = {
      symmetric: SYMMETRIC_CODE.test(cameo),
      request: REQUEST_ROOT.test(cameo),
      replacesContent: REPLACES_CONTENT_ROOT.test(cameo),
      takesActObject: TAKES_ACT_OBJECT.test(cameo),
      takesActTarget: TAKES_ACT_TARGET.test(cameo),
      complementTarget: COMPLEMENT_TARGET_ROOT.test(cameo),
      placeTarget: PLACE_TARGET_ROOT.test(cameo),
      threat: /^13/.test(cameo),
      protest: /^14/.test(cameo),
      refusable: /^0[3-8]/.test(cameo),
      cooperativeAct: /^0[4-8]/.test(cameo),
    };
    rootsMemo.set(cameo, r);
  }
  return r;
}

/** "Die USA kürzten ihre Militärhilfe": an act noun after a rejecting or cutting verb of its clause is that verb's object. */
function governingCut(f: SentenceFrame, m: TriggerMatch): TriggerMatch | null {
  if (m.kind !== 'noun') return null;
  for (let i = f.triggers.length - 1; i >= 0; i--) {
    const t = f.triggers[i];
    if (t.tok >= m.tok || t.clause !== m.clause || t.kind === 'noun') continue;
    return rootsOf(t.cameo).takesActObject && m.tok - t.last <= 4 && !separated(f, t.last, m.first) ? t : null;
  }
  return null;
}
/** Speech acts about an act take the act's target when they name none: "refused to deploy troops in Iraq". */
const TAKES_ACT_TARGET = /^(02|03|10|12|13)/;
/** Whose target is the subject of the complement when none is named. */
const COMPLEMENT_TARGET_ROOT = /^(01|02|10|11|12|13)/;

const TOPIC_OF_CONCERN = new Set(['über', 'um', 'vor', 'zu', 'zum', 'zur', 'auf']);

function governingPreposition(f: SentenceFrame, m: TriggerMatch): string | null {
  for (let k = m.first - 1, steps = 0; k >= f.from && steps < 4; k--, steps++) {
    const t = f.tokens[k];
    if (t.kind !== 'word') return null;
    if (PREPOSITIONS_DE.has(t.norm)) return t.norm;
    if (t.text[0] !== t.norm[0]) return null;
  }
  return null;
}

const PREPOSITIONS_DE = new Set(['wegen', 'nach', 'seit', 'trotz', 'aufgrund', 'infolge', 'angesichts', 'während', 'vor', 'bei', 'beim', 'über', 'um', 'zu', 'zum', 'zur', 'auf', 'mit', 'für', 'gegen', 'durch', 'von', 'vom', 'aus', 'in', 'im', 'an', 'am']);

/** A German verb-final clause puts the governing verb after its object: "hat keine Entschuldigung verlangt". */
function laterEmbedder(f: SentenceFrame, m: TriggerMatch): TriggerMatch | null {
  if (m.kind !== 'noun') return null;
  // "wegen der Reise … alarmiert": a cause or a time is presupposed, only a topic ("besorgt über …") is embedded.
  const prep = governingPreposition(f, m);
  if (prep && !TOPIC_OF_CONCERN.has(prep)) return null;
  for (const t of f.triggers) if (t.clause === m.clause && t.tok > m.tok && t.kind !== 'noun' && (t.entry.embeds || rootsOf(t.cameo).replacesContent)) return t;
  return null;
}

function takesComplement(m: TriggerMatch): boolean {
  return !!(m.entry.embeds || m.entry.speech || rootsOf(m.cameo).request);
}

const COORDINATORS = new Set(['and', 'or', 'but', 'und', 'oder', 'aber', 'sowie']);
/** Words that end the reach of a complement-taking trigger inside one clause. */
const SEPARATORS = new Set(['but', 'while', 'whereas', 'after', 'before', 'when', 'although', 'though', 'aber', 'doch', 'jedoch', 'während', 'nachdem', 'bevor', 'obwohl', 'sondern']);

function separated(f: SentenceFrame, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (SEPARATORS.has(f.tokens[k].norm)) return true;
  return false;
}

/** Attributive participles ("gelieferte Waffen") are presupposed facts, not embedded claims. */
function attributive(f: SentenceFrame, m: TriggerMatch): boolean {
  const next = f.tokens[m.tok + 1];
  return m.kind === 'pa2' && /(e|en|er|es|em)$/.test(f.tokens[m.tok].norm) && !!next && next.kind === 'word' && next.text[0] !== next.norm[0];
}

function findEmbedding(f: SentenceFrame, m: TriggerMatch, done: Candidate[]): Candidate | null {
  if (attributive(f, m)) return null;
  // Same clause: "die EU befürchtet Pekings Hilfe", "accused X of supplying" — not across a contrast or an
  // adverbial clause ("accused X of …, but Y dropped its objections after Z visited").
  if (isNonFinite(m)) {
    for (let i = done.length - 1; i >= 0; i--) {
      const e = done[i];
      if (e.m.clause === m.clause && e.m.tok < m.tok && e.complement && !separated(f, e.m.last, m.first)) return e;
    }
  } else {
    // A finite complement without a complementiser: "suspect Iran supplied drones" (an actor between, no "and").
    for (let i = done.length - 1; i >= 0; i--) {
      const e = done[i];
      if (e.m.clause !== m.clause || e.m.tok >= m.tok || !e.complement) continue;
      if (coreGroupBetween(f, e.m.last, m.first) && !coordinatorBetween(f, e.m.last, m.first)) return e;
    }
  }
  // Parent clause: "…, dass X …" after a verb of saying or fearing; "…, verkauft zu haben" after an accusation.
  const clause = clauseById(f, m.clause);
  if (!clause || clause.parent === null || (clause.kind !== 'sub' && clause.kind !== 'inf')) return null;
  for (let i = done.length - 1; i >= 0; i--) {
    const e = done[i];
    if (e.m.clause === clause.parent && e.complement) return e;
  }
  return null;
}

/** A group without a preposition strictly between tokens `from` and `to`. */
function coreGroupBetween(f: SentenceFrame, from: number, to: number): boolean {
  for (const g of f.groups) if (g.first > from && g.last < to && !g.prep) return true;
  return false;
}

function coordinatorBetween(f: SentenceFrame, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (COORDINATORS.has(f.tokens[k].norm)) return true;
  return false;
}

function isLocationIn(f: SentenceFrame, a: EventActor): boolean {
  for (const g of f.groups) for (const it of g.members) if (it.mention.start === a.start && it.mention.kind === 'location') return true;
  return false;
}

/** Protests, coercion and violence are aimed at the place where they happen when no one is named. */
const PLACE_TARGET_ROOT = /^(14|17|18|19|20)/;

/** "in Basra", "in southeastern Turkey": a place or state named with "in" in the trigger's clause. */
function placeOfEvent(f: SentenceFrame, m: TriggerMatch, sources: readonly EventActor[]): ActorGroup['members'][number] | null {
  for (const g of f.groups) {
    if ((g.prep !== 'in' && g.headPrep !== 'in') || clauseOfTok(f, g.first) !== m.clause) continue;
    const it = g.members[0];
    const kind = it.mention.kind;
    if ((kind === 'location' || kind === 'state' || kind === 'government') && !hasCode(sources, it.mention.code)) return it;
  }
  return null;
}

/** Whether one of the (one or two) sources has the code: a scan, not a set built per candidate. */
function hasCode(sources: readonly EventActor[], code: string): boolean {
  for (let i = 0; i < sources.length; i++) if (sources[i].code === code) return true;
  return false;
}

/**
 * Domestic events with no one named on the other side are aimed at the source's own country (the CAMEO
 * and PLOVER convention, e.g. ICEWS "protesters (Indonesia) → Indonesia"): a government easing or imposing
 * rules, acceding to demands (080–083), coercion (17x) and threats of curfews, bans or repression (132x,
 * 137), protests and strikes (14x, and threats of them, 133); not a resignation
 * (0831: one steps down from an office, not towards anyone), a release or a ceasefire (084–087), whose
 * counterpart is an opponent. Demands, rejections and threats (10x, 12x, 13x) follow it
 * only when their source is a domestic group, not a government (whose unnamed counterpart may be abroad).
 */
const DOMESTIC_TARGET_ROOT = /^(08[0-2]|083$|083[2-4]|132|133|137|14|17)/;
const DOMESTIC_GROUP_ROOT = /^(10|12|13)/;
const DOMESTIC_SECTORS = /^(OPP|CVL|LAB|AGR|EDU|REF|BUS|REL|ELI|JUD|LEG|HLH)/;

let countryCodes: Set<string> | null = null;
function isCountryCode(code: string): boolean {
  if (!countryCodes) {
    countryCodes = derivedSets(activeKnowledgeBase()).countryCodes as Set<string>;
  }
  return countryCodes.has(code);
}

/** The source's own country as the implied target of a domestic event, or null. */
function domesticTarget(cameo: string, source: EventActor): EventActor | null {
  const country = source.code.slice(0, 3);
  if (!isCountryCode(country)) return null;
  const sector = source.code.slice(3);
  // Rebels and militias fight, release and threaten across borders: their counterpart is not implied
  // (their protests, blockades included, are aimed at their own state).
  if (sector.includes('REB') && !rootsOf(cameo).protest) return null;
  if (!DOMESTIC_TARGET_ROOT.test(cameo) && !(DOMESTIC_GROUP_ROOT.test(cameo) && sector && sector !== 'GOV' && sector !== 'MIL' && DOMESTIC_SECTORS.test(sector))) return null;
  // The span is the source's: the country is implied by who acts, no words name it.
  return { code: country, text: source.text, start: source.start, end: source.end };
}

/**
 * "Farmers said they would blockade the capital": an actor's own announcement of a protest is a threat
 * to protest (133) — CAMEO codes the speech act; an announced cooperative or violent act keeps its code
 * with status `future`, which scores as its intent (03x/13x).
 */
function announcedProtest(c: Candidate, status: string, sourceCode: string | null): boolean {
  if (!rootsOf(c.m.cameo).protest || (status !== 'future' && status !== 'hypothetical')) return false;
  const speech = c.embedder?.m.entry.speech ? c.embedder : null;
  const speaker = speech?.src?.members[0]?.mention.code ?? speech?.srcPronoun?.code ?? null;
  // The same actor, not just the same country: "police said farmers will protest" is a report.
  return !!speaker && speaker === sourceCode;
}

/** English past forms and participles ("visited", "met"): a past act, whatever time is named. */
function isPastForm(f: SentenceFrame, m: TriggerMatch, lang: string): boolean {
  if (m.kind === 'pa2') return true;
  const t = f.tokens[m.tok];
  // German present and past finite forms both differ from the lemma; "kommende Woche" with a past tense is rare.
  if (lang !== 'en') return /te(n|st|t)?$/.test(t.norm) && m.kind === 'fin';
  return /ed$/.test(t.norm) || (m.kind === 'fin' && m.entry.lemma !== t.norm && !t.norm.endsWith('s'));
}

/** The intent (03x) that an announced cooperative act (04–08) amounts to, by the act's code. */
const INTENT_BY_CODE: Array<[RegExp, string]> = [
  [/^045/, '039'], [/^04/, '036'],
  [/^050$/, '030'], [/^05/, '032'],
  [/^060$/, '030'], [/^061/, '0311'], [/^062/, '0312'], [/^063/, '0313'], [/^064/, '0314'], [/^06/, '031'],
  [/^071/, '0331'], [/^072/, '0332'], [/^073/, '0333'], [/^074/, '0334'], [/^07/, '033'],
  [/^081/, '0351'], [/^082/, '0352'], [/^0831/, '0341'], [/^0832/, '0342'], [/^0833/, '0343'], [/^0834/, '0344'], [/^083/, '034'],
  [/^084/, '0353'], [/^085/, '0354'], [/^086/, '0355'], [/^087/, '0356'], [/^08/, '035'],
];

/**
 * "Sweden will give Moldova a loan", "Israel will evacuate the settlements": CAMEO codes an announced
 * cooperative act as the intent to do it (03x) — the announcement is what happened. Only the future: what
 * could happen (hypothetical) is no one's stated intent.
 */
function intentCode(cameo: string, status: string): string | null {
  if (status !== 'future' || !rootsOf(cameo).cooperativeAct) return null;
  for (const [re, code] of INTENT_BY_CODE) if (re.test(cameo)) return code;
  return null;
}

/** The rejection that a refused cooperative act amounts to, by the act's code (CAMEO 12x). */
function refusalCode(cameo: string): string {
  if (/^04/.test(cameo)) return '125';
  if (/^057/.test(cameo)) return '127';
  if (/^061/.test(cameo)) return '1211';
  if (/^062/.test(cameo)) return '1212';
  if (/^06/.test(cameo)) return '121';
  if (/^07/.test(cameo)) return '122';
  if (/^08[0-2]/.test(cameo)) return '1241';
  if (/^083/.test(cameo)) return '123';
  if (/^084/.test(cameo)) return '1243';
  if (/^085/.test(cameo)) return '1244';
  if (/^086/.test(cameo)) return '1245';
  if (/^087/.test(cameo)) return '1246';
  if (/^08/.test(cameo)) return '124';
  return '120';
}

/** Negations that refuse rather than report an absence: "will not accept", "won't attend", "failed to agree", "wird nicht teilnehmen". */
const REFUSING_NEGATION = new Set(["won't", "wouldn't", 'refuses', 'refused', 'declined', 'failed']);
const WILL_BEFORE_NOT = new Set(['will', 'would', 'shall', "'ll"]);
const GERMAN_WILL = new Set(['wird', 'werde', 'werden', 'würde', 'würden', 'will', 'wolle', 'wollen', 'wollte', 'wollten']);

/**
 * "Syria said it will not accept more refugees": an actor's declared refusal of a cooperative act
 * (03–08) is a rejection (12x) — CAMEO codes the refusal, not the absent act. A negated past
 * ("did not attend") reports an absence and stays a negated event.
 */
function refusal(f: SentenceFrame, m: TriggerMatch, st: StatusResult): boolean {
  if (st.status !== 'negated' || !st.cue || !rootsOf(m.cameo).refusable || m.kind === 'noun' || m.kind === 'pa2') return false;
  let k = f.from;
  while (k < f.to && f.tokens[k].start !== st.cue.start) k++;
  if (k >= f.to) return false;
  const cue = f.tokens[k].norm;
  if (REFUSING_NEGATION.has(cue)) return true;
  if (cue === 'not' && WILL_BEFORE_NOT.has(f.tokens[k - 1]?.norm ?? '')) return true;
  if (cue === 'nicht' || cue.startsWith('kein')) {
    const clause = clauseById(f, m.clause);
    return !!clause && (m.kind === 'inf' || m.infinitiveToo === true) && clause.tokens.some((t) => GERMAN_WILL.has(f.tokens[t].norm));
  }
  return false;
}

/** Violence in a place of one's own state hits that place ("a Taliban car bomb in Kabul"): it stays the target. */
const VIOLENCE_ROOT = /^(18|19|20)/;

/** Target slots that name where something happens: "in", "from", "to", "near" phrases and the place rule. */
function placeSlot(slot: string): boolean {
  return slot === 'place' || slot === 'pp:in' || slot === 'pp:from' || slot === 'pp:to' || slot === 'pp:near' || slot === 'pp:at';
}

function isStateOrPlace(f: SentenceFrame, a: EventActor): boolean {
  for (const g of f.groups) for (const it of g.members) if (it.mention.start === a.start && (it.mention.kind === 'location' || it.mention.kind === 'state')) return true;
  return false;
}

function toActor(item: ActorGroup['members'][number]): EventActor {
  const m = item.mention;
  return { code: m.code, text: m.text, start: m.start, end: m.end };
}

/** Target from the wider sentence for triggers that allow it (`context` slot): another actor not already in the frame. */
function contextTarget(f: SentenceFrame, m: TriggerMatch, c: Candidate, sources: readonly EventActor[]): ActorGroup['members'][number] | null {
  const srcCodes = new Set(sources.map((s) => actorKey(s.code)));
  let best: ActorGroup['members'][number] | null = null;
  let bestDist = Infinity;
  for (const g of f.groups) {
    // Not the source's own group, nor a group naming a medium.
    if (g === c.src?.group || g.members.some((it) => it.mention.kind === 'media')) continue;
    for (const it of g.members) {
      if (it.mention.kind === 'media' || it.mention.kind === 'location' || srcCodes.has(actorKey(it.mention.code))) continue;
      const d = Math.abs(it.tok - m.tok);
      if (d < bestDist) { best = it; bestDist = d; }
    }
  }
  return best;
}

/** Index of the first sentence ending after `offset` (binary search). */
function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0, hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Items grouped by the sentences their span overlaps: O(items · log sentences). */
function bySentence<T>(sentences: readonly Span[], items: readonly T[], spanOf: (x: T) => Span): T[][] {
  const out: T[][] = [];
  for (const x of items) {
    const sp = spanOf(x);
    for (let si = sentenceAt(sentences, sp.start); si < sentences.length && sentences[si].start < sp.end; si++) (out[si] ??= []).push(x);
  }
  return out;
}

function tokenStartingAt(ctx: AnalysisContext, offset: number): number {
  let lo = 0, hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo < ctx.tokens.length && ctx.tokens[lo].start === offset ? lo : -1;
}

/** Time words that point ahead whatever the tense: "kommende Woche", "next month", "tomorrow". */
const AHEAD = /(^|\s)(nächst|kommend|künftig|morgen|übermorgen|next|coming|upcoming|tomorrow|later this|later in)/i;

/** "Scholz reist kommende Woche nach China": a present tense with a time ahead is a future. */
function aheadInClause(f: SentenceFrame, m: TriggerMatch): TimeRecord | null {
  for (const t of f.times) {
    if (!AHEAD.test(t.text)) continue;
    let tok = f.from;
    while (tok < f.to && f.tokens[tok].start < t.start) tok++;
    if (tok < f.to && clauseOfTok(f, tok) === m.clause) return t;
  }
  return null;
}

function eventDate(ctx: AnalysisContext, f: SentenceFrame, m: TriggerMatch): string | null {
  const s = ctx.sentences[f.index];
  let inSentence: string | null | undefined;
  let count = 0;
  for (const t of f.times) {
    if (t.start < s.start || t.end > s.end || !t.value) continue;
    let tok = f.from;
    while (tok < f.to && f.tokens[tok].start < t.start) tok++;
    if (tok < f.to && clauseOfTok(f, tok) === m.clause) return t.value;
    inSentence = t.value;
    count++;
  }
  return count === 1 && inSentence ? inSentence : ctx.doc.date;
}

export function codeEvents(ctx: AnalysisContext): void {
  const coder = coderFor(ctx.doc.lang);
  if (!coder) {
    trace(ctx, 'events', `no language pack for '${ctx.doc.lang}': no events coded`);
    return;
  }
  const { pack, index, cues } = coder;
  const reportStarts = new Set<number>();
  for (const a of ctx.attributions) {
    const k = tokenStartingAt(ctx, a.cue.start);
    if (k >= 0) reportStarts.add(k);
  }
  // Each sentence sees only the times, attributions and quotes that overlap it (documents hold thousands).
  const timesBy = bySentence(ctx.sentences, ctx.times, (x) => x);
  const attributionsBy = bySentence(ctx.sentences, ctx.attributions, (a) => ({ start: Math.min(a.cue.start, a.content.start), end: Math.max(a.cue.end, a.content.end) }));
  const quotesBy = bySentence(ctx.sentences, ctx.quotes, (x) => x);
  let mi = 0;
  const events: EventRecord[] = [];
  const kj1 = pack.lang === 'de' ? konjunktivOf(ctx) : null;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const range = ctx.sentenceTokens[si];
    const sEnd = ctx.sentences[si].end;
    const mentions = [];
    while (mi < ctx.actors.length && ctx.actors[mi].start < ctx.sentences[si].start) mi++;
    for (let k = mi; k < ctx.actors.length && ctx.actors[k].start < sEnd; k++) mentions.push(ctx.actors[k]);
    const f = buildFrame(si, range[0], range[1], ctx.tokens, mentions, pack, index, cues, reportStarts);
    if (!f.triggers.length) continue;
    f.times = timesBy[si] ?? [];
    f.attributions = attributionsBy[si] ?? [];
    f.quotes = quotesBy[si] ?? [];
    codeSentence(ctx, f, coder, kj1, events);
  }
  for (let i = 0; i < events.length; i++) events[i].id = String(i + 1);
  ctx.events = events;
}

/**
 * The events of one sentence with triggers, appended to `events`. (Its own function, apart from the loop over
 * the document: each part is optimised on its own, and a change of one does not recompile the other.)
 */
function codeSentence(ctx: AnalysisContext, f: SentenceFrame, coder: LangCoder, kj1: ((k: number) => boolean) | null, events: EventRecord[]): void {
  const done = candidatesOf(ctx, f, coder);
  const requested = requestedClauses(f, done, coder);
  const sentenceEvents: EventRecord[] = [];
  for (const cand of done) {
    if (isRequested(ctx, f, cand, requested)) continue;
    codeCandidate(ctx, f, cand, coder, coder.statusCues, done, kj1, sentenceEvents);
  }
  for (const r of requested) demandEvents(ctx, f, r, done, sentenceEvents);
  if (sentenceEvents.length) keepEvents(ctx, f, coder, dedupe(ctx, sentenceEvents), events);
}

/** Shared by the sentences without a verb of saying with a source (never written to). */
const NO_REQUESTS: RequestedClause[] = [];

/** What the sentence's verbs of saying request, offer or demand (most sentences have no such verb). */
function requestedClauses(f: SentenceFrame, done: Candidate[], coder: LangCoder): RequestedClause[] {
  let speakers: DemandSpeaker[] | null = null;
  for (const c of done) if (c.m.entry.speech && c.src) (speakers ??= []).push({ speech: c.m, src: c.src });
  return speakers ? findRequestedClauses(f, speakers, coder.demandModals) : NO_REQUESTS;
}

/** The sentence's triggers with their arguments, complements and embeddings resolved. */
function candidatesOf(ctx: AnalysisContext, f: SentenceFrame, coder: LangCoder): Candidate[] {
  const done: Candidate[] = [];
  for (const m of f.triggers) done.push(frameArguments(ctx, f, m, done, coder));
  frontedComplements(f, done);
  // "agreed to release the journalist", "threatened to attack Ukraine": the act's target is the speech act's.
  for (const c of done) {
    if (c.tgt || !rootsOf(c.m.cameo).takesActTarget) continue;
    const inner = targetedComplement(done, c);
    if (inner?.tgt && inner.tgt.group !== c.src?.group) c.tgt = slotFill('complement', inner.tgt.group, inner.tgt.members);
  }
  // "threatened to attack unless Baghdad accepts": a conditional threat is aimed at whoever must meet the condition.
  for (const c of done) if (!c.tgt && rootsOf(c.m.cameo).threat) c.tgt = conditionSubject(f, c);
  return done;
}

/** The first candidate embedded by `c` that has a target. */
function targetedComplement(done: Candidate[], c: Candidate): Candidate | null {
  for (const x of done) if (x.embedder === c && x.tgt) return x;
  return null;
}

/** Appends the sentence's deduplicated events to `events`, but for games and business among companies. */
function keepEvents(ctx: AnalysisContext, f: SentenceFrame, coder: LangCoder, kept: EventRecord[], events: EventRecord[]): void {
  let game: boolean | undefined;
  for (const ev of kept) {
    // In a sentence about a game a bare state is a team, whatever it is said to do to whom or where.
    if (plainState(ev.source) && (game ??= sportsSentence(f, coder.sportsMarkers))) {
      trace(ctx, 'events', `dropped '${ev.trigger.text}': a sentence about a game, its countries are teams`, ev.rule + '+rule.sports');
      continue;
    }
    // Companies among themselves ("the Swiss drugmaker agreed a deal with an American firm") do business, not politics.
    if (isBusiness(ev.source) && (!ev.target || isBusiness(ev.target))) {
      trace(ctx, 'events', `dropped '${ev.trigger.text}': business between companies`, ev.rule + '+rule.business');
      continue;
    }
    events.push(ev);
  }
}

/** The first actor of an "unless"/"if" clause hanging off the threat's clause. */
function conditionSubject(f: SentenceFrame, c: Candidate): SlotFill | null {
  const cond = f.clauses.find((x) => x.parent === c.m.clause && x.intro !== null && CONDITIONAL.has(f.tokens[x.intro].norm));
  if (!cond) return null;
  const g = f.groups.find((x) => x !== c.src?.group && cond.tokens.includes(x.first) && !x.prep && !x.members.every((it) => it.mention.kind === 'location'));
  return g ? slotFill('condition', g, g.members) : null;
}

const SCORE = /^\d{1,3}[-:–]\d{1,3}$/;

/** The first three letters of a word as a number (no substring per token): each UTF-16 unit + 1, 0 past the end. */
function firstLettersKey(w: string): number {
  const a = w.length > 0 ? w.charCodeAt(0) + 1 : 0;
  const b = w.length > 1 ? w.charCodeAt(1) + 1 : 0;
  const c = w.length > 2 ? w.charCodeAt(2) + 1 : 0;
  return (a * 65537 + b) * 65537 + c;
}

function byFirstLetters(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of words) {
    const k = firstLettersKey(w);
    const list = map.get(k);
    if (list) list.push(w); else map.set(k, [w]);
  }
  return map;
}

/** A sentence about a game: a sports word or a score ("2-1", "3:0"). */
function sportsSentence(f: SentenceFrame, markers: Map<number, string[]>): boolean {
  for (let k = f.from; k < f.to; k++) {
    const n = f.tokens[k].norm;
    const c = n.charCodeAt(0);
    if (c >= 48 && c <= 57 && SCORE.test(n)) return true;
    const list = markers.get(firstLettersKey(n));
    if (list) for (const w of list) if (n.startsWith(w)) return true;
  }
  return false;
}

/** `^([A-Z]{3})?BUS` spelled out: asked of every event, twice. */
function isBusiness(a: EventActor | null): boolean {
  if (!a) return false;
  const code = a.code;
  if (code.startsWith('BUS')) return true;
  if (!code.startsWith('BUS', 3)) return false;
  for (let i = 0; i < 3; i++) {
    const c = code.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** A bare state ("Brazil", "Serbia"), not one of its organs or people. */
function plainState(a: EventActor | null): boolean {
  return !!a && a.code.length === 3 && isCountryCode(a.code);
}

/**
 * "Dass China Russland mit Waffen beliefert, bestreitet Peking": a complement clause before its verb is
 * embedded by that later verb of saying, denying or fearing (found only after all triggers are framed).
 */
function frontedComplements(f: SentenceFrame, done: Candidate[]): void {
  for (const c of done) {
    if (c.embedder || c.embed) continue;
    const clause = clauseById(f, c.m.clause);
    if (!clause) continue;
    // The clause opens with "dass"/"that" (as its introducer, or as its first word at the start of the sentence).
    const first = clause.intro ?? clause.tokens[0];
    if (first === undefined || !COMPLEMENTISERS.has(f.tokens[first].norm)) continue;
    const by = done.find((e) => e.m.clause !== c.m.clause && e.m.tok > c.m.tok && (e.m.clause === clause.parent || e.m.clause === clause.id + 1)
      && (e.m.entry.embeds || e.m.entry.speech));
    if (!by) continue;
    c.embedder = by;
    c.embedBy = by.m;
    c.embed = { status: by.m.entry.embeds ?? 'alleged', by: by.m };
  }
}

/** The actor adjective right before an act noun, over at most one more lower-case adjective ("russischen massiven Angriffen"). */
function adjectiveSource(f: SentenceFrame, m: TriggerMatch, lang: string): SlotFill | null {
  for (const g of f.groups) {
    const gap = m.first - g.last - 1;
    if (gap < 0 || gap > 1 || g.members.length !== 1) continue;
    if (gap === 1) {
      const t = f.tokens[g.last + 1];
      if (t.kind !== 'word' || t.text[0] !== t.norm[0] && lang === 'de') continue;
    }
    const it = g.members[0];
    if (it.mention.kind === 'location' || !isAdjectiveMention(it.mention.text, lang)) continue;
    return slotFill('adj', g, g.members);
  }
  return null;
}

/** "demanded that Israel ease …": the subject of the trigger's complement clause. */
function complementSubject(f: SentenceFrame, m: TriggerMatch, exclude: ActorGroup | null): SlotFill | null {
  const sub = f.clauses.find((c) => c.parent === m.clause && c.kind === 'sub');
  if (!sub) return null;
  const g = f.groups.find((x) => x !== exclude && sub.tokens.includes(x.first) && !x.prep && !x.gen && !x.members.every((it) => it.mention.kind === 'location'));
  return g ? slotFill('complement', g, g.members) : null;
}

function speakerFill(ctx: AnalysisContext, f: SentenceFrame, m: TriggerMatch, embedder: Candidate | null): SlotFill | null {
  if (embedder?.m.entry.speech && embedder.src) return slotFill('speaker', embedder.src.group, embedder.src.members);
  const a = attributionOf(ctx, f, m);
  if (!a?.speaker) return null;
  const g = f.groups.find((x) => x.members.some((it) => it.mention.start === a.speaker!.start));
  return g ? slotFill('speaker', g, g.members) : null;
}

function frameArguments(ctx: AnalysisContext, f: SentenceFrame, m: TriggerMatch, done: Candidate[], coder: LangCoder): Candidate {
  const lang = coder.pack.lang;
  const embedder = findEmbedding(f, m, done);
  const lateEmbedder = embedder ? null : laterEmbedder(f, m);
  // Content of a verb of saying is alleged — but a noun phrase inside it ("dass Putins Reise … sei") is
  // presupposed, not claimed; only an explicit embedding (accuse, fear) reaches nouns.
  const embed: Embedding | null = embedder?.m.entry.embeds
    ? { status: embedder.m.entry.embeds, by: embedder.m }
    : lateEmbedder?.entry.embeds ? { status: lateEmbedder.entry.embeds, by: lateEmbedder }
    : embedder?.m.entry.speech && m.kind !== 'noun' && clauseById(f, m.clause)?.kind === 'sub'
      ? { status: 'alleged', by: embedder.m }
      : null;
  let src = fillSlots(f, m, m.entry.source, lang, null);
  // `speaker`: whoever says the clause that holds the trigger ("X erklärte, dass … ein Zeichen der Schwäche sei").
  if (!src && m.entry.source.includes('speaker')) src = speakerFill(ctx, f, m, embedder);
  // "bei einem russischen Raketenangriff", "condemned Israeli strikes": a nationality adjective owns its act noun.
  if (!src && m.kind === 'noun' && (m.entry.source.includes('poss') || m.entry.source.includes('gen'))) src = adjectiveSource(f, m, lang);
  let controlled = false;
  // Control: the complement's actor comes from the embedding frame when its own clause names none.
  const inInfinitive = clauseById(f, m.clause)?.kind === 'inf';
  if (!src && embedder && (takesControl(m) || inInfinitive) && !attributive(f, m) && m.entry.source.includes('subj')) {
    const control = embedder.m.entry.control ?? (embedder.m.entry.embeds === 'alleged' && embedder.tgt ? 'obj' : 'subj');
    const from = control === 'obj' ? embedder.tgt : embedder.src;
    if (from) { src = slotFill('control', from.group, from.members); controlled = true; }
  }
  // "bestritt den Einsatz chemischer Waffen" (own act), "warf Russland einen Giftgaseinsatz vor" (the accused's).
  if (!src && embedder && m.kind === 'noun' && embedder.m.clause === m.clause && (embedder.m.entry.embeds === 'negated' || embedder.m.entry.embeds === 'alleged')
    && m.entry.source.includes('subj')) {
    const control = embedder.m.entry.control ?? (embedder.m.entry.embeds === 'alleged' && embedder.tgt ? 'obj' : 'subj');
    const from = control === 'obj' ? embedder.tgt : embedder.src;
    if (from) { src = slotFill('control', from.group, from.members); controlled = true; }
  }
  let srcPronoun: EventActor | null = null;
  if (!src && m.entry.source.includes('subj') && m.kind !== 'noun') srcPronoun = resolvePronoun(ctx, f, m, coder.pronouns);
  if (!src && !srcPronoun && m.kind === 'noun' && m.entry.source.includes('poss')) srcPronoun = resolvePossessive(ctx, f, m);
  let tgt: SlotFill | null = null;
  // "Japan and South Korea held talks": a two-sided frame with a coordinated subject pairs its members.
  if (src && src.slot !== 'between' && src.members.length >= 2 && (m.entry.target.includes('between') || rootsOf(m.cameo).symmetric)
    && !fillSlots(f, m, m.entry.target.filter((t) => t !== 'between'), lang, src.group)) {
    tgt = slotFill('between', src.group, src.members.slice(1));
    src = slotFill(src.slot, src.group, src.members.slice(0, 1));
  } else if (src?.slot === 'between') tgt = betweenRest(src);
  else tgt = fillSlots(f, m, m.entry.target, lang, src?.group ?? null);
  if (tgt?.slot === 'between' && src?.group === tgt.group && src.slot === 'between') tgt = betweenRest(tgt);
  if (tgt && src && tgt.group === src.group && tgt.slot !== 'between') tgt = null;
  // An adjective owns an act noun only when the act names whom it hits: "russischer Raketenangriff auf Kiew",
  // not a descriptive "der syrische Bürgerkrieg", "ein ukrainischer Hilfskonvoi".
  if (src?.slot === 'adj' && !tgt) src = null;
  // The speaker's own evaluation is the speech act itself, presented as the text presents the saying.
  // An appeal, demand, accusation, threat or worry without a named target is aimed at whoever its
  // complement is about: "fordert, dass Israel …", "befürchten, dass Russland …".
  if (!tgt && m.cameo !== '010' && (rootsOf(m.cameo).complementTarget || m.entry.embeds)) tgt = complementSubject(f, m, src?.group ?? null);
  return { m, src, tgt, srcPronoun, embed: src?.slot === 'speaker' ? null : embed, embedder, embedBy: embedder?.m ?? lateEmbedder ?? governingCut(f, m), controlled, complement: takesComplement(m), status: null };
}

/** Requested, not done: content under a demand modal, or the complement of an appeal or demand (02x, 10x). */
function isRequested(ctx: AnalysisContext, f: SentenceFrame, c: Candidate, requested: RequestedClause[]): boolean {
  let r = false;
  for (const x of requested) if (x.clause === c.m.clause && c.m.tok > x.after) { r = true; break; }
  // The speech act replaces what it requests, offers or threatens — when it is coded itself.
  const actCoded = !c.embedder || !!(c.embedder.src || c.embedder.srcPronoun);
  const byAppeal = !!c.embedBy && rootsOf(c.embedBy.cameo).replacesContent && actCoded;
  if ((r || byAppeal) && ctx.trace) trace(ctx, 'events', `dropped '${f.tokens[c.m.tok].text}' (${c.m.entry.id}): requested, offered or threatened, not done — coded as the speech act`, c.m.entry.id);
  return !!r || !!byAppeal;
}

function demandEvents(ctx: AnalysisContext, f: SentenceFrame, r: RequestedClause, done: Candidate[], out: EventRecord[]): void {
  const codes: string[] = [];
  for (const c of done) if (c.m.clause === r.clause && c.m.tok > r.after) codes.push(c.m.cameo);
  const code = codeFacts(demandCode(codes))!;
  const { info } = code;
  const sp = f.tokens[r.by.speech.tok];
  const modal = f.tokens[r.modalTok];
  const rule = `${r.by.speech.entry.id}+rule.demand-modal.${modal.norm}+frame.speaker-${r.addressee ? 'subj' : '-'}`;
  const targets = r.addressee ? r.addressee.members.map(toActor) : [null];
  const span = ctx.sentences[f.index];
  for (const source of r.by.src.members.map(toActor)) for (const target of targets) {
    if (target && actorKey(target.code) === actorKey(source.code) && target.code === source.code) continue;
    out.push({
      id: '', sentence: { start: span.start, end: span.end }, trigger: { start: sp.start, end: sp.end, text: sp.text }, source, target,
      cameo: info.code, plover: ploverOf(code), status: 'asserted', statusCue: { start: modal.start, end: modal.end, text: modal.text, rule: 'rule.demand-modal' },
      date: ctx.doc.date, quad: info.quad, goldstein: info.goldstein, confidence: target ? 0.6 : 0.4, rule,
    });
    if (ctx.trace) trace(ctx, 'events', `${source.code} —${info.code}→ ${target?.code ?? '∅'} [demand: '${sp.text} … ${modal.text}']`, rule);
  }
}

function attributionOf(ctx: AnalysisContext, f: SentenceFrame, m: TriggerMatch): Attribution | null {
  const t = f.tokens[m.tok];
  // The trigger is itself a reporting cue: not inside anyone's content.
  for (const a of f.attributions) if (a.cue.start <= t.start && a.cue.end >= t.end) return null;
  for (const a of f.attributions) if (t.start >= a.content.start && t.end <= a.content.end) return a;
  return null;
}

function confidence(c: Candidate, hasTarget: boolean, contextTgt: boolean): number {
  let v = 0.6;
  if (hasTarget) v += 0.2;
  if (c.srcPronoun || c.controlled) v -= 0.15;
  if (contextTgt) v -= 0.2;
  if (c.m.kind === 'noun') v -= 0.05;
  return Math.max(0.05, Math.min(0.95, Math.round(v * 100) / 100));
}

/** A relative clause describes its antecedent: "die mögliche Hilfe, die Teheran Moskau leistet". */
function relativeAntecedentStatus(f: SentenceFrame, m: TriggerMatch, done: Candidate[]): StatusResult | null {
  const clause = clauseById(f, m.clause);
  if (clause?.kind !== 'rel' || clause.intro === null) return null;
  const st = statusAt(done, clause.intro - 2);
  return st && st.status !== 'asserted' ? { status: st.status, cue: st.cue && cueOf(st.cue, st.cue.rule + '.antecedent') } : null;
}

/** The status decided last for a candidate at token `tok` (statuses are decided in candidate order), or undefined. */
function statusAt(done: Candidate[], tok: number): StatusResult | undefined {
  for (let i = done.length - 1; i >= 0; i--) if (done[i].status && done[i].m.tok === tok) return done[i].status!;
  return undefined;
}

function codeCandidate(ctx: AnalysisContext, f: SentenceFrame, c: Candidate, coder: LangCoder, cues: CueMap, done: Candidate[], kj1: ((k: number) => boolean) | null, out: EventRecord[]): void {
  const { m } = c;
  const sourceCode = c.src?.members[0]?.mention.code ?? c.srcPronoun?.code ?? null;
  const attributed = attributionOf(ctx, f, m);
  const st = candidateStatus(f, c, coder, cues, done, kj1, attributed, sourceCode);
  c.status = st;
  if (!(c.src ? c.src.members.length : c.srcPronoun)) {
    if (ctx.trace) trace(ctx, 'events', `dropped '${f.tokens[m.tok].text}' (${m.entry.id}): no actor in slot source [${m.entry.source.join(', ')}]`, m.entry.id);
    return;
  }
  const sources = sourceActors(c);
  let targets: Array<EventActor | null> | null = c.tgt ? targetActors(c.tgt) : null;
  let tgtSlot = c.tgt?.slot ?? '-';
  let contextTgt = false;
  if (!c.tgt && rootsOf(m.cameo).placeTarget) {
    const place = placeOfEvent(f, m, sources);
    if (place) { targets = [toActor(place)]; tgtSlot = 'place'; }
  }
  if (!c.tgt && tgtSlot === '-' && m.entry.target.includes('context')) {
    const ctxTarget = contextTarget(f, m, c, sources);
    if (ctxTarget) { targets = [toActor(ctxTarget)]; tgtSlot = 'context'; contextTgt = true; }
  }
  const threat = announcedProtest(c, st.status, sourceCode);
  const refused = !threat && refusal(f, m, st);
  const intent = threat || refused ? null : intentCode(m.cameo, st.status);
  const code = codeFacts(threat ? '133' : refused ? refusalCode(m.cameo) : intent ?? m.cameo);
  if (!code) {
    if (ctx.trace) trace(ctx, 'events', `dropped '${m.entry.id}': unknown CAMEO code ${m.cameo}`, m.entry.id);
    return;
  }
  if (targets && !targets.length) return;
  const first = f.tokens[m.first], last = f.tokens[m.last];
  const trigger = { start: first.start, end: last.end, text: ctx.doc.text.slice(first.start, last.end) };
  const srcSlot = c.src?.slot ?? (c.srcPronoun ? 'pronoun' : '-');
  const rule = ruleOf(m, srcSlot, tgtSlot, st, threat, refused, intent !== null);
  // The threat or refusal itself is said; what is reported of others stays their claim.
  const status = threat || refused || intent ? (attributed && !(attributed.speaker && sourceCode && sameActorKey(attributed.speaker.code, sourceCode)) ? 'alleged' : 'asserted') : st.status;
  const statusCue = st.cue && !threat && !refused && !intent ? st.cue : null;
  const date = eventDate(ctx, f, m);
  const span = ctx.sentences[f.index];
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    for (let j = 0; j < (targets ? targets.length : 1); j++) {
      let target = targets ? targets[j] : null;
      // The source's own state as its target ("Dutch fishermen protested in Rotterdam", "ethnic Albanians in Serbia
      // demonstrated in Serbia") is where it acts: no one is named on the other side (a domestic target may follow).
      if (target && (target.code === source.code || (!code.violence && sameActorKey(target.code, source.code) && placeSlot(tgtSlot) && isStateOrPlace(f, target)))) target = null;
      if (target && target.start === source.start) continue;
      // One does not visit or host one's own country: a domestic place is no target of a visit ("am Flughafen Köln/Bonn").
      if (target && code.visit && isLocationIn(f, target) && sameActorKey(target.code, source.code)) target = null;
      const domestic = target ? null : domesticTarget(code.info.code, source);
      const evRule = domestic ? rule.replace(`-${tgtSlot}`, '-domestic') : rule;
      if (domestic) target = domestic;
      const ev = eventRecord(span, trigger, source, target, code, status, statusCue, date, confidence(c, !!target && !domestic, contextTgt), evRule);
      out.push(ev);
      if (ctx.trace) trace(ctx, 'events', `${source.code} —${ev.cameo}→ ${target?.code ?? '∅'} [${status}] '${trigger.text}'`, evRule, trigger);
    }
  }
}

/** The status of the candidate's trigger: its own cues, else its relative clause's antecedent's, else a time ahead. */
function candidateStatus(f: SentenceFrame, c: Candidate, coder: LangCoder, cues: CueMap, done: Candidate[], kj1: ((k: number) => boolean) | null,
  attributed: Attribution | null, sourceCode: string | null): StatusResult {
  const m = c.m;
  const own = decideStatus(f, m, c.embed, cues, coder.pack, attributed, kj1, sourceCode);
  const st = own.status === 'asserted' ? relativeAntecedentStatus(f, m, done) ?? own : own;
  if (st.status === 'asserted' && !isPastForm(f, m, coder.pack.lang)) {
    const ahead = aheadInClause(f, m);
    if (ahead) return { status: 'future', cue: { start: ahead.start, end: ahead.end, text: ahead.text, rule: 'status.time-ahead' } };
  }
  return st;
}

/**
 * The source actors of a candidate with a source (a fill with members, or a pronoun). Arrays here and in
 * `targetActors` start as a one-element literal and grow by push: one elements kind for every array the
 * event loop reads (`map` makes holey arrays, `[]` an integer-kind one), so its reads stay monomorphic.
 */
function sourceActors(c: Candidate): EventActor[] {
  if (!c.src) return [c.srcPronoun!];
  const ms = c.src.members;
  const out = [toActor(ms[0])];
  for (let i = 1; i < ms.length; i++) out.push(toActor(ms[i]));
  return out;
}

/** The target actors of a fill (none when it has no members); members inside one token ("russisch-iranisch") are one target. */
function targetActors(fill: SlotFill): Array<EventActor | null> {
  const ms = fill.members;
  if (!ms.length) return [];
  const out: Array<EventActor | null> = [toActor(ms[0])];
  if (oneToken(ms)) return out;
  for (let i = 1; i < ms.length; i++) out.push(toActor(ms[i]));
  return out;
}

function oneToken(ms: SlotFill['members']): boolean {
  for (let i = 1; i < ms.length; i++) if (ms[i].tok !== ms[0].tok) return false;
  return true;
}

/** One event: two literals rather than a conditional spread, so the key order stays that of the JSON output and each is a fixed shape. */
function eventRecord(span: Span, trigger: EventRecord['trigger'], source: EventActor, target: EventActor | null, code: CodeFacts, status: EventRecord['status'],
  statusCue: StatusResult['cue'] | null, date: string | null, conf: number, rule: string): EventRecord {
  const info = code.info;
  return statusCue
    ? {
      id: '', sentence: { start: span.start, end: span.end }, trigger, source, target,
      cameo: info.code, plover: ploverOf(code), status, statusCue,
      date, quad: info.quad, goldstein: info.goldstein, confidence: conf, rule,
    }
    : {
      id: '', sentence: { start: span.start, end: span.end }, trigger, source, target,
      cameo: info.code, plover: ploverOf(code), status,
      date, quad: info.quad, goldstein: info.goldstein, confidence: conf, rule,
    };
}

/**
 * The Konjunktiv I test of the document's tokens, each token tested once: the status rules ask it of every
 * token of a trigger's clause, for every trigger of the clause.
 */
function konjunktivOf(ctx: AnalysisContext): (k: number) => boolean {
  const known = new Uint8Array(ctx.tokens.length); // 0 not yet asked, 1 no, 2 yes
  return (k: number) => {
    if (k < 0 || k >= known.length) return isKonjunktivI(ctx, k);
    if (!known[k]) known[k] = isKonjunktivI(ctx, k) ? 2 : 1;
    return known[k] === 2;
  };
}

/** The `+`-joined rule ids of an event, in their fixed order: entry, refinement, frame, status cue, recoding. */
function ruleOf(m: TriggerMatch, srcSlot: string, tgtSlot: string, st: StatusResult, threat: boolean, refused: boolean, intent: boolean): string {
  let rule = m.entry.id;
  if (m.refinedBy) rule = join(rule, `when.${m.refinedBy}`);
  rule = join(rule, `frame.${srcSlot}-${tgtSlot}`);
  if (st.cue?.rule) rule = join(rule, st.cue.rule);
  if (threat) rule = join(rule, 'rule.announced-protest');
  if (refused) rule = join(rule, 'rule.refusal');
  if (intent) rule = join(rule, 'rule.intent');
  return rule;
}

/** `a+b`, skipping an empty `a` (what `filter(Boolean).join('+')` did). */
function join(a: string, b: string): string {
  return a ? a + '+' + b : b;
}

/** What the coder needs of a CAMEO code, looked up once per code (the codebook is small and fixed). */
interface CodeFacts {
  info: CameoInfo;
  plover: PloverCoding | null;
  visit: boolean;
  violence: boolean;
}
const codeFactsMemo = new Map<string, CodeFacts | null>();

function codeFacts(cameo: string): CodeFacts | null {
  let facts = codeFactsMemo.get(cameo);
  if (facts === undefined) {
    const info = cameoInfo(cameo);
    facts = info ? { info, plover: ploverFor(info.code), visit: /^04/.test(info.code), violence: VIOLENCE_ROOT.test(info.code) } : null;
    codeFactsMemo.set(cameo, facts);
  }
  return facts;
}

/** A fresh PLOVER object per event (as `ploverFor` returns one), copied from the memoised lookup. */
function ploverOf(code: CodeFacts): PloverCoding | null {
  const p = code.plover;
  return p && { type: p.type, mode: p.mode, context: p.context };
}

function specificity(cameo: string): number {
  return cameo.length * 2 - (cameo.endsWith('0') ? 1 : 0);
}

/**
 * One event per sentence, dyad and CAMEO root: two triggers saying the same thing
 * ("die Hilfe, die Teheran Moskau leistet") are one event. A bare
 * statement (01x from a verb of saying) is dropped when its source has a more
 * specific event in the sentence: CAMEO codes what was said, not the saying.
 */
function dedupe(ctx: AnalysisContext, evs: EventRecord[]): EventRecord[] {
  // A single event has nothing to be merged with, and no other event that could make it redundant.
  if (evs.length < 2) return evs;
  // The best event per dyad and root, in the order each dyad and root first turns up (a sentence has a few
  // events: a scan of the list rather than a map keyed by a string built per event).
  const best: EventRecord[] = [];
  for (const e of evs) {
    let j = 0;
    while (j < best.length && !sameDyadAndRoot(best[j], e)) j++;
    // Ties go to the more specific code (a bare 010 yields to 011 "weder bestätigen noch dementieren").
    if (j === best.length) best.push(e);
    else if (e.confidence > best[j].confidence || (e.confidence === best[j].confidence && specificity(e.cameo) > specificity(best[j].cameo))) best[j] = e;
  }
  // "India offered to mediate between Russia and Ukraine": the targetless twin of a targeted event adds nothing.
  // (Each filter runs only when it can drop something: most sentences have neither.)
  let kept = best;
  if (best.some((e) => !e.target && hasTargetedTwin(best, e))) kept = best.filter((e) => e.target || !hasTargetedTwin(best, e));
  // A bare statement is the vehicle of what it reports: with any other event in the sentence it adds nothing.
  let out = kept;
  if (kept.some((e) => e.cameo === '010')) {
    out = kept.filter((e) => {
      if (e.cameo !== '010') return true;
      const other = kept.some((o) => o !== e && o.cameo !== '010');
      if (other && ctx.trace) trace(ctx, 'events', `dropped statement '${e.trigger.text}': the sentence codes what was said`, e.rule);
      return !other;
    });
  }
  return out.sort(byTriggerStart);
}

function byTriggerStart(a: EventRecord, b: EventRecord): number {
  return a.trigger.start - b.trigger.start;
}

function hasTargetedTwin(evs: EventRecord[], e: EventRecord): boolean {
  for (const o of evs) if (o !== e && o.target && sameRoot(o.cameo, e.cameo) && sameActorKey(o.source!.code, e.source!.code)) return true;
  return false;
}

/** Same source and target (by actor key) and the same CAMEO root: one event for `dedupe`. */
function sameDyadAndRoot(a: EventRecord, b: EventRecord): boolean {
  return sameRoot(a.cameo, b.cameo) && sameActorKey(a.source!.code, b.source!.code)
    && (a.target ? !!b.target && sameActorKey(a.target.code, b.target.code) : !b.target);
}

/** `a.slice(0, 2) === b.slice(0, 2)` without the two slices. */
function sameRoot(a: string, b: string): boolean {
  const n = Math.min(a.length, 2);
  if (n !== Math.min(b.length, 2)) return false;
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** `actorKey(a) === actorKey(b)` without building the two keys: the last three letters of an IGO code, else the first three. */
export function sameActorKey(a: string, b: string): boolean {
  if (a === b) return true;
  const ai = a.length > 3 && a.startsWith('IGO') ? a.length - 3 : 0;
  const bi = b.length > 3 && b.startsWith('IGO') ? b.length - 3 : 0;
  const n = Math.min(a.length - ai, 3);
  if (n !== Math.min(b.length - bi, 3)) return false;
  for (let i = 0; i < n; i++) if (a.charCodeAt(ai + i) !== b.charCodeAt(bi + i)) return false;
  return true;
}
