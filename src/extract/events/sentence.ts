// Everything the coder knows about one sentence: its clauses, actor groups and
// trigger candidates. Built once per sentence; the argument and status rules read it.
import type { Attribution, Token } from '../context.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { TriggerEntry } from '../../lang/lexicon.js';
import type { ActorMention, QuoteRecord, TimeRecord } from '../../model/analysis.js';
import { clauseIdArray, splitClauses, type Clause, type ClauseCues } from './clauses.js';
import { actorItems, groupActors, type ActorGroup, type GroupCues } from './actor-groups.js';
import { resolveCompounds, wordInfo, type EntryLists, type HitKind, type PhraseRule, type TriggerHit, type TriggerIndex, type WordInfo } from './trigger-index.js';
import { firstListWord, type WordList } from './clause-words.js';
import { activeKnowledgeBase } from '../actors.js';
import { IRREGULAR_VERBS } from '../../lang/en/irregular-verbs.js';

export interface TriggerMatch {
  entry: TriggerEntry;
  kind: HitKind;
  mood: 'ind' | 'kj1' | 'kj2' | null;
  /** Global token indices: the head token and the full matched span. */
  tok: number;
  first: number;
  last: number;
  clause: number;
  /** The CAMEO code after `when` refinements. */
  cameo: string;
  /** The surface form is also the infinitive of the entry ("reisen"): "wird … reisen" is a future. */
  infinitiveToo?: boolean;
  refinedBy: string | null;
}

export interface SentenceFrame {
  index: number;
  from: number;
  to: number;
  tokens: Token[];
  clauses: Clause[];
  /** Clause id per token (offset by `from`); -1 for quote marks and clause-cutting punctuation. */
  clauseOf: Int32Array;
  groups: ActorGroup[];
  triggers: TriggerMatch[];
  /** Sentence is a direct question. */
  question: boolean;
  /** The document's time expressions, attributions and quotes that overlap this sentence (set by the coder). */
  times: TimeRecord[];
  attributions: Attribution[];
  quotes: QuoteRecord[];
}

export interface FrameCues {
  clause: ClauseCues;
  group: GroupCues;
}

/** The clause with id `id` (ids are positions in `f.clauses`; the fallback keeps any other numbering correct). */
export function clauseById(f: SentenceFrame, id: number): Clause | undefined {
  const c = f.clauses[id];
  return c?.id === id ? c : f.clauses.find((x) => x.id === id);
}

export function clauseOfTok(f: SentenceFrame, tok: number): number {
  return f.clauseOf[tok - f.from];
}

/** What the trigger loop looked up for the sentence: the index and each token's entry in it (offset by `from`). */
interface FrameScan {
  index: TriggerIndex;
  infos: WordInfo[];
}

/**
 * The first word of `words` (a `when`/`requires` list) in clause `c`: the word of the earliest token wins, then
 * list order. Each token's matching list words come from its word info, so a question is a walk over the few
 * clause tokens that match any list word (collected once per clause), not a search per list word.
 */
function clauseHas(f: SentenceFrame, scan: FrameScan, c: number, list: WordList): string | null {
  const clause = clauseById(f, c);
  if (!clause) return null;
  const hits = clause.listHits ??= listHitsOf(f, scan.infos, clause);
  for (const matched of hits) {
    const word = firstListWord(list, matched);
    if (word !== null) return word;
  }
  return null;
}

/** A relative clause's object is often its antecedent: "die Hilfe, die Teheran Moskau leistet". */
function antecedentOf(f: SentenceFrame, clause: Clause): number {
  return clause.kind === 'rel' && clause.intro !== null && clause.intro - 2 >= f.from ? clause.intro - 2 : -1;
}

/** The list-word ids of the clause's tokens that match any, in token order (the antecedent first). */
function listHitsOf(f: SentenceFrame, infos: WordInfo[], clause: Clause): Array<readonly number[]> {
  const hits: Array<readonly number[]> = [];
  const ante = antecedentOf(f, clause);
  if (ante >= 0 && infos[ante - f.from].listWords.length) hits.push(infos[ante - f.from].listWords);
  for (const k of clause.tokens) if (infos[k - f.from].listWords.length) hits.push(infos[k - f.from].listWords);
  return hits;
}

