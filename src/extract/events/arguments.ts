// Filling a trigger's source and target from its frame slots (see src/lang/lexicon.ts Slot).
import type { ActorGroup } from './actor-groups.js';
import type { Clause } from './clauses.js';
import type { SentenceFrame, TriggerMatch } from './sentence.js';
import { clauseOfTok, clauseById } from './sentence.js';

export interface SlotFill {
  slot: string;
  group: ActorGroup;
  /** For `between`: which members fill this side. */
  members: ActorGroup['members'];
}

/**
 * Every fill is built here, never by a spread at the call site: the rules read fills at many sites, and a
 * spread copy can get another hidden class than a literal, which makes those sites polymorphic (and the
 * optimised coder deoptimise when the second shape first turns up).
 */
export function slotFill(slot: string, group: ActorGroup, members: ActorGroup['members']): SlotFill {
  return { slot, group, members };
}

const NON_FINITE = new Set(['inf', 'zuinf', 'pa1', 'pa2', 'ing', 'noun', 'adj', 'phrase']);
const NON_FINITE_VERB = new Set(['inf', 'zuinf', 'pa1', 'pa2', 'ing']);

/** A verb form without its own subject: the actor may come from the embedding frame (control). */
export function takesControl(m: TriggerMatch): boolean {
  return NON_FINITE_VERB.has(m.kind);
}

export function isNonFinite(m: TriggerMatch): boolean {
  return NON_FINITE.has(m.kind);
}

/** A trigger covering token k. */
function triggerAt(f: SentenceFrame, k: number): boolean {
  for (const t of f.triggers) if (t.first <= k && t.last >= k) return true;
  return false;
}

/** A trigger starting in [from, to). */
function triggerStartsIn(f: SentenceFrame, from: number, to: number): boolean {
  for (const t of f.triggers) if (t.first >= from && t.first < to) return true;
  return false;
}

function hasWord(f: SentenceFrame, clause: Clause, norm: string): boolean {
  for (const k of clause.tokens) if (f.tokens[k].norm === norm) return true;
  return false;
}

function inClause(f: SentenceFrame, g: ActorGroup, clause: number): boolean {
  return clauseOfTok(f, g.first) === clause;
}

function isPrep(g: ActorGroup, prep: string): boolean {
  return g.prep === prep;
}

/**
 * A genitive or of-phrase of a noun that is no trigger stands for the whole phrase:
 * "Kämpfer der Hamas griffen an" (subject), "Angriffe auf Stellungen der Hisbollah" (pp:auf).
 */
function phraseHead(f: SentenceFrame, g: ActorGroup): string | null {
  if (g.headTok < 0 || !(g.gen || g.prep === 'of')) return null;
  // "out of Nigeria", "because of Russia": a compound preposition, not a noun the actor stands for.
  const head = f.tokens[g.headTok].norm;
  if (COMPOUND_PREP_HEADS.has(head)) return head;
  if (triggerAt(f, g.headTok)) return null;
  return g.headPrep ? g.headPrep : CORE_HEAD;
}
/** `phraseHead` of a phrase that stands for a core argument (a string no preposition is: no object per answer). */
const CORE_HEAD = '#core';

const COMPOUND_PREP_HEADS = new Set(['out', 'because', 'instead', 'ahead', 'outside', 'inside', 'regardless', 'irrespective', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'front', 'top']);

const TOPIC_PREPS = new Set(['about', 'over', 'regarding', 'concerning', 'on', 'über', 'um', 'wegen', 'bezüglich', 'hinsichtlich', 'zu', 'zum', 'zur']);

function nounPreposition(f: SentenceFrame, m: TriggerMatch): boolean {
  for (let k = m.first - 1, steps = 0; k >= f.from && steps < 4; k--, steps++) {
    const t = f.tokens[k];
    if (PREPOSITION_LIKE.has(t.norm)) return true;
    if (t.kind !== 'word' || t.text[0] !== t.norm[0] && k !== m.first - 1) return false;
  }
  return false;
}

