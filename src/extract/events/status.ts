// How the text presents an event: asserted, alleged, hypothetical, future, negated,
// question — and the words that say so. Precedence (first that applies wins):
// question > negation > embedding trigger (accuse → alleged, fear → hypothetical, …)
// > noun modifiers (mögliche, künftige) > clause modals and tense > reported speech > asserted.
import type { Status } from '../../model/analysis.js';
import type { LanguagePack, StatusCue } from '../../lang/pack.js';
import type { Attribution } from '../context.js';
import type { SentenceFrame, TriggerMatch } from './sentence.js';
import type { Clause } from './clauses.js';
import { actorKey } from '../../model/actor-key.js';
import { clauseOfTok, clauseById } from './sentence.js';
import { remember } from '../../util/word-memo.js';

export interface StatusResult {
  status: Status;
  cue?: { start: number; end: number; text: string; rule: string };
}

export interface Embedding {
  status: Status;
  by: TriggerMatch;
}

/** Cues by their first word; a multi-word cue ("kommenden woche", "in kürze") lists the words that must follow. */
export type CueMap = Map<string, CueList>;
export type CueList = Array<StatusCue & { rest?: string[] }>;

export function buildCueMap(pack: LanguagePack): CueMap {
  const map: CueMap = new Map();
  for (const cue of pack.cues.statusCues) for (const w of cue.words) {
    const [k, ...rest] = w.toLowerCase().split(/\s+/);
    // One shape for every cue (absent `alt` and `rest` as undefined): the lexicon's cues come with and
    // without them, and the cue loop reads them for every cue word of a clause.
    const item = { id: cue.id, words: cue.words, status: cue.status, scope: cue.scope, alt: cue.alt, rest: rest.length ? rest : undefined };
    const list = map.get(k);
    if (list) list.push(item); else map.set(k, [item]);
  }
  return map;
}

function restMatches(f: SentenceFrame, k: number, rest: string[] | undefined): boolean {
  if (!rest) return true;
  for (let i = 0; i < rest.length; i++) if (f.tokens[k + 1 + i]?.norm !== rest[i]) return false;
  return true;
}

function cueAt(f: SentenceFrame, k: number, rule: string): StatusCueSpan {
  return cueOf(f.tokens[k], rule);
}

type StatusCueSpan = NonNullable<StatusResult['cue']>;

/**
 * Every status cue is built here as one literal (start, end, text, rule — the key order of the JSON output),
 * never as a spread of an attribution's cue: a spread copy was slow to make (the attributed returns showed in
 * the profile) and got a hidden class of its own, so every site reading `statusCue` saw two shapes.
 */
export function cueOf(s: { start: number; end: number; text: string }, rule: string): StatusCueSpan {
  return { start: s.start, end: s.end, text: s.text, rule };
}

const PERFECT_AUX = new Set(['haben', 'sein', 'have']);
/** German past participles, also of separable verbs ("angegriffen", "festgenommen"), and -iert verbs. */
const PARTICIPLE = /^(\p{L}{0,8}ge\p{L}{2,}[tn]|\p{L}+iert|(be|ver|zer|er|ent|emp|miss|über|unter|hinter|wider)\p{L}{2,}t)$/u;

// Whether a clause has a perfect infinitive or only a passive participle, for the frame last asked about: the
// German readings of a modal cue ("soll", "wird") ask it per cue and trigger, and each answer is a scan of the
// clause. Flags per clause id: 1 perfect known, 2 perfect infinitive, 4 passive known, 8 passive only.
let tenseFrame: SentenceFrame | null = null;
let tenseFlags = new Uint8Array(64);

function clauseTense(f: SentenceFrame, clause: number, passive: boolean): boolean {
  const n = f.clauses.length;
  if (clause < 0 || clause >= n) return passive ? passiveOnly(f, clause) : perfectInfinitive(f, clause);
  if (tenseFrame !== f) {
    tenseFrame = f;
    if (tenseFlags.length < n) tenseFlags = new Uint8Array(2 * n);
    else tenseFlags.fill(0, 0, n);
  }
  const known = passive ? 4 : 1;
  if (tenseFlags[clause] & known) return (tenseFlags[clause] & 2 * known) !== 0;
  // (Computed before the flags are read again: the passive test asks the perfect one, which sets its own flags.)
  const yes = passive ? passiveOnly(f, clause) : perfectInfinitive(f, clause);
  tenseFlags[clause] |= yes ? known | 2 * known : known;
  return yes;
}