/** A separable verb's particle closes its clause ("teilte … mit."), unlike the preposition ("teilt Daten mit der Ukraine"). */
function findParticle(f: SentenceFrame, tok: number, particle: string): boolean {
  const c = clauseOfTok(f, tok);
  for (let k = tok + 1; k < f.to; k++) {
    if (clauseOfTok(f, k) !== c || f.tokens[k].norm !== particle) continue;
    const next = f.tokens[k + 1];
    if (!next || next.kind !== 'word' || clauseOfTok(f, k + 1) !== c || CLAUSE_LINKS.has(next.norm)) return true;
  }
  return false;
}

const CLAUSE_LINKS = new Set(['und', 'oder', 'aber', 'sowie', 'sondern', 'denn']);

/** The phrases of `rules` (anchored on token `tok`) whose other words and requirements the clause holds. */
function phraseMatches(f: SentenceFrame, scan: FrameScan, tok: number, rules: PhraseRule[], inActor: Uint8Array, lang: string): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const c = clauseOfTok(f, tok);
  for (const rule of rules) {
    if (!particleHolds(f, tok, rule.particles[rule.anchor])) continue;
    const found = lang === 'en' ? inOrder(f, tok, rule, c, inActor) : anyOrder(f, tok, rule, c, inActor);
    if (!found) continue;
    if (rule.lists.requires && !clauseHas(f, scan, c, rule.lists.requires)) continue;
    // A multi-word noun ("air strike") behaves as a noun; other phrases as verbs.
    const kind = rule.entry.pos === 'noun' ? 'noun' : 'phrase';
    out.push({ entry: rule.entry, kind, mood: null, tok, first: found[0], last: found[1], clause: c, cameo: rule.entry.cameo, refinedBy: null });
  }
  return out;
}

/** English phrases keep their word order with at most two words between ("call on Russia", "carried the attack out"). */
function inOrder(f: SentenceFrame, tok: number, rule: PhraseRule, c: number, inActor: Uint8Array): [number, number] | null {
  // An actor's name between the words counts as one word: "took two British journalists into custody".
  let k = tok;
  for (let w = rule.anchor - 1; w >= 0; w--) {
    let hit = -1;
    for (let j = k - 1, gap = 0; j >= f.from && gap < 3 && clauseOfTok(f, j) === c; j--) {
      if (inActor[j - f.from]) { if (!inActor[j - 1 - f.from]) gap++; continue; }
      if (rule.words[w].has(f.tokens[j].norm)) { hit = j; break; }
      gap++;
    }
    if (hit < 0) return null;
    k = hit;
  }
  const first = k;
  k = tok;
  for (let w = rule.anchor + 1; w < rule.words.length; w++) {
    let hit = -1;
    for (let j = k + 1, gap = 0; j < f.to && gap < 3 && clauseOfTok(f, j) === c; j++) {
      if (inActor[j - f.from]) { if (!inActor[j + 1 - f.from]) gap++; continue; }
      if (rule.words[w].has(f.tokens[j].norm)) { hit = j; break; }
      gap++;
    }
    if (hit < 0) return null;
    k = hit;
  }
  return [first, k];
}

/** German phrases scatter over the clause (separable verbs, verb-final order): any order within eight words. */
function anyOrder(f: SentenceFrame, tok: number, rule: PhraseRule, c: number, inActor: Uint8Array): [number, number] | null {
  let first = tok, last = tok;
  for (let w = 0; w < rule.words.length; w++) {
    if (w === rule.anchor) continue;
    let ok = false;
    for (let k = Math.max(f.from, tok - 8); k < Math.min(f.to, tok + 9); k++) {
      // Words inside an actor name ("United States") are not words of a phrase ("unite against").
      if (k !== tok && clauseOfTok(f, k) === c && !inActor[k - f.from] && (rule.words[w].has(f.tokens[k].norm) || (rule.nouns?.[w] && compoundOf(f.tokens[k], rule.words[w])))
        && particleHolds(f, k, rule.particles[w])) {
        ok = true; first = Math.min(first, k); last = Math.max(last, k);
        break;
      }
    }
    if (!ok) return null;
  }
  return [first, last];
}