// Word lists are Sets rather than anchored alternations: one hash lookup instead of a regular expression run per token.
const POSSESSIVE_PRONOUNS = new Set(['sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'his', 'her', 'its', 'their']);

/** "Bei seiner Reise nach Indien wurde Scholz …": the owner is named in the clause. */
function possessivePronounBefore(f: SentenceFrame, m: TriggerMatch): boolean {
  for (let k = m.first - 1; k >= f.from && k >= m.first - 3; k--) if (POSSESSIVE_PRONOUNS.has(f.tokens[k].norm)) return true;
  return false;
}

function attributive(f: SentenceFrame, m: TriggerMatch): boolean {
  const next = f.tokens[m.tok + 1];
  return /(e|en|er|es|em)$/.test(f.tokens[m.tok].norm) && !!next && next.kind === 'word' && next.text[0] !== next.norm[0];
}

const PREPOSITION_LIKE = new Set(['seit', 'vor', 'nach', 'wegen', 'trotz', 'während', 'bei', 'beim', 'im', 'in', 'am', 'an', 'auf', 'aus', 'von', 'vom', 'zu', 'zum', 'zur', 'durch', 'für', 'gegen', 'über', 'unter', 'um',
  'since', 'before', 'after', 'during', 'despite', 'in', 'at', 'on', 'of', 'from', 'for', 'against', 'over', 'under', 'about', 'amid', 'following', 'into', 'with', 'by']);

function topicPreposition(f: SentenceFrame, m: TriggerMatch): boolean {
  for (let k = m.first - 1, steps = 0; k >= f.from && steps < 4; k--, steps++) {
    const t = f.tokens[k];
    if (TOPIC_PREPS.has(t.norm)) return true;
    // Stop at another noun ("über Russlands neue Atomdoktrin beunruhigt": the preposition is not the trigger's).
    if (t.kind !== 'word' || (t.text[0] !== t.norm[0] && !/s$/.test(t.norm))) return false;
  }
  return false;
}

/** A place ("in Washington") can be where a visit goes, never who acts. */
function isPlace(g: ActorGroup): boolean {
  for (const it of g.members) if (it.mention.kind !== 'location') return false;
  return true;
}

function isAgent(g: ActorGroup): boolean {
  return g.prep !== null && AGENT_PREPS.has(g.prep);
}

/** Verbs whose object noun is the subject's own act: announcing ("announced a suspension") and denying ("bestritt den Einsatz"). */
function ownAct(t: TriggerMatch): boolean {
  return t.entry.embeds === 'future' || (t.entry.embeds === 'negated' && t.cameo.startsWith('01'));
}
const NOMINATIVE_RELATIVES = new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches', 'who', 'which', 'that']);
const VERBAL = new Set(['fin', 'inf', 'zuinf', 'ing', 'pa2', 'imp', 'phrase']);
const AGENT_PREPS = new Set(['von', 'durch', 'by', 'seitens']);

/**
 * A core group of the trigger's clause (subject or object material). The pickers walk `f.groups` in order with
 * this test rather than filtering a list of core groups first: no array per slot asked.
 */
function isCore(f: SentenceFrame, m: TriggerMatch, g: ActorGroup, placesToo: boolean): boolean {
  // A possessor counts as the phrase it heads ("Moskaus Politik" ≈ Moscow) unless it heads the trigger itself.
  return inClause(f, g, m.clause) && (placesToo || !isPlace(g)) && !(g.poss && (g.last + 1 === m.first || g.last === m.tok))
    && ((!g.prep && !g.gen) || phraseHead(f, g) === CORE_HEAD || opensClause(f, g));
}

/** Whether the trigger's clause has fewer than two core groups (places not counted). */
function fewerThanTwoCore(f: SentenceFrame, m: TriggerMatch): boolean {
  let n = 0;
  for (const g of f.groups) if (isCore(f, m, g, false) && ++n === 2) return false;
  return true;
}

/** "after a Serbian jet shot …": the subordinator that opens the clause is no preposition of its subject. */
function opensClause(f: SentenceFrame, g: ActorGroup): boolean {
  if (g.prepTok < 0) return false;
  const c = clauseById(f, clauseOfTok(f, g.first));
  return !!c && c.intro === g.prepTok && c.kind === 'adv';
}

function pickSubject(f: SentenceFrame, m: TriggerMatch, lang: string): ActorGroup | null {
  const clause = clauseById(f, m.clause);
  // A zu-infinitive has no subject of its own: it comes from the embedding frame (control) — or, for a purpose
  // clause ("traten in einen Hungerstreik, um … zu fordern"), from the clause it serves.
  if (clause?.kind === 'inf') return purposeController(f, clause);
  if (clause?.kind === 'sub' && hasWord(f, clause, 'zu')) {
    const c = purposeController(f, clause);
    if (c) return c;
  }
  // A relative clause's subject is usually its antecedent ("Kenias Präsident, der Paris besucht hatte"),
  // unless the clause names two actors itself ("die Hilfe, die Teheran Moskau leistet").
  if (clause?.kind === 'rel' && clause.intro !== null && NOMINATIVE_RELATIVES.has(f.tokens[clause.intro].norm) && fewerThanTwoCore(f, m)) {
    const antecedent = f.groups.find((g) => g.last === clause.intro! - 2 || g.last === clause.intro! - 1);
    if (antecedent) return antecedent;
  }
  if (lang === 'en') {
    // A reduced relative or participle ("refugees ordered out of X", "the curfew imposed after …") has no subject of its own.
    if (reducedOf(f, m)) return null;
    // "to complain", "to demand": a purpose infinitive's actor is the subject of its clause; after a verb
    // of asking or forcing ("urged Iran to release") it is that verb's object, the actor right before.
    const control = infinitiveController(f, m, lang);
    if (control !== undefined) return control;
    // English SVO: the subject precedes the verb ("said X" inversions come from attribution): the last core
    // group before it, and the one before that as a possible modifier of its head.
    let subj: ActorGroup | null = null, mod: ActorGroup | null = null;
    for (const g of f.groups) {
      if (g.last < m.first && isCore(f, m, g, false) && !inApposition(f, g)) { mod = subj; subj = g; }
    }
    return subj && headModifier(f, mod, subj);
  }
  for (const g of f.groups) if (isCore(f, m, g, false) && !g.oblique && !inApposition(f, g)) return g;
  return null;
}

/** "X streikten, um … zu fordern": "um/ohne/statt … zu" clauses take the subject of the clause they attach to. */
function purposeController(f: SentenceFrame, clause: Clause): ActorGroup | null {
  const firstTok = clause.tokens[0];
  if (firstTok === undefined || !PURPOSE_OPENERS.has(f.tokens[firstTok].norm) || clause.parent === null) return null;
  return f.groups.find((g) => inClause(f, g, clause.parent!) && !g.prep && !g.gen && !g.oblique && !isPlace(g) && !inApposition(f, g)) ?? null;
}
const PURPOSE_OPENERS = new Set(['um', 'ohne', 'statt', 'anstatt']);

/**
 * "Pakistan, a key ally of the US in the war on terror, has refused", "Die Türkei, ein Partner Deutschlands, hat …":
 * an actor inside an apposition — a phrase opened by a comma right after another actor and closed by a
 * comma, with no trigger inside — is neither subject nor object.
 */
function inApposition(f: SentenceFrame, g: ActorGroup): boolean {
  let h: ActorGroup | null = null;
  for (const x of f.groups) if (x !== g && !x.prep && x.last < g.first && f.tokens[x.last + 1]?.text === ',' && noCommaBetween(f, x.last + 2, g.first)) { h = x; break; }
  if (!h) return false;
  const opener = f.tokens[h.last + 2];
  if (!opener || opener.kind !== 'word' || !(APPOSITION_OPENERS.has(opener.norm) || opener.text === opener.norm)) return false;
  for (let k = g.last + 1; k < f.to && k <= g.last + 10; k++) {
    if (f.tokens[k].text === ',') return !triggerStartsIn(f, h.last + 1, k);
    if (f.tokens[k].kind === 'punct') return false;
  }
  return false;
}
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'ein', 'eine', 'einer', 'eines', 'der', 'die', 'das', 'des']);