const participles = new Map<string, boolean>();
/** The participle test per word form: a Unicode regular expression, asked of every token of a clause. */
function isParticiple(norm: string): boolean {
  const known = participles.get(norm);
  return known ?? remember(participles, norm, PARTICIPLE.test(norm));
}

/** "soll … geliefert haben": a participle followed by haben/sein in the clause. */
function perfectInfinitive(f: SentenceFrame, clause: number): boolean {
  for (let k = f.from + 1; k < f.to; k++) {
    if (clauseOfTok(f, k) !== clause) continue;
    if (PERFECT_AUX.has(f.tokens[k].norm) && isParticiple(f.tokens[k - 1].norm)) return true;
  }
  return false;
}

/** "wird angegriffen": a participle with werden and no infinitive in the clause — a passive, not a future. */
function passiveOnly(f: SentenceFrame, clause: number): boolean {
  let participle = false;
  for (let k = f.from; k < f.to; k++) {
    if (clauseOfTok(f, k) === clause && isParticiple(f.tokens[k].norm)) { participle = true; break; }
  }
  return participle && !clauseTense(f, clause, false);
}

/**
 * The clause's tokens that hold a cue, in order, found once per clause: a trigger asks its clause up to four
 * times (negation, hypothesis, modals, noun modifiers), and a sentence's triggers often share a clause.
 */
function cueTokens(f: SentenceFrame, clause: Clause, cues: CueMap, lang: string): { toks: number[]; lists: CueList[] } {
  if (clause.cueTokens?.map === cues) return clause.cueTokens;
  const toks: number[] = [];
  const lists: CueList[] = [];
  for (const k of clause.tokens) {
    const t = f.tokens[k];
    if (lang === 'de' && k > f.from && t.kind === 'word' && capitalised(t.text, t.norm)) continue; // "am Morgen" is no "morgen"
    const list = cues.get(t.norm);
    if (list) { toks.push(k); lists.push(list); }
  }
  clause.cueTokens = { map: cues, toks, lists };
  return clause.cueTokens;
}

/** The text's first letter differs from the norm's (`text[0] !== norm[0]` without making one-letter strings). */
function capitalised(text: string, norm: string): boolean {
  return text.length === 0 || norm.length === 0 ? text.length !== norm.length : text.charCodeAt(0) !== norm.charCodeAt(0);
}

function clauseCue(f: SentenceFrame, m: TriggerMatch, cues: CueMap, lang: string, statuses: ReadonlySet<Status>, onlyNextNoun = false): StatusResult | null {
  const clause = clauseById(f, m.clause);
  if (!clause) return null;
  const { toks, lists } = cueTokens(f, clause, cues, lang);
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i], list = lists[i];
    if (k === m.tok || k === m.first || k === m.last) continue; // a trigger is not its own cue ("nicht" between phrase words is)
    for (const cue of list) {
      if (!statuses.has(cue.status) && !(cue.alt && statuses.has('alleged'))) continue;
      if (!restMatches(f, k, cue.rest)) continue;
      // "hat keine Truppen verlegt", "sent no troops": a negated object negates the verb.
      const negatesVerb = cue.status === 'negated' && (VERB_KINDS.has(m.kind) || (m.kind === 'pa2' && !attributiveParticiple(f, m)));
      if (cue.scope === 'next-noun' && !negatesVerb) {
        if (k < m.tok && m.tok - k <= 3 && (m.kind === 'noun' || m.kind === 'phrase' || m.kind === 'pa2' || m.kind === 'pa1')) return { status: cue.status, cue: cueAt(f, k, cue.id) };
        continue;
      }
      if (onlyNextNoun) continue;
      // English negation and modals scope rightwards over the verb they precede.
      if (lang === 'en' && k > m.tok && cue.scope === 'clause') continue;
      if (cue.status === 'negated' && f.tokens[k + 1]?.norm === 'nur') continue; // "nicht nur … sondern auch"
      const alt = cue.alt ? altReading(f, m.clause, cue.alt) : undefined;
      if (alt) {
        if (alt.status === 'asserted') continue; // the cue does not apply in this reading
        if (!statuses.has(alt.status)) continue;
        return { status: alt.status, cue: cueAt(f, k, `${cue.id}.${alt.when}`) };
      }
      if (!statuses.has(cue.status)) continue;
      // "wird" + a finite verb is no future; "wird … reisen" (the form is also the infinitive) is.
      // Adverbs ("nächste Woche", "bald") make a present tense future; auxiliaries need an infinitive.
      if (cue.status === 'future' && m.kind === 'fin' && !m.infinitiveToo && !m.entry.lemma.includes(' ') && AUXILIARY_CUES.test(cue.id)) continue;
      return { status: cue.status, cue: cueAt(f, k, cue.id) };
    }
  }
  return null;
}