/** A detached separable-verb form matched at k has its particle later in the clause ("stellte … ein"). */
function particleHolds(f: SentenceFrame, k: number, particles: ReadonlyMap<string, string>): boolean {
  const particle = particles.size ? particles.get(f.tokens[k].norm) : undefined;
  return !particle || findParticle(f, k, particle);
}

/** A capitalised German compound ending in one of a phrase noun's forms ("Militärhilfe" for "Hilfe"). */
function compoundOf(t: Token, forms: ReadonlySet<string>): boolean {
  if (t.text[0] === t.norm[0] || t.norm.length < 7) return false;
  for (const form of forms) if (form.length >= 4 && t.norm.length >= form.length + 3 && t.norm.endsWith(form)) return true;
  return false;
}

function chooseHit(f: SentenceFrame, scan: FrameScan, tok: number, hits: TriggerHit[]): TriggerHit | null {
  const c = clauseOfTok(f, tok);
  let fallback: TriggerHit | null = null;
  // Specific readings first: a separable verb whose particle is present, an entry whose requirement holds.
  for (const h of hits) {
    if (h.particle && !findParticle(f, tok, h.particle)) continue;
    if (h.lists.requires && !clauseHas(f, scan, c, h.lists.requires)) continue;
    if (h.particle || h.entry.requires) return h;
    fallback ??= h;
  }
  return fallback;
}