function noCommaBetween(f: SentenceFrame, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (f.tokens[k].text === ',' || f.tokens[k].kind === 'punct') return false;
  return true;
}

/**
 * "The Serbian and Kosovar delegations of the joint commission have agreed": an actor modifying the head noun
 * outranks an actor in an of-phrase after that head (one noun phrase, no comma, no trigger between).
 */
function headModifier(f: SentenceFrame, mod: ActorGroup | null, subj: ActorGroup): ActorGroup {
  if (subj.prep !== 'of' || !mod) return subj;
  if (mod.prep || mod.poss || subj.prepTok - mod.last > 8 || !noCommaBetween(f, mod.last + 1, subj.first)) return subj;
  const next = f.tokens[mod.last + 1];
  if (!next || next.kind !== 'word' || next.text[0] !== next.norm[0]) return subj;
  if (triggerStartsIn(f, mod.last + 1, subj.first)) return subj;
  return mod;
}

const VERB_FORMS = new Set(['fin', 'pa2', 'phrase']);
/** Roots whose verbs hand their object to a following infinitive: appeal, concede/allow, demand, coerce. */
const OBJECT_CONTROL = /^(02|08|10|17)/;

/**
 * The actor of an English to-infinitive, or undefined where the ordinary rule applies (no earlier verb
 * trigger in the clause). Purpose clauses take the clause subject ("summoned the envoy to complain").
 */
function infinitiveController(f: SentenceFrame, m: TriggerMatch, lang: string): ActorGroup | null | undefined {
  if ((m.kind !== 'inf' && m.kind !== 'phrase') || f.tokens[m.first - 1]?.norm !== 'to') return undefined;
  let prev: TriggerMatch | undefined;
  for (const t of f.triggers) if (t.clause === m.clause && t.last < m.first - 1 && t !== m) prev = t;
  if (!prev || prev.entry.speech) return undefined;
  if (!VERB_FORMS.has(prev.kind) && prev.kind !== 'noun' && prev.kind !== 'inf') return undefined;
  if (OBJECT_CONTROL.test(prev.cameo) || prev.entry.control === 'obj') {
    // "urged Iran to release": the object between the two verbs.
    const obj = f.groups.filter((g) => g.first > prev!.last && g.last < m.first && !g.prep && !g.gen && !isPlace(g));
    return obj.length ? obj[obj.length - 1] : undefined;
  }
  return pickSubject(f, prev, lang);
}

const PARTICIPLE_BLOCKERS = new Set(['and', 'or', 'but', 'then', 'who', 'which', 'that', ',']);
const AUXILIARY_BEFORE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'not', 'never']);

/**
 * "Benin opened its borders to refugees ordered out of Nigeria": an -ed form right after the object or a
 * prepositional phrase of an earlier verb of its clause is a reduced relative, not a second main verb.
 */