/** The first of a cue's other readings whose condition the clause meets. */
function altReading(f: SentenceFrame, clause: number, alts: NonNullable<StatusCue['alt']>): NonNullable<StatusCue['alt']>[number] | undefined {
  for (const a of alts) if (clauseTense(f, clause, a.when !== 'perfect-infinitive')) return a;
  return undefined;
}

const NEG = new Set<Status>(['negated']);
/** Status cues that are auxiliaries or modals: they govern an infinitive, not a finite verb. */
const AUXILIARY_CUES = /\.(wird|soll|will|modal|werden|sollen)$/;
const VERB_KINDS = new Set(['fin', 'inf', 'zuinf', 'ing', 'imp', 'phrase']);
const HYPO = new Set<Status>(['hypothetical']);

function isNounModifier(cues: CueMap, f: SentenceFrame, r: StatusResult): boolean {
  let k = f.from;
  while (k < f.to && f.tokens[k].start !== r.cue!.start) k++;
  return k < f.to && !!cues.get(f.tokens[k].norm)?.every((c) => c.scope === 'next-noun');
}

/** "gelieferte Waffen": an inflected participle before a capitalised noun. */
export function attributiveParticiple(f: SentenceFrame, m: TriggerMatch): boolean {
  const next = f.tokens[m.tok + 1];
  return m.kind === 'pa2' && /(e|en|er|es|em)$/.test(f.tokens[m.tok].norm) && !!next && next.kind === 'word' && next.text[0] !== next.norm[0];
}
const NOUN_MODS = new Set<Status>(['hypothetical', 'future', 'alleged']);
const MODALS = new Set<Status>(['hypothetical', 'future', 'alleged']);

export function decideStatus(
  f: SentenceFrame, m: TriggerMatch, embed: Embedding | null, cues: CueMap, pack: LanguagePack, attribution: Attribution | null,
  kj1: ((tok: number) => boolean) | null, sourceCode: string | null,
): StatusResult {
  const lang = pack.lang;
  if (f.question) {
    const q = f.tokens[f.to - 1];
    return { status: 'question', cue: cueOf(q, 'status.question-mark') };
  }
  if (embed?.status === 'question' || embed?.status === 'negated') {
    return { status: embed.status, cue: cueAt(f, embed.by.tok, embed.by.entry.id + '.embeds') };
  }
  const cond = conditionalClause(f, m);
  if (cond !== null) return { status: 'hypothetical', cue: cueAt(f, cond, 'status.conditional') };
  // "declined to comment", "wollte sich nicht äußern": CAMEO 011 is a refusal to speak; its negation is its meaning.
  if (m.cameo.startsWith('011')) return attribution && !speaksForItself(attribution, m, sourceCode)
    ? { status: 'alleged', cue: cueOf(attribution.cue, attribution.rule + '.content') } : { status: 'asserted' };
  const neg = clauseCue(f, m, cues, lang, NEG);
  if (neg) return neg;
  // Presupposed facts ("von Teheran gelieferte Drohnen") keep only negation and their own modifiers.
  if (attributiveParticiple(f, m)) return clauseCue(f, m, cues, lang, NOUN_MODS, true) ?? { status: 'asserted' };
  // A possibility inside a claim is a possibility: "glaubt, dass Pjöngjang … erwerben könnte".
  const hypo = clauseCue(f, m, cues, lang, HYPO);
  // "announced that Putin would visit", "sagte, man würde liefern": in reported speech "would" is the future of the past.
  if (hypo?.cue && BACKSHIFT.has(hypo.cue.text.toLowerCase()) && (embed?.by.entry.speech || embed?.status === 'future' || (attribution && inContent(f, m, attribution)))) {
    return { status: 'future', cue: cueOf(hypo.cue, hypo.cue.rule + '.reported-future') };
  }
  if (hypo && hypo.cue && !isNounModifier(cues, f, hypo)) return hypo;
  // What a speaker says of its own state is its own stance or act, not a claim about another.
  const ownWords = !!embed?.by.entry.speech && embed.status === 'alleged' && !!attribution && speaksForItself(attribution, m, sourceCode);
  if (embed && !ownWords) return { status: embed.status, cue: cueAt(f, embed.by.tok, embed.by.entry.id + '.embeds') };
  const mod = clauseCue(f, m, cues, lang, m.kind === 'noun' ? NOUN_MODS : MODALS);
  if (mod) return mod;
  // "Laut X …", "according to X": everything in the attributed clause is the source's claim.
  if (attribution && attribution.rule.includes('+attr.marker') && !speaksForItself(attribution, m, sourceCode)) {
    return { status: 'alleged', cue: cueOf(attribution.cue, attribution.rule + '.content') };
  }
  // Reported speech makes claims of what happens, not of the things named: nouns stay as the clause presents them.
  if (m.kind === 'noun') return { status: 'asserted' };
  // Konjunktiv I reports what someone said; of their own acts and stances a speaker speaks for itself.
  const selfReport = !!attribution && speaksForItself(attribution, m, sourceCode);
  if (m.mood === 'kj1' && !selfReport) return { status: 'alleged', cue: cueAt(f, m.tok, 'status.konjunktiv-1') };
  const clause = clauseById(f, m.clause);
  // (`kj1` is null where the language has no Konjunktiv I: no loop over the clause asking.)
  if (clause && !selfReport && kj1) for (const k of clause.tokens) if (kj1(k)) return { status: 'alleged', cue: cueAt(f, k, 'status.konjunktiv-1') };
  // What a speaker reports of others is their claim; what they say of themselves is their own act.
  if (attribution && !speaksForItself(attribution, m, sourceCode)) {
    const t = f.tokens[m.tok];
    if (t.start >= attribution.content.start && t.end <= attribution.content.end) {
      return { status: 'alleged', cue: cueOf(attribution.cue, attribution.rule + (attribution.indirect ? '.indirect' : '.content')) };
    }
  }
  return { status: 'asserted' };
}