export function buildFrame(
  index: number, from: number, to: number, tokens: Token[], mentions: ActorMention[], pack: LanguagePack,
  triggerIndex: TriggerIndex, cues: FrameCues, reportStarts: ReadonlySet<number>,
): SentenceFrame {
  const lang = pack.lang;
  // One index lookup per token (a memo per word form) serves the trigger loop and every `when`/`requires` question.
  const infos: WordInfo[] = new Array(Math.max(0, to - from)); // sized once: no regrowth per sentence
  let anyTrigger = false;
  for (let k = from; k < to; k++) {
    const info = wordInfo(triggerIndex, tokens[k].norm);
    infos[k - from] = info;
    if (!anyTrigger && tokens[k].kind === 'word') anyTrigger = mayTrigger(tokens[k], info, lang, pack, triggerIndex);
  }
  // A sentence without a single trigger word codes no event: no clauses, groups or actor spans are worked out.
  if (!anyTrigger) return triggerlessFrame(index, from, to, tokens);
  const scan: FrameScan = { index: triggerIndex, infos };
  const { clauses, clauseOf } = splitClauses(tokens, from, to, pack, cues.clause, reportStarts, triggerIndex.takesComplement);
  // The actor groups are set once the triggers are known (the trigger loop does not read them).
  const f: SentenceFrame = { index, from, to, tokens, clauses, clauseOf, groups: [], triggers: [], question: isQuestion(tokens, from, to), times: [], attributions: [], quotes: [] };
  const inActor = actorMarks(to - from);
  let mi = 0;
  for (let k = from; k < to; k++) {
    // A mention covering the whole token blocks triggers there ("rebels"); a prefix ("NATO-Gipfel") does not.
    while (mi < mentions.length && mentions[mi].end <= tokens[k].start) mi++;
    const m = mentions[mi];
    if (m && m.start <= tokens[k].start && m.end >= tokens[k].end) inActor[k - from] = 1;
  }
  const first = firstWord(f);
  let titleCase: boolean | undefined;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || inActor[k - from] || clauseOf[k - from] < 0) continue;
    const info = infos[k - from];
    const compound = lang === 'de' && t.text[0] !== t.norm[0];
    if (compound) resolveCompounds(pack, triggerIndex, t.norm, info);
    const rules = info.phrases ?? (compound ? info.compoundPhrases : undefined);
    if (rules) {
      const phrases = phraseMatches(f, scan, k, rules, inActor, lang);
      if (phrases.length) {
        const best = longest(phrases);
        f.triggers.push(refine(f, scan, best, triggerIndex.entryLists.get(best.entry)));
        continue;
      }
    }
    let hits = info.single ?? (compound ? info.compoundSingle : undefined);
    if (!hits?.length) continue;
    if (lang === 'de') hits = germanReadings(hits, t, k === first, tokens[k + 1], tokens[k - 1]);
    else {
      // "shot down", "blew up": a particle after a verb trigger belongs to that verb (one phrasal reading).
      const verbBefore = f.triggers.length ? f.triggers[f.triggers.length - 1] : undefined;
      if (PARTICLES.has(t.norm) && verbBefore && verbBefore.last === k - 1 && verbBefore.first === verbBefore.tok && VERB_KINDS.has(verbBefore.kind)) {
        verbBefore.last = k;
        continue;
      }
      hits = englishReadings(hits, t, tokens[k - 1], k > from && !inActor[k - 1 - from], tokens[k + 1], finiteBefore(f, k));
      // "two shells", "several targets", "three close allies": after a number or quantity word the form is a plural noun.
      if (afterQuantity(tokens, k, from)) hits = withoutPresentOrBase(hits, /ed$/.test(t.norm));
      // "… carrying UN truce monitors.": a plural closing its clause right after a noun of a clause that already has its verb.
      else if (pluralClosingNounPhrase(f, k)) hits = withoutPresentOrBase(hits, /ed$/.test(t.norm));
      // "West Darfur State", "the Foreign Office": a capitalised word inside a sentence is part of a name, no verb
      // (unless the whole sentence is in title case, as headlines are).
      if (t.text[0] !== t.norm[0] && k !== first && !(titleCase ??= isTitleCase(tokens, from, to))) hits = only(hits, nounOrAdjective);
    }
    const hit = chooseHit(f, scan, k, hits);
    if (!hit) continue;
    // "UN truce monitors.", "peace observers": a singular noun before a plural head closing its phrase modifies it.
    if (lang === 'en' && hit.kind === 'noun' && !/s$/.test(t.norm) && k + 1 < to && pluralClosingNounPhrase(f, k + 1)) continue;
    const infinitiveToo = hit.kind === 'fin' && hits.some((h) => h.entry === hit.entry && h.kind === 'inf');
    f.triggers.push(refine(f, scan, { entry: hit.entry, kind: hit.kind, mood: hit.mood, tok: k, first: k, last: k, clause: clauseOf[k - from], cameo: hit.entry.cameo, refinedBy: null, infinitiveToo }, hit.lists));
  }
  // A phrase ("offered its condolences") supersedes the single-word triggers inside its span ("offered"),
  // and a longer phrase the shorter ones it overlaps ("failed to reach agreement" over "reach agreement").
  if (f.triggers.some(isPhrase)) {
    const phrases = f.triggers.filter(isPhrase);
    f.triggers = f.triggers.filter((t) => t.first !== t.last
      ? !phrases.some((p) => p !== t && p.first <= t.last && t.first <= p.last && wordCount(p) > wordCount(t))
      : !phrases.some((p) => p.first <= t.tok && t.tok <= p.last));
  }
  // Nothing reads the groups of a sentence without triggers (the coder skips it): only the others get theirs.
  if (f.triggers.length) f.groups = groupActors(tokens, from, actorItems(tokens, from, to, mentions), cues.group, lang);
  return f;
}

let marks = new Uint8Array(256);
/**
 * A zeroed scratch array for the sentence's actor-token marks, reused across sentences (only the trigger loop
 * reads it, while the frame is built). One slot past the end is zeroed too: the phrase matchers peek at k + 1.
 */
function actorMarks(n: number): Uint8Array {
  if (marks.length < n + 1) marks = new Uint8Array(2 * (n + 1));
  else marks.fill(0, 0, n + 1);
  return marks;
}

/** Whether the trigger loop could find anything at this word (it may still not: actors, readings, requirements). */
function mayTrigger(t: Token, info: WordInfo, lang: string, pack: LanguagePack, index: TriggerIndex): boolean {
  if (info.single || info.phrases) return true;
  if (lang !== 'de' || t.text[0] === t.norm[0]) return false;
  resolveCompounds(pack, index, t.norm, info);
  return !!info.compoundPhrases?.length || !!info.compoundSingle?.length;
}