export function reducedParticiple(f: SentenceFrame, m: TriggerMatch): boolean {
  // "-ed" forms, and phrases opening with a participle ("driven out of", "forced out of").
  if (m.kind === 'phrase' ? !/(ed|en)$/.test(f.tokens[m.first].norm) : (m.kind !== 'fin' && m.kind !== 'pa2') || !/ed$/.test(f.tokens[m.tok].norm) || m.first !== m.tok) return false;
  const prevTok = f.tokens[m.first - 1];
  if (!prevTok || prevTok.kind !== 'word' || PARTICIPLE_BLOCKERS.has(prevTok.norm) || /ly$/.test(prevTok.norm)) return false;
  if (AUXILIARY_BEFORE.has(prevTok.norm)) return false;
  for (let i = f.triggers.length - 1; i >= 0; i--) {
    const t = f.triggers[i];
    if (t === m || t.clause !== m.clause || t.last >= m.first) continue;
    if (!(t.kind === 'fin' || t.kind === 'phrase' || t.kind === 'inf' || t.kind === 'ing') || t.entry.speech || t.entry.embeds) return false;
    for (let k = t.last + 1; k < m.first; k++) if (PARTICIPLE_BLOCKERS.has(f.tokens[k].norm) || f.tokens[k].text === ',') return false;
    return true;
  }
  return false;
}

function pickObject(f: SentenceFrame, m: TriggerMatch, subj: ActorGroup | null, lang: string): ActorGroup | null {
  // A place can be what is hit or visited ("shelled Kherson"), never who acts (core groups with places, but the subject).
  if (clauseById(f, m.clause)?.kind === 'inf') {
    for (const g of f.groups) if (g !== subj && isCore(f, m, g, true)) return g;
    return null;
  }
  if (lang === 'en') {
    // "summoned Niger's ambassador": a possessor inside the trigger phrase is what it acts on.
    const inner = innerPossessor(f, m) ?? innerObject(f, m, subj);
    if (inner) return inner;
    // The object follows the verb with no comma between ("…, killing 50, Thai sources said" has none);
    // a lower-case role word modifying a following act noun ("military aid") is not it.
    for (const g of f.groups) {
      if (g !== subj && g.first > m.last && isCore(f, m, g, true) && noCommaBetween(f, m.last + 1, g.first) && !modifiesActNoun(f, g)) return g;
    }
    return byPhraseOfObject(f, m, subj);
  }
  // The first free core group after the subject, else the first one.
  let first: ActorGroup | null = null;
  for (const g of f.groups) {
    if (g === subj || !isCore(f, m, g, true) || inApposition(f, g)) continue;
    if (!subj || g.first > subj.first) return g;
    first ??= g;
  }
  return first;
}

/** A possessor group inside a multi-word trigger ("summoned Niger's ambassador", "expelled Russia's envoy"). */
function innerPossessor(f: SentenceFrame, m: TriggerMatch): ActorGroup | null {
  if (m.first === m.last) return null;
  for (const g of f.groups) if (g.poss && g.first > m.first && g.last < m.last) return g;
  return null;
}

/** "took two journalists into custody", "put a US diplomat under investigation": an actor between a phrase's words is its object. */
function innerObject(f: SentenceFrame, m: TriggerMatch, subj: ActorGroup | null): ActorGroup | null {
  if (m.kind !== 'phrase' || m.first === m.last) return null;
  return f.groups.find((g) => g !== subj && g.first > m.first && g.last < m.last && !g.prep && !g.gen) ?? null;
}

/** "military aid", "a new military offensive": an ownerless role word used as an adjective before an act noun. */
function modifiesActNoun(f: SentenceFrame, g: ActorGroup): boolean {
  if (g.members.length !== 1 || !g.members[0].mention.rule.includes('rule.sentence-country')) return false;
  const t = f.tokens[g.last];
  if (t.text[0] !== t.norm[0] && g.first !== f.from) return false;
  for (const x of f.triggers) if (x.first === g.last + 1 && (x.kind === 'noun' || x.kind === 'phrase')) return true;
  return false;
}

const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);

/**
 * "demanded an admission by Moscow", "condemned the shelling by Russian forces": the agent of the verb's
 * object noun (the first noun phrase after an active verb) is what the verb is about.
 */
function byPhraseOfObject(f: SentenceFrame, m: TriggerMatch, subj: ActorGroup | null): ActorGroup | null {
  if (m.kind === 'noun' || m.kind === 'adj') return null;
  const next = f.tokens[m.last + 1];
  if (!next || !OBJECT_DETERMINERS.has(next.norm)) return null;
  for (let k = m.last + 2; k < f.to && k <= m.last + 5; k++) {
    const t = f.tokens[k];
    if (t.kind !== 'word' || clauseOfTok(f, k) !== m.clause) return null;
    if (t.norm === 'by') return f.groups.find((g) => g !== subj && g.prepTok === k && !isPlace(g)) ?? null;
  }
  return null;
}

/**
 * "A clinic for Sudanese refugees was shelled by …": with no actor as the passive subject, an actor in a
 * prepositional modifier of the subject noun phrase (the clause's first phrase) is what was hit.
 */