/** Conditions: what happens only if, or unless, something else does ("unless Baghdad accepts", "falls Moskau zustimmt"). */
export const CONDITIONAL = new Set(['if', 'unless', 'wenn', 'falls', 'sofern']);
/** After these, "if"/"wenn" asks whether: "asked if", "unclear if". */
const WHETHER_BEFORE = new Set(['ask', 'asked', 'asks', 'asking', 'wonder', 'wondered', 'know', 'knows', 'see', 'unclear', 'clear', 'sure', 'decide', 'decided', 'check']);

/** Token of the conditional subordinator opening the trigger's clause or one that holds it, or null. */
function conditionalClause(f: SentenceFrame, m: TriggerMatch): number | null {
  let clause = clauseById(f, m.clause);
  for (let depth = 0; clause && depth < 4; depth++) {
    if (clause.intro !== null && CONDITIONAL.has(f.tokens[clause.intro].norm)) {
      const prev = f.tokens[clause.intro - 1];
      if (!(prev && WHETHER_BEFORE.has(prev.norm))) return clause.intro;
    }
    if (clause.kind === 'main' || clause.parent === null) return null;
    const parent = clause.parent;
    clause = clauseById(f, parent);
  }
  return null;
}

/** Organs that speak for their state: government, military, parliament, police, intelligence, or the state itself. */
const STATE_ORGAN = /^(|GOV|MIL|LEG|COP|SPY|ELI)$/;

/**
 * A speaker speaks for itself when it is the event's source — or an organ of the same state speaking of the
 * state ("Selenskyj sagte, die Ukraine sei bereit"). A country's media, opposition or citizens do not.
 */
function speaksForItself(a: Attribution, m: TriggerMatch, sourceCode: string | null): boolean {
  const speaker = a.speaker?.code;
  if (!speaker || !sourceCode) return false;
  if (speaker === sourceCode) return true;
  if (actorKey(speaker) !== actorKey(sourceCode) || speaker.startsWith('IGO')) return speaker.startsWith('IGO') && actorKey(speaker) === actorKey(sourceCode);
  return STATE_ORGAN.test(speaker.slice(3, 6)) && STATE_ORGAN.test(sourceCode.slice(3, 6));
}

const BACKSHIFT = new Set(['would', 'würde', 'würden']);

function inContent(f: SentenceFrame, m: TriggerMatch, a: Attribution): boolean {
  const t = f.tokens[m.tok];
  return t.start >= a.content.start && t.end <= a.content.end;
}