/** The sentence ends in a question mark (closing quotes and brackets aside). */
function isQuestion(tokens: Token[], from: number, to: number): boolean {
  let lastTok = to - 1;
  while (lastTok > from && tokens[lastTok].kind === 'punct' && tokens[lastTok].text !== '?') lastTok--;
  return tokens[lastTok]?.text === '?';
}

/** The frame of a sentence without trigger words: no triggers, and so no clauses or groups (nothing reads them). */
function triggerlessFrame(index: number, from: number, to: number, tokens: Token[]): SentenceFrame {
  return {
    index, from, to, tokens, clauses: [], clauseOf: clauseIdArray(Math.max(0, to - from)), groups: [], triggers: [],
    question: isQuestion(tokens, from, to), times: [], attributions: [], quotes: [],
  };
}

function isPhrase(m: TriggerMatch): boolean {
  return m.first !== m.last;
}

/**
 * `hits.filter(keep)`, but the very array when every hit stays — the common case, and readings run per
 * trigger word — so no copy is made. Hit lists are never mutated, so sharing them is safe.
 */
function only(hits: TriggerHit[], keep: (h: TriggerHit) => boolean): TriggerHit[] {
  let i = 0;
  while (i < hits.length && keep(hits[i])) i++;
  if (i === hits.length) return hits;
  const out = hits.slice(0, i);
  for (i++; i < hits.length; i++) if (keep(hits[i])) out.push(hits[i]);
  return out;
}

function wordCount(m: TriggerMatch): number {
  let n = 1;
  for (const ch of m.entry.lemma) if (ch === ' ') n++;
  return n;
}

/** The phrase with the most words, then the widest span: the most specific reading. */
function longest(ms: TriggerMatch[]): TriggerMatch {
  let best = ms[0];
  for (const m of ms) {
    const d = wordCount(m) - wordCount(best);
    if (d > 0 || (d === 0 && m.last - m.first > best.last - best.first)) best = m;
  }
  return best;
}

/** German capitalises nouns: mid-sentence a capitalised word is no verb ("Reise"), a lower-case one no noun. */
function germanReadings(hits: TriggerHit[], t: Token, sentenceStart: boolean, next: Token | undefined, prev: Token | undefined): TriggerHit[] {
  const capital = t.text[0] !== t.norm[0];
  if (sentenceStart) return hits;
  const kept = only(hits, capital ? isNoun : notNoun);
  // "aus besetzten Gebieten": an inflected form before a noun is the participle used as an adjective.
  // ("Die Länder unterstützten Kiew" is a verb: a capitalised word before it is its subject.)
  const afterSubject = !!prev && prev.kind === 'word' && prev.text[0] !== prev.norm[0];
  if (!capital && !afterSubject && next && next.kind === 'word' && next.text[0] !== next.norm[0] && /(e|en|er|es|em)$/.test(t.norm)) {
    const participles = only(kept, isParticiple);
    if (participles.length) return participles;
  }
  return kept;
}

const VERB_BEFORE = new Set(['will', 'would', 'to', 'could', 'may', 'might', 'shall', 'should', 'must', 'can', 'did', 'does', 'do', 'not', "didn't", "won't", 'cannot', 'also', 'they', 'we', 'he', 'she', 'it']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got', 'get', 'gets']);
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'of', 'new', 'further', 'first', 'recent']);

/** Words after which an English "-s" or base form is the subject's head noun: "the shells continued", "supplies were". */
const FINITE_AFTER = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'continued', 'continue', 'remain', 'remained', 'remains']);
/** Lower-case adjective endings: "medical supplies", "military targets", "chemical attacks", "massive strikes". */
const ADJECTIVE_ENDING = /(al|ic|ive|ous|ary|ful|less|ern|ish|ese|ian)$/;