function passiveSubjectModifier(f: SentenceFrame, m: TriggerMatch): ActorGroup | null {
  const clause = clauseById(f, m.clause);
  if (!clause) return null;
  const g = f.groups.find((x) => inClause(f, x, m.clause) && x.last < m.first);
  if (!g || !g.prep || !SUBJECT_MODIFIER_PREPS.has(g.prep) || isAgent(g)) return null;
  const startK = clause.tokens[0];
  return noCommaBetween(f, startK, g.first) && !f.triggers.some((t) => t !== m && t.clause === m.clause && t.first < g.first) ? g : null;
}
const SUBJECT_MODIFIER_PREPS = new Set(['for', 'of', 'in', 'at', 'near', 'from', 'für', 'in', 'bei', 'nahe', 'aus']);

const WERDEN_PAST = new Set(['wurde', 'wurden', 'worden']);
const PAST_IS_PARTICIPLE = new Set(['put', 'cut', 'hit', 'quit', 'set', 'shut', 'let', 'beat', 'cast', 'shed', 'spread', 'upset', 'thrust', 'burst', 'struck', 'shot', 'held', 'sent', 'seized', 'led']);
const PASSIVE_AUX = new Set(['wurde', 'wurden', 'worden', 'wird', 'werden', 'was', 'were', 'been', 'being', 'is', 'are']);
const STATIVE_AUX = new Set(['ist', 'sind', 'war', 'waren']);
const PASSIVE_AUX_EN = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'gets', 'getting']);

/** Investigations, arrests and expulsions are acts of the authorities. */
const AUTHORITY_ACT = /^(09|17[0-4])/;
const PASSIVE_BEFORE_DE = new Set(['wurde', 'wurden', 'worden', 'ist', 'sind']);

/**
 * "A US citizen was arrested in Italy", "was placed under investigation in Spain": with no agent, an
 * investigation, arrest or expulsion in a country is that country's act (its authorities'). Violence is not:
 * "was killed in Beirut" names no one who killed.
 */
function authorityOfPlace(f: SentenceFrame, m: TriggerMatch, exclude: ActorGroup | null): ActorGroup | null {
  if (!AUTHORITY_ACT.test(m.cameo)) return null;
  const places = f.groups.filter((g) => g !== exclude && inClause(f, g, m.clause) && (g.first > m.last || PASSIVE_BEFORE_DE.has(f.tokens[m.tok - 1]?.norm ?? '') || f.tokens[m.tok + 1]?.kind !== 'word') && (g.prep === 'in' || g.prep === 'im')
    && g.members.length === 1 && (g.members[0].mention.kind === 'state' || g.members[0].mention.kind === 'location') && /^[A-Z]{3}/.test(g.members[0].mention.code));
  // Several places must agree on the country ("in Italy … in Genoa").
  return places.length && places.every((g) => g.members[0].mention.code.slice(0, 3) === places[0].members[0].mention.code.slice(0, 3)) ? places[0] : null;
}

/** Passive voice of a verb trigger (German "wurde … beschossen", English "was attacked", "was taken into custody"). */
export function isPassive(f: SentenceFrame, m: TriggerMatch): boolean {
  return passiveOf(f, m);
}

// The voice of the trigger last asked about: each trigger's slots are resolved one after another (source,
// then target, pronouns), and the passive test scans its clause with regular expressions each time.
let voiceFrame: SentenceFrame | null = null;
let voiceTrigger: TriggerMatch | null = null;
/** 0 not yet known, 1 false, 2 true. */
let voicePassive = 0;
let voiceReduced = 0;

function sameVoice(f: SentenceFrame, m: TriggerMatch): void {
  if (voiceFrame === f && voiceTrigger === m) return;
  voiceFrame = f;
  voiceTrigger = m;
  voicePassive = 0;
  voiceReduced = 0;
}

function passiveOf(f: SentenceFrame, m: TriggerMatch): boolean {
  sameVoice(f, m);
  if (!voicePassive) voicePassive = passive(f, m) ? 2 : 1;
  return voicePassive === 2;
}

function reducedOf(f: SentenceFrame, m: TriggerMatch): boolean {
  sameVoice(f, m);
  if (!voiceReduced) voiceReduced = reducedParticiple(f, m) ? 2 : 1;
  return voiceReduced === 2;
}

function passive(f: SentenceFrame, m: TriggerMatch): boolean {
  const clause = clauseById(f, m.clause);
  // German "wurde … beschossen": a form that is also a past plural ("sie beschossen") is the participle
  // when a form of "werden" comes before it and it closes the clause.
  if (m.kind === 'fin' && clause && /[^e]en$/.test(f.tokens[m.tok].norm)) {
    let lastWord = -1;
    for (const k of clause.tokens) if (f.tokens[k].kind === 'word') lastWord = k;
    if (lastWord === m.tok) for (const k of clause.tokens) if (k < m.tok && WERDEN_PAST.has(f.tokens[k].norm)) return true;
  }
  // "has been put under investigation", "was taken into custody", "were placed under arrest": a phrase opening
  // with a participle right after a passive auxiliary (an adverb may stand between) is passive; so are the
  // verbs whose past equals the participle ("was put", "been hit").
  if (m.kind === 'phrase' || (m.kind === 'fin' && PAST_IS_PARTICIPLE.has(f.tokens[m.tok].norm))) {
    // Only transitive acts ("X is committed to" is the subject's own stance, not a passive).
    if (/ing$/.test(f.tokens[m.first].norm) || !m.entry.target.includes('obj')) return false;
    for (let k = m.first - 1; k >= f.from && k >= m.first - 3; k--) {
      const n = f.tokens[k].norm;
      if (PASSIVE_AUX_EN.has(n)) return true;
      if (!/ly$/.test(n) && n !== 'not' && n !== 'also' && n !== 'later' && n !== 'since') return false;
    }
    return false;
  }
  if (m.kind !== 'pa2') return false;
  // "sind eingefroren" (stative passive) for verbs with an object; "ist gereist" is a perfect.
  const stative = m.entry.target.includes('obj');
  if (!clause) return false;
  for (const k of clause.tokens) if (PASSIVE_AUX.has(f.tokens[k].norm) || (stative && STATIVE_AUX.has(f.tokens[k].norm))) return true;
  return false;
}

