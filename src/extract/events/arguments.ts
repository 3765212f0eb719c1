// Filling a trigger's source and target from its frame slots (see src/lang/lexicon.ts Slot).
import type { ActorGroup } from './actor-groups.js';
import type { SentenceFrame, TriggerMatch } from './sentence.js';
import { clauseOfTok } from './sentence.js';

export interface SlotFill {
  slot: string;
  group: ActorGroup;
  /** For `between`: which members fill this side. */
  members: ActorGroup['members'];
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
function phraseHead(f: SentenceFrame, g: ActorGroup): 'core' | { prep: string } | null {
  if (g.headTok < 0 || !(g.gen || g.prep === 'of')) return null;
  if (f.triggers.some((t) => t.first <= g.headTok && t.last >= g.headTok)) return null;
  return g.headPrep ? { prep: g.headPrep } : 'core';
}

const TOPIC_PREPS = new Set(['about', 'over', 'regarding', 'concerning', 'on', 'über', 'um', 'wegen', 'bezüglich', 'hinsichtlich', 'zu', 'zum', 'zur']);

function nounPreposition(f: SentenceFrame, m: TriggerMatch): boolean {
  for (let k = m.first - 1, steps = 0; k >= f.from && steps < 4; k--, steps++) {
    const t = f.tokens[k];
    if (PREPOSITION_LIKE.has(t.norm)) return true;
    if (t.kind !== 'word' || t.text[0] !== t.norm[0] && k !== m.first - 1) return false;
  }
  return false;
}

const POSSESSIVE_PRONOUNS = /^(sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|his|her|its|their)$/;

/** "Bei seiner Reise nach Indien wurde Scholz …": the owner is named in the clause. */
function possessivePronounBefore(f: SentenceFrame, m: TriggerMatch): boolean {
  for (let k = m.first - 1; k >= f.from && k >= m.first - 3; k--) if (POSSESSIVE_PRONOUNS.test(f.tokens[k].norm)) return true;
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
  return g.members.every((it) => it.mention.kind === 'location');
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

/** Core groups of the trigger's clause, in order; subjects first by case cues. */
function coreGroups(f: SentenceFrame, m: TriggerMatch, placesToo = false): ActorGroup[] {
  // A possessor counts as the phrase it heads ("Moskaus Politik" ≈ Moscow) unless it heads the trigger itself.
  return f.groups.filter((g) => inClause(f, g, m.clause) && (placesToo || !isPlace(g)) && !(g.poss && (g.last + 1 === m.first || g.last === m.tok))
    && ((!g.prep && !g.gen) || phraseHead(f, g) === 'core'));
}

function pickSubject(f: SentenceFrame, m: TriggerMatch, lang: string): ActorGroup | null {
  const clause = f.clauses.find((c) => c.id === m.clause);
  // A zu-infinitive has no subject of its own: it comes from the embedding frame (control).
  if (clause?.kind === 'inf') return null;
  const core = coreGroups(f, m);
  // A relative clause's subject is usually its antecedent ("Kenias Präsident, der Paris besucht hatte"),
  // unless the clause names two actors itself ("die Hilfe, die Teheran Moskau leistet").
  if (clause?.kind === 'rel' && clause.intro !== null && core.length < 2 && NOMINATIVE_RELATIVES.has(f.tokens[clause.intro].norm)) {
    const antecedent = f.groups.find((g) => g.last === clause.intro! - 2 || g.last === clause.intro! - 1);
    if (antecedent) return antecedent;
  }
  if (lang === 'en') {
    // English SVO: the subject precedes the verb ("said X" inversions come from attribution).
    const before = core.filter((g) => g.last < m.first);
    if (before.length) return before[before.length - 1];
    return null;
  }
  const nominative = core.find((g) => !g.oblique);
  return nominative ?? null;
}

function pickObject(f: SentenceFrame, m: TriggerMatch, subj: ActorGroup | null, lang: string): ActorGroup | null {
  // A place can be what is hit or visited ("shelled Kherson"), never who acts.
  const core = coreGroups(f, m, true).filter((g) => g !== subj);
  if (f.clauses.find((c) => c.id === m.clause)?.kind === 'inf') return core[0] ?? null;
  if (lang === 'en') return core.find((g) => g.first > m.last) ?? null;
  return core.find((g) => !subj || g.first > subj.first) ?? core[0] ?? null;
}

function passive(f: SentenceFrame, m: TriggerMatch): boolean {
  if (m.kind !== 'pa2') return false;
  const clause = f.clauses.find((c) => c.id === m.clause);
  // "sind eingefroren" (stative passive) for verbs with an object; "ist gereist" is a perfect.
  const stative = m.entry.target.includes('obj') ? /^(ist|sind|war|waren)$/ : null;
  return !!clause?.tokens.some((k) => /^(wurde|wurden|worden|wird|werden|was|were|been|being|is|are)$/.test(f.tokens[k].norm) || !!stative?.test(f.tokens[k].norm));
}

/** Resolves one slot name to a group (or null). */
export function resolveSlot(f: SentenceFrame, m: TriggerMatch, slot: string, lang: string, exclude: ActorGroup | null): SlotFill | null {
  const noun = m.kind === 'noun' || m.kind === 'adj';
  const pass = passive(f, m);
  const near = (g: ActorGroup) => g !== exclude && g.first > m.last && g.first - m.last <= 7;
  let g: ActorGroup | null | undefined = null;
  switch (slot) {
    case 'subj':
      // A noun takes the clause subject only as the object of a support verb ("X verhängt Sanktionen",
      // "X voiced concern"): not when another verb of the clause is itself a trigger ("X kritisiert den Angriff").
      // ("announced a suspension", "denied an attack" are the subject's own acts: future and negated embedders don't block.)
      if (noun && f.triggers.some((t) => t !== m && t.clause === m.clause && ((!t.entry.speech && VERBAL.has(t.kind) && !ownAct(t))
        || (t.entry.embeds && !ownAct(t) && t.tok < m.tok)))) break;
      // "bezeichnete das Abkommen als Provokation": the object of a verb of saying is its topic, not the speaker's act.
      if (noun && !nounPreposition(f, m) && f.triggers.some((t) => t.clause === m.clause && t.entry.speech && VERBAL.has(t.kind) && t.tok < m.tok)) break;
      // "optimism about the talks", "Besorgnis über die Verhandlungen": a topic is not the subject's own act.
      if (noun && topicPreposition(f, m)) break;
      // A noun inside a prepositional phrase ("seit dem Kalten Krieg", "wegen der Angriffe") is not the subject's act,
      // except talks and meetings the subject takes part in ("X sagte nach Gesprächen mit Y").
      if (noun && nounPreposition(f, m) && !possessivePronounBefore(f, m) && !(m.entry.target.includes('between') || m.entry.target.includes('pp:mit') || m.entry.target.includes('pp:with'))) break;
      // An attributive participle ("von Teheran gelieferte Drohnen", "inhaftierte Journalisten") is passive:
      // its actor is the "von"/"by" agent or nobody.
      if (m.kind === 'pa2' && attributive(f, m)) g = f.groups.find((x) => isAgent(x) && x.last < m.tok && m.tok - x.last <= 2);
      else if (pass) g = f.groups.find((x) => inClause(f, x, m.clause) && isAgent(x));
      else g = pickSubject(f, m, lang);
      break;
    case 'obj':
      g = pass ? pickSubject(f, m, lang) : pickObject(f, m, exclude, lang);
      break;
    case 'poss':
      g = f.groups.find((x) => x !== exclude && !isPlace(x) && (x.poss || x.last === m.tok) && (x.last + 1 === m.first || x.last === m.tok || (x.last < m.first && m.first - x.last <= 3)));
      break;
    case 'gen':
      g = f.groups.find((x) => near(x) && !isPlace(x) && (x.gen || isPrep(x, 'of')) && x.first - m.last <= 3);
      break;
    case 'agent':
      g = f.groups.find((x) => x !== exclude && isAgent(x) && !isPlace(x) && (noun ? near(x) : inClause(f, x, m.clause)));
      // Attributive participles: "von Teheran gelieferte Drohnen" — the agent precedes the participle.
      g ??= f.groups.find((x) => x !== exclude && isAgent(x) && !isPlace(x) && x.last < m.tok && m.tok - x.last <= 2);
      break;
    case 'between': {
      const b = f.groups.find((x) => x !== exclude && (isPrep(x, 'zwischen') || isPrep(x, 'between')) && (x.first > m.last ? x.first - m.last <= 4 : false) && x.members.length >= 2);
      if (b) return { slot, group: b, members: b.members.slice(0, 1) };
      return null;
    }
    case 'context':
      return null; // filled by the coder from the wider sentence
    default:
      if (slot.startsWith('pp:')) {
        const prep = slot.slice(3);
        g = f.groups.find((x) => x !== exclude && isPrep(x, prep) && (noun ? near(x) : inClause(f, x, m.clause) && (lang !== 'en' || x.first > m.last)));
        g ??= f.groups.find((x) => {
          const h = x === exclude ? null : phraseHead(f, x);
          return !!h && h !== 'core' && h.prep === prep && inClause(f, x, m.clause) && (!noun || (x.headTok > m.last && x.headTok - m.last <= 5));
        });
      }
  }
  return g ? { slot, group: g, members: g.members } : null;
}

/** The other side of a `between` group: everything after its first member. */
export function betweenRest(fill: SlotFill): SlotFill {
  return { slot: 'between', group: fill.group, members: fill.group.members.slice(1) };
}

export function fillSlots(f: SentenceFrame, m: TriggerMatch, slots: string[], lang: string, exclude: ActorGroup | null): SlotFill | null {
  for (const s of slots) {
    const fill = resolveSlot(f, m, s, lang, exclude);
    // As a target beside a source named elsewhere, "between Serbia and Kosovo" is both.
    if (fill && s === 'between' && exclude && exclude !== fill.group) return { ...fill, members: fill.group.members };
    if (fill) return fill;
  }
  return null;
}