/** What follows a predicative adjective ("concerned about", "willing to", "critical of", "angry that"). */
const ADJECTIVE_COMPLEMENT = new Set(['to', 'that', 'about', 'over', 'with', 'by', 'at', 'of', 'in', 'for', 'on', 'and', 'but', 'as', 'if', 'whether', 'than']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'became', 'become', 'becomes', 'grew', 'grow', 'feel', 'feels', 'felt', 'look', 'looked', 'sounded', 'stay', 'stayed', 'more', 'most', 'very', 'so', 'too', 'not']);

let demonyms: Set<string> | null = null;
/**
 * English adjectives of states and groups ("Israeli", "Houthi", "Kurdish"): before them a word is a noun
 * ("Israeli strikes", "Houthi targets"), while after a name it may be a verb ("Iran targets dissidents").
 */
/**
 * A mention that is an adjective of a state or group ("russischen", "Israeli", "US-"): German adjectives are
 * lower-case, English ones are the knowledge base's adjective forms.
 */
export function isAdjectiveMention(text: string, lang: string): boolean {
  if (lang === 'de') return text[0] !== undefined && text[0] === text[0].toLowerCase() && text[0] !== text[0].toUpperCase();
  return englishDemonyms().has(text.toLowerCase());
}

function englishDemonyms(): Set<string> {
  if (demonyms) return demonyms;
  demonyms = new Set();
  for (const e of activeKnowledgeBase().entities) {
    for (const v of e.names) {
      if ((v.lang !== 'en' && v.lang !== null) || v.text.includes(' ')) continue;
      if (v.form === 'adj' || (e.type === 'group' && /(i|ian|ese|ish)$/.test(v.text))) demonyms.add(v.text.toLowerCase());
    }
  }
  return demonyms;
}

/**
 * English words are nouns and verbs alike ("visit", "attack", "targets"): the words around decide where they can.
 * `prevFree`: the word before is not part of an actor name (so a lower-case adjective there is a plain modifier).
 */