/** A reduced relative or a passive: the voice is worked out only for the slots that ask for it (subj, obj, agent). */
function passiveVoice(f: SentenceFrame, m: TriggerMatch, lang: string): boolean {
  return (lang === 'en' && reducedOf(f, m)) || passiveOf(f, m);
}

/** A group starting at most seven tokens after the trigger. */
function near(g: ActorGroup, m: TriggerMatch, exclude: ActorGroup | null): boolean {
  return g !== exclude && g.first > m.last && g.first - m.last <= 7;
}

/** Resolves one slot name to a group (or null). */
export function resolveSlot(f: SentenceFrame, m: TriggerMatch, slot: string, lang: string, exclude: ActorGroup | null): SlotFill | null {
  if (slot === 'between') return betweenSlot(f, m, exclude);
  const g = slotGroup(f, m, slot, lang, exclude);
  return g ? slotFill(slot, g, g.members) : null;
}

// One small function per slot, each walking the groups with a plain loop: in one large function the
// optimiser ran out of inlining budget, and every `find` called a freshly allocated closure per group.

function slotGroup(f: SentenceFrame, m: TriggerMatch, slot: string, lang: string, exclude: ActorGroup | null): ActorGroup | null {
  const noun = m.kind === 'noun' || m.kind === 'adj';
  switch (slot) {
    case 'subj': return subjectSlot(f, m, lang, exclude, noun);
    case 'obj': return objectSlot(f, m, lang, exclude);
    case 'poss': return possessorSlot(f, m, exclude);
    case 'gen': return genitiveSlot(f, m, exclude);
    case 'agent': return agentSlot(f, m, lang, exclude, noun);
    case 'context': return null; // filled by the coder from the wider sentence
    default: return slot.startsWith('pp:') ? prepositionSlot(f, m, ppPrep(slot), lang, exclude, noun) : null;
  }
}

function subjectSlot(f: SentenceFrame, m: TriggerMatch, lang: string, exclude: ActorGroup | null, noun: boolean): ActorGroup | null {
  if (noun && nounTakesNoSubject(f, m)) return null;
  // An attributive participle ("von Teheran gelieferte Drohnen", "inhaftierte Journalisten") is passive:
  // its actor is the "von"/"by" agent or nobody.
  if (m.kind === 'pa2' && attributive(f, m)) {
    for (const x of f.groups) if (isAgent(x) && x.last < m.tok && m.tok - x.last <= 2) return x;
    return null;
  }
  if (passiveVoice(f, m, lang)) {
    for (const x of f.groups) if (inClause(f, x, m.clause) && isAgent(x)) return x;
    return authorityOfPlace(f, m, exclude);
  }
  return pickSubject(f, m, lang);
}

function objectSlot(f: SentenceFrame, m: TriggerMatch, lang: string, exclude: ActorGroup | null): ActorGroup | null {
  let g: ActorGroup | null = null;
  // A reduced relative acts on the phrase it follows ("refugees ordered out of X").
  if (lang === 'en' && reducedOf(f, m)) {
    for (const x of f.groups) if (x.last === m.first - 1 && !isAgent(x) && x.prep !== 'of') { g = x; break; }
  } else if (passiveOf(f, m)) g = pickSubject(f, m, lang) ?? passiveSubjectModifier(f, m);
  else g = pickObject(f, m, exclude, lang);
  return g === exclude ? null : g;
}

function possessorSlot(f: SentenceFrame, m: TriggerMatch, exclude: ActorGroup | null): ActorGroup | null {
  for (const x of f.groups) {
    if (x !== exclude && !isPlace(x) && (x.poss || x.last === m.tok) && (x.last + 1 === m.first || x.last === m.tok || (x.last < m.first && m.first - x.last <= 3))) return x;
  }
  return null;
}