function englishReadings(hits: TriggerHit[], t: Token, prev: Token | undefined, prevFree: boolean, next: Token | undefined, afterFinite: boolean): TriggerHit[] {
  // Named filters rather than closures per call, and the token's "-ed" test made once: this runs per trigger word.
  const ed = /ed$/.test(t.norm);
  let keep: TriggerHit[] = hits;
  // "hit back", "fought back", "pushed back": after a past-tense verb a particle, not the verb "back" (support).
  if (prev && PARTICLE_AFTER_PAST.has(t.norm) && (/ed$/.test(prev.norm) || PAST_FORMS.has(prev.norm))) return only(hits, notVerb);
  if (prev) {
    // The word before rules readings out: "the rebel …" is no verb, "will visit" no noun, "was attacked" a passive.
    if (PASSIVE_AUX.has(prev.norm)) keep = only(hits, passiveReading);
    else if (VERB_BEFORE.has(prev.norm)) keep = only(hits, isVerb);
    // … but a gerund after "of" is a verb: "accused Iran of supplying drones".
    else if (NOUN_BEFORE.has(prev.norm) || /['’]s$/.test(prev.text)) keep = only(hits, prev.norm === 'of' ? notVerbOrGerund : notVerb);
    // After an adjective a present-tense or base form is a plural or singular noun: "Israeli strikes", "medical supplies".
    else if (prev.kind === 'word' && (englishDemonyms().has(prev.norm) || (prevFree && prev.text === prev.norm && ADJECTIVE_ENDING.test(prev.norm)))) {
      keep = withoutPresentOrBase(hits, ed);
    }
  }
  // "Angry farmers blocked …", "concerned citizens": an adjective before its noun describes, it states nothing.
  if (next?.kind === 'word' && !ADJECTIVE_COMPLEMENT.has(next.norm) && !(prev && (COPULA.has(prev.norm) || /ly$/.test(prev.norm)))) {
    keep = only(keep, notAdjective);
  }
  // "jets struck Hezbollah targets": a clause has one finite verb; after it, a present or base form is a noun.
  if (afterFinite) keep = withoutPresentOrBase(keep, ed);
  // "the shells continued", "medical supplies were seized": a form followed by a finite verb is its subject's head.
  if (next?.kind === 'word' && FINITE_AFTER.has(next.norm)) keep = withoutPresentOrBase(keep, ed);
  return keep;
}

function isNoun(h: TriggerHit): boolean {
  return h.kind === 'noun';
}
function notNoun(h: TriggerHit): boolean {
  return h.kind !== 'noun';
}
function isParticiple(h: TriggerHit): boolean {
  return h.kind === 'pa2';
}
/** English spells a present-tense or base verb form ("targets", "attack") like a noun: these filters rule readings out. */
function isVerb(h: TriggerHit): boolean {
  return h.kind !== 'noun' && h.kind !== 'adj';
}
function notVerb(h: TriggerHit): boolean {
  return !isVerb(h);
}
function passiveReading(h: TriggerHit): boolean {
  return h.kind === 'pa2' || h.kind === 'ing' || !isVerb(h);
}
function notVerbOrGerund(h: TriggerHit): boolean {
  return !isVerb(h) || h.kind === 'ing';
}
function notAdjective(h: TriggerHit): boolean {
  return h.kind !== 'adj';
}
function nounOrAdjective(h: TriggerHit): boolean {
  return h.kind === 'noun' || h.kind === 'adj';
}

/** The hits that are no present-tense or base verb form (`presentOrBase`, with the token's "-ed" test given). */
function withoutPresentOrBase(hits: TriggerHit[], ed: boolean): TriggerHit[] {
  return only(hits, ed ? notBase : notPresentOrBase);
}
function notBase(h: TriggerHit): boolean {
  return h.kind !== 'inf';
}
function notPresentOrBase(h: TriggerHit): boolean {
  return h.kind !== 'fin' && h.kind !== 'inf';
}

const PARTICLE_AFTER_PAST = new Set(['back', 'down', 'off', 'out']);
/** Irregular English past forms that take particles ("hit back", "struck down", "shot down", "fought off"). */
const PAST_FORMS = new Set(['hit', 'fought', 'struck', 'shot', 'came', 'went', 'sent', 'set', 'cut', 'put', 'brought', 'held', 'took', 'gave', 'got', 'won', 'beat', 'threw', 'drove', 'ran', 'broke', 'bit', 'spoke', 'stood', 'fell', 'pulled']);

/** Adverb particles of phrasal verbs ("shot down", "blew up", "forced out", "hit back"); the lexicon's own phrases match first. */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back']);
const VERB_KINDS = new Set(['fin', 'inf', 'pa2', 'ing']);

const QUANTITY_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'fifty', 'hundred',
  'several', 'many', 'numerous', 'multiple', 'few', 'dozens', 'hundreds', 'thousands', 'scores', 'various', 'both']);
/** Adjectives that commonly stand between a number and its noun ("three close allies", "two new strikes"). */
const COMMON_ADJECTIVES = new Set(['close', 'key', 'main', 'senior', 'new', 'old', 'major', 'top', 'former', 'small', 'large', 'big', 'heavy', 'more',
  'other', 'further', 'separate', 'fresh', 'long', 'great', 'high', 'young', 'local', 'foreign', 'rival', 'last', 'powerful', 'deadly', 'major', 'minor', 'artillery', 'mortar', 'tank']);

/** A number or quantity word right before the token, or before one adjective ("two shells", "three close allies"). */
function afterQuantity(tokens: Token[], k: number, from: number): boolean {
  const isQuantity = (t: Token | undefined) => !!t && (t.kind === 'number' || (t.kind === 'word' && QUANTITY_WORDS.has(t.norm)));
  const prev = tokens[k - 1];
  if (k - 1 < from || !prev) return false;
  if (isQuantity(prev)) return true;
  return k - 2 >= from && prev.kind === 'word' && prev.text === prev.norm && (COMMON_ADJECTIVES.has(prev.norm) || ADJECTIVE_ENDING.test(prev.norm)) && isQuantity(tokens[k - 2]);
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'as', 'if', 'when', 'while', 'because', 'that', 'which', 'who', 'it', 'he', 'she', 'they', 'we', 'this', 'these', 'those',
  'its', 'their', 'his', 'her', 'our', 'not', 'also', 'still', 'now', 'then', 'again', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'there', 'what', 'where', 'who', 'so']);