function genitiveSlot(f: SentenceFrame, m: TriggerMatch, exclude: ActorGroup | null): ActorGroup | null {
  const inner = innerPossessor(f, m);
  if (inner) return inner;
  // "summoned the ambassador Brah Mohamane": a name right after a phrase ending in its noun is that noun.
  if (m.kind === 'phrase' && m.first !== m.last) {
    for (const x of f.groups) if (x !== exclude && x.first === m.last + 1 && !x.prep && !x.poss && !isPlace(x)) return x;
  }
  for (const x of f.groups) if (near(x, m, exclude) && !isPlace(x) && (x.gen || isPrep(x, 'of')) && x.first - m.last <= 3) return x;
  // Verb-final German phrases: "den Rücktritt des Präsidenten zu fordern" — the genitive of the phrase's noun, inside its span.
  if (m.first !== m.last) {
    for (const x of f.groups) if (x !== exclude && !isPlace(x) && x.gen && x.headTok >= m.first && x.headTok < m.last) return x;
  }
  return null;
}

function agentSlot(f: SentenceFrame, m: TriggerMatch, lang: string, exclude: ActorGroup | null, noun: boolean): ActorGroup | null {
  // An active verb or a noun takes its agent close by ("a hunger strike by X"); a passive anywhere in its clause.
  for (const x of f.groups) {
    if (x !== exclude && isAgent(x) && !isPlace(x) && (noun || !passiveVoice(f, m, lang) ? near(x, m, exclude) : inClause(f, x, m.clause))) return x;
  }
  // Attributive participles: "von Teheran gelieferte Drohnen" — the agent precedes the participle.
  for (const x of f.groups) if (x !== exclude && isAgent(x) && !isPlace(x) && x.last < m.tok && m.tok - x.last <= 2) return x;
  return null;
}

function betweenSlot(f: SentenceFrame, m: TriggerMatch, exclude: ActorGroup | null): SlotFill | null {
  for (const x of f.groups) {
    if (x !== exclude && (isPrep(x, 'zwischen') || isPrep(x, 'between')) && x.first > m.last && x.first - m.last <= 4 && x.members.length >= 2) {
      return slotFill('between', x, x.members.slice(0, 1));
    }
  }
  return null;
}

function prepositionSlot(f: SentenceFrame, m: TriggerMatch, prep: string, lang: string, exclude: ActorGroup | null, noun: boolean): ActorGroup | null {
  for (const x of f.groups) {
    if (x !== exclude && isPrep(x, prep) && (noun ? near(x, m, exclude) : inClause(f, x, m.clause) && (lang !== 'en' || x.first > m.last))) return x;
  }
  // A genitive or of-phrase of a noun governed by the preposition stands for the phrase ("Angriffe auf Stellungen der Hisbollah").
  for (const x of f.groups) {
    if (x === exclude) continue;
    const h = phraseHead(f, x);
    if (h !== null && h !== CORE_HEAD && h === prep && inClause(f, x, m.clause) && (!noun || (x.headTok > m.last && x.headTok - m.last <= 5))) return x;
  }
  return noun && PLACE_PREPS.has(prep) ? placeOfLightVerb(f, m, exclude) : null;
}

/** The preposition of a `pp:` slot, sliced once per slot name (the lexicon's slot names are few). */
const ppPreps = new Map<string, string>();
function ppPrep(slot: string): string {
  let prep = ppPreps.get(slot);
  if (prep === undefined) {
    prep = slot.slice(3);
    ppPreps.set(slot, prep);
  }
  return prep;
}

/** A noun trigger that takes no clause subject (each test asks the preposition before it once). */
function nounTakesNoSubject(f: SentenceFrame, m: TriggerMatch): boolean {
  // A noun takes the clause subject only as the object of a support verb ("X verhängt Sanktionen",
  // "X voiced concern"): not when another verb of the clause is itself a trigger ("X kritisiert den Angriff").
  // ("announced a suspension", "denied an attack" are the subject's own acts: future and negated embedders don't block.)
  for (const t of f.triggers) {
    if (t !== m && t.clause === m.clause && ((!t.entry.speech && VERBAL.has(t.kind) && !ownAct(t)) || (t.entry.embeds && !ownAct(t) && t.tok < m.tok))) return true;
  }
  const inPhrase = nounPreposition(f, m);
  // "bezeichnete das Abkommen als Provokation": the object of a verb of saying is its topic, not the speaker's act.
  if (!inPhrase) for (const t of f.triggers) if (t.clause === m.clause && t.entry.speech && VERBAL.has(t.kind) && t.tok < m.tok && !ownAct(t)) return true;
  // "optimism about the talks", "Besorgnis über die Verhandlungen": a topic is not the subject's own act.
  if (topicPreposition(f, m)) return true;
  // A noun inside a prepositional phrase ("seit dem Kalten Krieg", "wegen der Angriffe") is not the subject's act,
  // except talks and meetings the subject takes part in ("X sagte nach Gesprächen mit Y").
  return inPhrase && !possessivePronounBefore(f, m) && !(m.entry.target.includes('between') || m.entry.target.includes('pp:mit') || m.entry.target.includes('pp:with'));
}

const PLACE_PREPS = new Set(['to', 'in', 'into', 'at', 'nach', 'in', 'an']);
/** Motion and light verbs whose subject is an act noun ("the deployment … arrived in Bosnia", "die Verlegung … begann in Mali"). */
const LIGHT_VERBS = new Set(['arrived', 'arrives', 'arrive', 'arriving', 'reached', 'reaches', 'landed', 'began', 'begins', 'begun', 'started', 'starts', 'continued', 'continues',
  'resumed', 'resumes', 'took', 'takes', 'moved', 'entered', 'enters', 'got', 'went', 'was', 'were', 'is', 'are',
  'traf', 'trafen', 'kam', 'kamen', 'begann', 'begannen', 'fand', 'fanden', 'erreichte', 'erreichten', 'landete', 'landeten']);
const COPULA_FORMS = new Set(['was', 'were', 'is', 'are']);
const HELD_FORMS = new Set(['held', 'staged', 'launched', 'deployed', 'carried']);
const TOOK_FORMS = new Set(['took', 'takes', 'fand', 'fanden']);
const LIGHT_PLACE_PREPS = new Set(['in', 'at', 'to', 'into', 'im', 'nach', 'an']);

/**
 * "A deployment of EU monitors arrived in Armenia on Monday": an act noun that is the subject
 * of a motion or light verb (arrived, began, took place) takes its place from that verb's place phrase.
 */
function placeOfLightVerb(f: SentenceFrame, m: TriggerMatch, exclude: ActorGroup | null): ActorGroup | null {
  let verb = -1;
  for (let k = m.last + 1; k < f.to && k <= m.last + 10 && clauseOfTok(f, k) === m.clause; k++) {
    const t = f.tokens[k];
    if (t.kind !== 'word') return null;
    if (LIGHT_VERBS.has(t.norm)) { verb = k; break; }
    // Another act or verb between: the noun is not this verb's subject.
    for (const x of f.triggers) if (x !== m && x.first <= k && x.last >= k && x.kind !== 'noun') return null;
  }
  if (verb < 0) return null;
  // "was/were" only as part of "was held in", "took" only as "took place".
  const v = f.tokens[verb].norm, nxt = f.tokens[verb + 1]?.norm ?? '';
  if (COPULA_FORMS.has(v) && !HELD_FORMS.has(nxt)) return null;
  if (TOOK_FORMS.has(v) && nxt !== 'place' && nxt !== 'statt') return null;
  return f.groups.find((x) => x !== exclude && x.first > verb && x.first - verb <= 5 && inClause(f, x, m.clause) && x.prep !== null && LIGHT_PLACE_PREPS.has(x.prep)) ?? null;
}

/** The other side of a `between` group: everything after its first member. */
export function betweenRest(fill: SlotFill): SlotFill {
  return slotFill('between', fill.group, fill.group.members.slice(1));
}

export function fillSlots(f: SentenceFrame, m: TriggerMatch, slots: string[], lang: string, exclude: ActorGroup | null): SlotFill | null {
  // Every slot, and a protest's purpose, is filled from the sentence's actor groups: none, nothing to fill.
  if (!f.groups.length) return null;
  for (const s of slots) {
    const fill = resolveSlot(f, m, s, lang, exclude);
    // As a target beside a source named elsewhere, "between Serbia and Kosovo" is both.
    if (fill && s === 'between' && exclude && exclude !== fill.group) return slotFill(fill.slot, fill.group, fill.group.members);
    if (fill) return fill;
  }
  // The entry's own target list (not a source list or a filtered copy): a protest aimed at whoever its purpose names.
  if (slots === m.entry.target && PROTEST_ROOT.test(m.cameo)) return purposeAddressee(f, m, lang, exclude);
  return null;
}

const PROTEST_ROOT = /^14/;
/** Acts a protest is staged for: demanding, calling for, pressing, protesting. */
const PURPOSE_ROOT = /^(10|11)/;
const PURPOSE_LINKS = new Set(['to', 'in', 'by', 'um', 'zu']);

/**
 * "started a hunger strike to demand the release of the Tunisian opposition leader", "staged protests to demand
 * reforms from the government", "joining demonstrators in demanding a referendum": the party a protest's
 * purpose clause makes its demand of is the protest's target. German: "streikten, um … zu fordern".
 */
function purposeAddressee(f: SentenceFrame, m: TriggerMatch, lang: string, exclude: ActorGroup | null): SlotFill | null {
  const linked = (x: TriggerMatch) => {
    // "to demand", "in demanding", "zu fordern" (German: the verb closes the phrase, "den Rücktritt … zu fordern").
    const before = [x.first - 1, x.tok - 1, x.last - 1].map((k) => f.tokens[k]?.norm ?? '');
    if (x.kind === 'fin') return before.includes('zu');
    return (x.kind === 'inf' || x.kind === 'ing' || x.kind === 'zuinf' || x.kind === 'phrase') && before.some((n) => PURPOSE_LINKS.has(n));
  };
  const purpose = f.triggers.find((x) => x !== m && x.first > m.last && x.first - m.last <= 12 && PURPOSE_ROOT.test(x.cameo) && linked(x)
    && (x.clause === m.clause || clauseById(f, x.clause)?.parent === m.clause));
  if (!purpose) return null;
  const fill = fillSlots(f, purpose, purpose.entry.target, lang, exclude);
  return fill && fill.group !== exclude ? slotFill('purpose', fill.group, fill.members) : null;
}