/** A finite verb form: a trigger or a word that can only be a past tense or auxiliary ("stopped", "shot", "has"). */
function looksFinite(f: SentenceFrame, k: number): boolean {
  const t = f.tokens[k];
  if (t.kind !== 'word' || t.text[0] !== t.norm[0]) return false;
  return IRREGULAR_PAST.has(t.norm) || (/[^e]ed$|ied$|eed$/.test(t.norm) && t.norm.length > 4) || AUXILIARIES.has(t.norm);
}
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does']);
const IRREGULAR_PAST = new Set(Object.values(IRREGULAR_VERBS).map((v) => v[0]));

/**
 * "stopped a convoy carrying UN truce monitors.": an -s form that closes its clause right after a noun
 * ("truce"), itself after a modifier (a name, a number, a gerund — not an article or a subordinator,
 * which would make the pair subject and verb: "as the fighting escalates"), in a clause whose finite
 * verb came earlier, is a plural noun.
 */
function pluralClosingNounPhrase(f: SentenceFrame, k: number): boolean {
  const t = f.tokens[k];
  if (!/[^s]s$/.test(t.norm)) return false;
  const next = f.tokens[k + 1];
  const c = f.clauseOf[k - f.from];
  if (next && next.kind === 'word' && f.clauseOf[k + 1 - f.from] === c) return false;
  const prev = f.tokens[k - 1], prev2 = f.tokens[k - 2];
  if (k - 2 < f.from || !prev || prev.kind !== 'word' || FUNCTION_WORDS.has(prev.norm) || /ly$/.test(prev.norm) || !prev2 || prev2.kind === 'punct') return false;
  if (prev2.kind === 'word' && (FUNCTION_WORDS.has(prev2.norm) || VERB_PHRASE_STARTS.has(prev2.norm))) return false;
  for (let j = k - 2; j >= f.from && f.clauseOf[j - f.from] === c; j--) {
    if (f.tokens[j].kind !== 'word') continue;
    if (VERB_PHRASE_STARTS.has(f.tokens[j].norm)) return false;
    if (looksFinite(f, j) || f.triggers.some((m) => m.tok === j && m.kind === 'fin')) return true;
  }
  return false;
}

const VERB_PHRASE_STARTS = new Set(['and', 'or', 'but', 'to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'that', 'who', 'which', 'while', 'as', 'after', 'before', 'when', 'if', 'unless', 'because', 'until']);

/** A finite verb trigger earlier in the token's clause with nothing between that could start a new verb phrase. */
function finiteBefore(f: SentenceFrame, k: number): boolean {
  const clause = f.clauseOf[k - f.from];
  for (let i = f.triggers.length - 1; i >= 0; i--) {
    const m = f.triggers[i];
    if (m.clause !== clause || m.kind !== 'fin') continue;
    // "says Ukraine attacks …": a verb of saying or claiming may take a complement without "that".
    if (m.entry.speech || m.entry.embeds) return false;
    for (let j = m.last + 1; j < k; j++) {
      const t = f.tokens[j];
      if (t.kind !== 'word' || VERB_PHRASE_STARTS.has(t.norm)) return false;
    }
    return true;
  }
  return false;
}

/** Headline style: most longer words capitalised ("Russia Attacks Ukrainian Ports"). */
function isTitleCase(tokens: Token[], from: number, to: number): boolean {
  let words = 0, caps = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.text[0] !== t.norm[0]) caps++;
  }
  return words > 0 && caps / words > 0.6;
}

function firstWord(f: SentenceFrame): number {
  for (let k = f.from; k < f.to; k++) if (f.tokens[k].kind === 'word') return k;
  return f.from;
}

/** The first `when` refinement whose words the trigger's clause holds (`lists`: the entry's, compiled). */
function refine(f: SentenceFrame, scan: FrameScan, m: TriggerMatch, lists: EntryLists | undefined): TriggerMatch {
  if (!lists?.when) return m;
  for (const w of lists.when) {
    const word = clauseHas(f, scan, m.clause, w.near);
    if (word) return { ...m, cameo: w.cameo, refinedBy: word };
  }
  return m;
}
