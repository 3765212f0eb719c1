// Everything the coder knows about one sentence: its clauses, actor groups and
// trigger candidates. Built once per sentence; the argument and status rules read it.
import type { Attribution, Token } from '../context.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { TriggerEntry } from '../../lang/lexicon.js';
import type { ActorMention, QuoteRecord, TimeRecord } from '../../model/analysis.js';
import { ADVERBIAL_EN_BIT, clauseIdArray, clauseWordBits, COMPLEMENTISER_BIT, splitClauses, type Clause, type ClauseCues } from './clauses.js';
import { actorItems, groupActors, type ActorGroup, type GroupCues } from './actor-groups.js';
import { KIND_BITS, kindBit, lengthBit, resolveCompounds, wordInfo, type EntryLists, type HitKind, type PhraseRule, type TriggerHit, type TriggerIndex, type WordInfo } from './trigger-index.js';
import { firstListWord, marksMatch, type WordList } from './clause-words.js';
import { activeKnowledgeBase } from '../actors.js';
import { derivedSets } from '../../kb/derived.js';
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
  infinitiveToo: boolean;
  refinedBy: string | null;
}

/**
 * Every trigger match is made here, refined ones too: one literal, so all matches share one hidden class and
 * the coder's many reads of them stay monomorphic (a spread copy `{ ...m, cameo }` gets a map of its own).
 */
function triggerMatch(
  entry: TriggerEntry, kind: HitKind, mood: TriggerMatch['mood'], tok: number, first: number, last: number, clause: number,
  cameo: string, infinitiveToo: boolean, refinedBy: string | null,
): TriggerMatch {
  return { entry, kind, mood, tok, first, last, clause, cameo, infinitiveToo, refinedBy };
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

/**
 * The trigger loop's state for one sentence: the index, each token's entry in it (offset by `from`; word
 * tokens looked up first, the others on demand), the actor-token marks and what the reading rules ask.
 */
interface FrameScan {
  index: TriggerIndex;
  infos: Array<WordInfo | null>;
  pack: LanguagePack;
  lang: string;
  /** 1 where a mention covers the whole token (offset by `from`), one zeroed slot past the end. */
  inActor: Uint8Array;
  /** The sentence's first word token. */
  first: number;
  /** Whether the sentence is in title case: -1 until asked. */
  titleCase: number;
}

/**
 * The first word of `words` (a `when`/`requires` list) in clause `c`: the word of the earliest token wins, then
 * list order. Each token's matching list words come from its word info, so a question is a walk over the few
 * clause tokens that match any list word (collected once per clause), not a search per list word.
 */
function clauseHas(f: SentenceFrame, scan: FrameScan, c: number, list: WordList): string | null {
  const clause = clauseById(f, c);
  if (!clause) return null;
  const hits = clause.listHits ??= listHitsOf(f, scan, clause);
  for (let i = 0; i < hits.length; i++) {
    const word = firstListWord(list, hits[i]);
    if (word !== null) return word;
  }
  return null;
}

/** A relative clause's object is often its antecedent: "die Hilfe, die Teheran Moskau leistet". */
function antecedentOf(f: SentenceFrame, clause: Clause): number {
  return clause.kind === 'rel' && clause.intro !== null && clause.intro - 2 >= f.from ? clause.intro - 2 : -1;
}

/** The list-word ids of the clause's tokens that match any, in token order (the antecedent first). */
function listHitsOf(f: SentenceFrame, scan: FrameScan, clause: Clause): Array<readonly number[]> {
  const hits: Array<readonly number[]> = [];
  const ante = antecedentOf(f, clause);
  if (ante >= 0) {
    const words = infoAt(f, scan, ante).listWords;
    if (words.length) hits.push(words);
  }
  const toks = clause.tokens;
  // A punctuation token (one mark, or "...") holds no letter or digit: it matches no list word unless a list
  // has such a word. (A symbol token may: "²a" is one.)
  const marks = marksMatch(scan.index.lists);
  for (let i = 0; i < toks.length; i++) {
    if (!marks && f.tokens[toks[i]].kind === 'punct') continue;
    const words = infoAt(f, scan, toks[i]).listWords;
    if (words.length) hits.push(words);
  }
  return hits;
}

/** Token k's word info: word tokens were looked up by the trigger loop, the others (numbers, marks) are here. */
function infoAt(f: SentenceFrame, scan: FrameScan, k: number): WordInfo {
  return scan.infos[k - f.from] ?? (scan.infos[k - f.from] = wordInfo(scan.index, f.tokens[k].norm));
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

/**
 * The best phrase of `rules` (anchored on token `tok`) whose other words and requirements the clause holds:
 * the one with the most words, then the widest span (the first such in rule order), or null.
 */
function bestPhrase(f: SentenceFrame, scan: FrameScan, tok: number, rules: PhraseRule[]): TriggerMatch | null {
  let best: TriggerMatch | null = null;
  const c = clauseOfTok(f, tok);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!particleHolds(f, tok, rule.particles[rule.anchor])) continue;
    const found = scan.lang === 'en' ? inOrder(f, tok, rule, c, scan.inActor) : anyOrder(f, tok, rule, c, scan.inActor);
    if (!found) continue;
    if (rule.lists.requires && !clauseHas(f, scan, c, rule.lists.requires)) continue;
    // A multi-word noun ("air strike") behaves as a noun; other phrases as verbs.
    const kind = rule.entry.pos === 'noun' ? 'noun' : 'phrase';
    const m = triggerMatch(rule.entry, kind, null, tok, found[0], found[1], c, rule.entry.cameo, false, null);
    if (best === null || longer(m, best)) best = m;
  }
  return best;
}

/** `m` reads more specifically than `best`: more words, or as many over a wider span. */
function longer(m: TriggerMatch, best: TriggerMatch): boolean {
  const d = wordCount(m) - wordCount(best);
  return d > 0 || (d === 0 && m.last - m.first > best.last - best.first);
}

/** English phrases keep their word order with at most two words between ("call on Russia", "carried the attack out"). */
function inOrder(f: SentenceFrame, tok: number, rule: PhraseRule, c: number, inActor: Uint8Array): [number, number] | null {
  // An actor's name between the words counts as one word: "took two British journalists into custody".
  let k = tok;
  for (let w = rule.anchor - 1; w >= 0; w--) {
    let hit = -1;
    for (let j = k - 1, gap = 0; j >= f.from && gap < 3 && clauseOfTok(f, j) === c; j--) {
      if (inActor[j - f.from]) { if (!inActor[j - 1 - f.from]) gap++; continue; }
      if (isForm(rule, w, f.tokens[j].norm)) { hit = j; break; }
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
      if (isForm(rule, w, f.tokens[j].norm)) { hit = j; break; }
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
      if (k !== tok && clauseOfTok(f, k) === c && !inActor[k - f.from] && (isForm(rule, w, f.tokens[k].norm) || (rule.nouns?.[w] && compoundOf(f.tokens[k], rule.words[w])))
        && particleHolds(f, k, rule.particles[w])) {
        ok = true; first = Math.min(first, k); last = Math.max(last, k);
        break;
      }
    }
    if (!ok) return null;
  }
  return [first, last];
}

/** `norm` is a form of the rule's word `w` (a form of another length is not: no hash lookup for it). */
function isForm(rule: PhraseRule, w: number, norm: string): boolean {
  return (rule.lengths[w] & lengthBit(norm.length)) !== 0 && rule.words[w].has(norm);
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
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
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
  // One index lookup per word token (a memo per word form) serves the trigger loop and every `when`/`requires` question.
  const infos = frameInfos(to - from);
  // A sentence without a single trigger word codes no event: no clauses, groups or actor spans are worked out.
  if (!lookUpWords(infos, tokens, from, to, pack, triggerIndex)) return triggerlessFrame(index, from, to, tokens);
  const { clauses, clauseOf } = splitClauses(tokens, from, to, pack, cues.clause, reportStarts, triggerIndex.takesComplement, clauseBits(infos, tokens, from, to));
  // The actor groups are set once the triggers are known (the trigger loop does not read them).
  const f: SentenceFrame = { index, from, to, tokens, clauses, clauseOf, groups: [], triggers: [], question: isQuestion(tokens, from, to), times: [], attributions: [], quotes: [] };
  const scan: FrameScan = {
    index: triggerIndex, infos, pack, lang: pack.lang, inActor: markActors(tokens, from, to, mentions), first: firstWord(f), titleCase: -1,
  };
  for (let k = from; k < to; k++) {
    if (tokens[k].kind === 'word' && !scan.inActor[k - from] && clauseOf[k - from] >= 0) triggerAt(f, scan, k);
  }
  // A phrase ("offered its condolences") supersedes the single-word triggers inside its span ("offered"),
  // and a longer phrase the shorter ones it overlaps ("failed to reach agreement" over "reach agreement").
  if (f.triggers.some(isPhrase)) f.triggers = withoutSuperseded(f.triggers);
  // Nothing reads the groups of a sentence without triggers (the coder skips it): only the others get theirs.
  if (f.triggers.length) f.groups = groupActors(tokens, from, actorItems(tokens, from, to, mentions), cues.group, scan.lang);
  return f;
}

let infoScratch: Array<WordInfo | null> = [];
/**
 * The sentence's word-info slots: one array reused across sentences (only the frame being built reads it:
 * `when`/`requires` answers are cached on the clauses as list-word ids, not as infos). `lookUpWords` writes
 * every slot of the sentence.
 */
function frameInfos(n: number): Array<WordInfo | null> {
  if (infoScratch.length < n) infoScratch = new Array<WordInfo | null>(2 * n).fill(null);
  return infoScratch;
}

let bitsScratch = new Int32Array(256);
/** Per token (offset by `from`), the `clauseWordBits` of a word, 0 for other tokens (reused across sentences). */
function clauseBits(infos: Array<WordInfo | null>, tokens: Token[], from: number, to: number): Int32Array {
  if (bitsScratch.length < to - from) bitsScratch = new Int32Array(2 * (to - from));
  const bits = bitsScratch;
  for (let k = from; k < to; k++) {
    const info = infos[k - from];
    bits[k - from] = info === null ? 0 : clauseFeats(info, tokens[k].norm) & (COMPLEMENTISER_BIT | ADVERBIAL_EN_BIT);
  }
  return bits;
}

/**
 * Looks up every word token's info (numbers and marks trigger nothing; `infoAt` looks them up when a
 * clause's list words are asked). Returns whether any word may trigger.
 */
function lookUpWords(infos: Array<WordInfo | null>, tokens: Token[], from: number, to: number, pack: LanguagePack, index: TriggerIndex): boolean {
  let anyTrigger = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') {
      infos[k - from] = null;
      continue;
    }
    const info = wordInfo(index, t.norm);
    infos[k - from] = info;
    if (!anyTrigger) anyTrigger = mayTrigger(t, info, pack, index);
  }
  return anyTrigger;
}

/**
 * The actor-token marks: a mention covering the whole token blocks triggers there ("rebels"); a prefix
 * ("NATO-Gipfel") does not. Every slot is written, and one past the end (the phrase matchers peek at k + 1).
 */
function markActors(tokens: Token[], from: number, to: number, mentions: ActorMention[]): Uint8Array {
  const inActor = actorMarks(to - from);
  let mi = 0;
  for (let k = from; k < to; k++) {
    const start = tokens[k].start;
    while (mi < mentions.length && mentions[mi].end <= start) mi++;
    inActor[k - from] = mi < mentions.length && mentions[mi].start <= start && mentions[mi].end >= tokens[k].end ? 1 : 0;
  }
  inActor[Math.max(0, to - from)] = 0;
  return inActor;
}

/** The trigger at word token k, if any: a phrase anchored there, else a single-word reading. */
function triggerAt(f: SentenceFrame, scan: FrameScan, k: number): void {
  const t = f.tokens[k];
  const info = scan.infos[k - f.from]!;
  const compound = scan.lang === 'de' && t.text[0] !== t.norm[0];
  if (compound) resolveCompounds(scan.pack, scan.index, t.norm, info);
  const rules = info.phrases ?? (compound ? info.compoundPhrases : undefined);
  if (rules) {
    const best = bestPhrase(f, scan, k, rules);
    if (best) {
      f.triggers.push(refine(f, scan, best, scan.index.entryLists.get(best.entry)));
      return;
    }
  }
  const hits = info.single ?? (compound ? info.compoundSingle : undefined);
  if (!hits?.length) return;
  if (scan.lang === 'de') singleTrigger(f, scan, k, germanReadings(hits, t, k === scan.first, f.tokens[k + 1], f.tokens[k - 1]));
  else englishTrigger(f, scan, k, hits);
}

/** The English readings of a trigger word: its neighbours rule verb, noun or adjective readings out. */
function englishTrigger(f: SentenceFrame, scan: FrameScan, k: number, all: TriggerHit[]): void {
  const t = f.tokens[k];
  // "shot down", "blew up": a particle after a verb trigger belongs to that verb (one phrasal reading).
  const verbBefore = f.triggers.length ? f.triggers[f.triggers.length - 1] : undefined;
  if ((readingFeats(scan.infos[k - f.from]!, t.norm) & F_PARTICLE) !== 0 && verbBefore && verbBefore.last === k - 1 && verbBefore.first === verbBefore.tok && isVerbKind(verbBefore.kind)) {
    verbBefore.last = k;
    return;
  }
  const from = f.from;
  let hits = englishReadings(f, scan, all, k, finiteBefore(f, scan, k));
  // "two shells", "several targets", "three close allies": after a number or quantity word the form is a plural noun.
  if (afterQuantity(f, scan, k)) hits = withoutPresentOrBase(hits, endsWithEd(t.norm));
  // "… carrying UN truce monitors.": a plural closing its clause right after a noun of a clause that already has its verb.
  else if (pluralClosingNounPhrase(f, scan, k)) hits = withoutPresentOrBase(hits, endsWithEd(t.norm));
  // "West Darfur State", "the Foreign Office": a capitalised word inside a sentence is part of a name, no verb
  // (unless the whole sentence is in title case, as headlines are).
  if (t.text[0] !== t.norm[0] && k !== scan.first && !titleCase(f, scan)) hits = only(hits, NOUN | ADJ);
  singleTrigger(f, scan, k, hits);
}

function titleCase(f: SentenceFrame, scan: FrameScan): boolean {
  if (scan.titleCase < 0) scan.titleCase = isTitleCase(f.tokens, f.from, f.to) ? 1 : 0;
  return scan.titleCase === 1;
}

/** The reading of `hits` that holds at token k, refined and added to the frame's triggers. */
function singleTrigger(f: SentenceFrame, scan: FrameScan, k: number, hits: TriggerHit[]): void {
  const hit = chooseHit(f, scan, k, hits);
  if (!hit) return;
  // "UN truce monitors.", "peace observers": a singular noun before a plural head closing its phrase modifies it.
  if (scan.lang === 'en' && hit.kind === 'noun' && !endsWithS(f.tokens[k].norm) && k + 1 < f.to && pluralClosingNounPhrase(f, scan, k + 1)) return;
  const infinitiveToo = hit.kind === 'fin' && hasInfinitive(hits, hit.entry);
  const m = triggerMatch(hit.entry, hit.kind, hit.mood, k, k, k, f.clauseOf[k - f.from], hit.entry.cameo, infinitiveToo, null);
  f.triggers.push(refine(f, scan, m, hit.lists));
}

/** The surface form is also the infinitive of the entry ("reisen"). */
function hasInfinitive(hits: TriggerHit[], entry: TriggerEntry): boolean {
  for (let i = 0; i < hits.length; i++) if (hits[i].entry === entry && hits[i].kind === 'inf') return true;
  return false;
}

/**
 * The triggers a phrase does not supersede: single words inside its span, and shorter spans it overlaps
 * (by word count). Phrases here are all spans over one token (a particle-extended verb too).
 */
function withoutSuperseded(triggers: TriggerMatch[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i];
    let superseded = false;
    for (let j = 0; j < triggers.length && !superseded; j++) {
      const p = triggers[j];
      if (!isPhrase(p)) continue;
      superseded = t.first !== t.last
        ? p !== t && p.first <= t.last && t.first <= p.last && wordCount(p) > wordCount(t)
        : p.first <= t.tok && t.tok <= p.last;
    }
    if (!superseded) out.push(t);
  }
  return out;
}

let marks = new Uint8Array(256);
/**
 * A scratch array for the sentence's actor-token marks (n + 1 slots), reused across sentences: only the
 * trigger loop reads it, while the frame is built, and `markActors` writes every slot it reads.
 */
function actorMarks(n: number): Uint8Array {
  if (marks.length < n + 1) marks = new Uint8Array(2 * (n + 1));
  return marks;
}

/** Whether the trigger loop could find anything at this word (it may still not: actors, readings, requirements). */
function mayTrigger(t: Token, info: WordInfo, pack: LanguagePack, index: TriggerIndex): boolean {
  if (info.single || info.phrases) return true;
  if (pack.lang !== 'de' || t.text[0] === t.norm[0]) return false;
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
 * The hits whose kind is in `keep` (a mask of `KIND_BITS`), but the very array when every hit stays — the
 * common case, and readings run per trigger word — so no copy is made. Hit lists are never mutated, so
 * sharing them is safe. (A mask, not a callback: one call site serving a dozen filters would be megamorphic.)
 */
function only(hits: TriggerHit[], keep: number): TriggerHit[] {
  let i = 0;
  while (i < hits.length && (hits[i].bit & keep) !== 0) i++;
  if (i === hits.length) return hits;
  const out = hits.slice(0, i);
  for (i++; i < hits.length; i++) if ((hits[i].bit & keep) !== 0) out.push(hits[i]);
  return out;
}

function wordCount(m: TriggerMatch): number {
  let n = 1;
  for (const ch of m.entry.lemma) if (ch === ' ') n++;
  return n;
}


/** German capitalises nouns: mid-sentence a capitalised word is no verb ("Reise"), a lower-case one no noun. */
function germanReadings(hits: TriggerHit[], t: Token, sentenceStart: boolean, next: Token | undefined, prev: Token | undefined): TriggerHit[] {
  const capital = t.text[0] !== t.norm[0];
  if (sentenceStart) return hits;
  const kept = only(hits, capital ? NOUN : ALL & ~NOUN);
  // "aus besetzten Gebieten": an inflected form before a noun is the participle used as an adjective.
  // ("Die Länder unterstützten Kiew" is a verb: a capitalised word before it is its subject.)
  const afterSubject = !!prev && prev.kind === 'word' && prev.text[0] !== prev.norm[0];
  if (!capital && !afterSubject && next && next.kind === 'word' && next.text[0] !== next.norm[0] && /(e|en|er|es|em)$/.test(t.norm)) {
    const participles = only(kept, PA2);
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
  demonyms = derivedSets(activeKnowledgeBase()).englishDemonyms as Set<string>;
  return demonyms;
}

/**
 * English words are nouns and verbs alike ("visit", "attack", "targets"): the words around decide where they can.
 * `prevFree`: the word before is not part of an actor name (so a lower-case adjective there is a plain modifier).
 */
function englishReadings(f: SentenceFrame, scan: FrameScan, hits: TriggerHit[], k: number, afterFinite: boolean): TriggerHit[] {
  // Named filters rather than closures per call, and the word classes of the token and its neighbours
  // from their per-form features: this runs per trigger word. (The neighbours may lie outside the sentence.)
  const t = f.tokens[k], prev = f.tokens[k - 1], next = f.tokens[k + 1];
  // `prevFree`: the word before is not part of an actor name (so a lower-case adjective there is a plain modifier).
  const prevFree = k > f.from && !scan.inActor[k - 1 - f.from];
  const ed = endsWithEd(t.norm);
  const tf = readingFeats(scan.infos[k - f.from]!, t.norm);
  const pf = prev ? featsAt(f, scan, k - 1) : 0;
  let keep: TriggerHit[] = hits;
  // "hit back", "fought back", "pushed back": after a past-tense verb a particle, not the verb "back" (support).
  if (prev && (tf & F_PARTICLE_AFTER_PAST) !== 0 && (pf & (F_ED | F_PAST_FORM)) !== 0) return only(hits, NOT_VERB);
  if (prev) {
    // The word before rules readings out: "the rebel …" is no verb, "will visit" no noun, "was attacked" a passive.
    if ((pf & F_PASSIVE_AUX) !== 0) keep = only(hits, PA2 | ING | NOT_VERB);
    else if ((pf & F_VERB_BEFORE) !== 0) keep = only(hits, ALL & ~NOT_VERB);
    // … but a gerund after "of" is a verb: "accused Iran of supplying drones".
    else if ((pf & F_NOUN_BEFORE) !== 0 || endsWithApostropheS(prev.text)) keep = only(hits, prev.norm === 'of' ? NOT_VERB | ING : NOT_VERB);
    // After an adjective a present-tense or base form is a plural or singular noun: "Israeli strikes", "medical supplies".
    else if (prev.kind === 'word' && (englishDemonyms().has(prev.norm) || (prevFree && prev.text === prev.norm && (pf & F_ADJECTIVE_ENDING) !== 0))) {
      keep = withoutPresentOrBase(hits, ed);
    }
  }
  const nf = next?.kind === 'word' ? featsAt(f, scan, k + 1) : 0;
  // "Angry farmers blocked …", "concerned citizens": an adjective before its noun describes, it states nothing.
  if (next?.kind === 'word' && (nf & F_ADJECTIVE_COMPLEMENT) === 0 && !(prev && (pf & (F_COPULA | F_LY)) !== 0)) {
    keep = only(keep, ALL & ~ADJ);
  }
  // "jets struck Hezbollah targets": a clause has one finite verb; after it, a present or base form is a noun.
  if (afterFinite) keep = withoutPresentOrBase(keep, ed);
  // "the shells continued", "medical supplies were seized": a form followed by a finite verb is its subject's head.
  if (next?.kind === 'word' && (nf & F_FINITE_AFTER) !== 0) keep = withoutPresentOrBase(keep, ed);
  return keep;
}

/** /['’]s$/ */
function endsWithApostropheS(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115 /* s */) return false;
  const c = text.charCodeAt(n - 2);
  return c === 39 /* ' */ || c === 0x2019 /* ’ */;
}

// Word classes of a form (`WordInfo.feats`), in two tiers worked out once per form: the clause splitter's
// (every word needs them) and the English reading rules' (asked of trigger words and their neighbours).
// A bit test per question then replaces a Set lookup or a regex per token.
const CLAUSE_TIER = 1 << 28;
const READING_TIER = 1 << 29;
const F_PARTICLE_AFTER_PAST = 1 << 2;
const F_PAST_FORM = 1 << 3;
const F_PASSIVE_AUX = 1 << 4;
const F_VERB_BEFORE = 1 << 5;
const F_NOUN_BEFORE = 1 << 6;
const F_ADJECTIVE_ENDING = 1 << 7;
const F_ADJECTIVE_COMPLEMENT = 1 << 8;
const F_COPULA = 1 << 9;
const F_LY = 1 << 10;
const F_FINITE_AFTER = 1 << 11;
const F_QUANTITY = 1 << 12;
const F_COMMON_ADJECTIVE = 1 << 13;
const F_FUNCTION_WORD = 1 << 14;
const F_VERB_PHRASE_START = 1 << 15;
const F_FINITE_FORM = 1 << 16;
const F_PARTICLE = 1 << 17;
const F_ED = 1 << 18;

function readingBits(norm: string): number {
  return (PARTICLE_AFTER_PAST.has(norm) ? F_PARTICLE_AFTER_PAST : 0)
    | (PAST_FORMS.has(norm) ? F_PAST_FORM : 0)
    | (PASSIVE_AUX.has(norm) ? F_PASSIVE_AUX : 0)
    | (VERB_BEFORE.has(norm) ? F_VERB_BEFORE : 0)
    | (NOUN_BEFORE.has(norm) ? F_NOUN_BEFORE : 0)
    | (ADJECTIVE_ENDING.test(norm) ? F_ADJECTIVE_ENDING : 0)
    | (ADJECTIVE_COMPLEMENT.has(norm) ? F_ADJECTIVE_COMPLEMENT : 0)
    | (COPULA.has(norm) ? F_COPULA : 0)
    | (/ly$/.test(norm) ? F_LY : 0)
    | (FINITE_AFTER.has(norm) ? F_FINITE_AFTER : 0)
    | (QUANTITY_WORDS.has(norm) ? F_QUANTITY : 0)
    | (COMMON_ADJECTIVES.has(norm) ? F_COMMON_ADJECTIVE : 0)
    | (FUNCTION_WORDS.has(norm) ? F_FUNCTION_WORD : 0)
    | (VERB_PHRASE_STARTS.has(norm) ? F_VERB_PHRASE_START : 0)
    | (finiteForm(norm) ? F_FINITE_FORM : 0)
    | (PARTICLES.has(norm) ? F_PARTICLE : 0)
    | (endsWithEd(norm) ? F_ED : 0);
}

/** The clause tier of the form's features (`clauseWordBits`), worked out on first use. */
function clauseFeats(info: WordInfo, norm: string): number {
  let feats = info.feats;
  if ((feats & CLAUSE_TIER) === 0) info.feats = feats = feats | CLAUSE_TIER | clauseWordBits(norm);
  return feats;
}

/** The reading tier of the form's features, worked out on first use. */
function readingFeats(info: WordInfo, norm: string): number {
  let feats = info.feats;
  if ((feats & READING_TIER) === 0) info.feats = feats = feats | READING_TIER | readingBits(norm);
  return feats;
}

/** The reading features of word token k of the sentence (its info is looked up already). */
function wordFeats(f: SentenceFrame, scan: FrameScan, k: number): number {
  return readingFeats(scan.infos[k - f.from]!, f.tokens[k].norm);
}

/** The reading features of any existing token k, in the sentence or not (a number or a mark, a neighbour sentence's token). */
function featsAt(f: SentenceFrame, scan: FrameScan, k: number): number {
  const t = f.tokens[k];
  const info = k >= f.from && k < f.to ? infoAt(f, scan, k) : wordInfo(scan.index, t.norm);
  return readingFeats(info, t.norm);
}

// Kind masks for `only` (see KIND_BITS).
const ALL = 0x3ff;
const NOUN = KIND_BITS.noun;
const ADJ = KIND_BITS.adj;
const PA2 = KIND_BITS.pa2;
const ING = KIND_BITS.ing;
/** English spells a present-tense or base verb form ("targets", "attack") like a noun: the readings that are no verb. */
const NOT_VERB = NOUN | ADJ;
const VERB_KINDS = KIND_BITS.fin | KIND_BITS.inf | KIND_BITS.pa2 | KIND_BITS.ing;

function isVerbKind(kind: HitKind): boolean {
  return (kindBit(kind) & VERB_KINDS) !== 0;
}

/** The hits that are no present-tense or base verb form (`presentOrBase`, with the token's "-ed" test given). */
function withoutPresentOrBase(hits: TriggerHit[], ed: boolean): TriggerHit[] {
  return only(hits, ed ? ALL & ~KIND_BITS.inf : ALL & ~(KIND_BITS.fin | KIND_BITS.inf));
}

/** /ed$/ (a char test: it runs per trigger word). */
function endsWithEd(norm: string): boolean {
  return norm.length >= 2 && norm.charCodeAt(norm.length - 1) === 100 /* d */ && norm.charCodeAt(norm.length - 2) === 101 /* e */;
}

/** /s$/ */
function endsWithS(norm: string): boolean {
  return norm.length >= 1 && norm.charCodeAt(norm.length - 1) === 115 /* s */;
}

const PARTICLE_AFTER_PAST = new Set(['back', 'down', 'off', 'out']);
/** Irregular English past forms that take particles ("hit back", "struck down", "shot down", "fought off"). */
const PAST_FORMS = new Set(['hit', 'fought', 'struck', 'shot', 'came', 'went', 'sent', 'set', 'cut', 'put', 'brought', 'held', 'took', 'gave', 'got', 'won', 'beat', 'threw', 'drove', 'ran', 'broke', 'bit', 'spoke', 'stood', 'fell', 'pulled']);

/** Adverb particles of phrasal verbs ("shot down", "blew up", "forced out", "hit back"); the lexicon's own phrases match first. */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back']);

const QUANTITY_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'fifty', 'hundred',
  'several', 'many', 'numerous', 'multiple', 'few', 'dozens', 'hundreds', 'thousands', 'scores', 'various', 'both']);
/** Adjectives that commonly stand between a number and its noun ("three close allies", "two new strikes"). */
const COMMON_ADJECTIVES = new Set(['close', 'key', 'main', 'senior', 'new', 'old', 'major', 'top', 'former', 'small', 'large', 'big', 'heavy', 'more',
  'other', 'further', 'separate', 'fresh', 'long', 'great', 'high', 'young', 'local', 'foreign', 'rival', 'last', 'powerful', 'deadly', 'major', 'minor', 'artillery', 'mortar', 'tank']);

/** A number or quantity word right before the token, or before one adjective ("two shells", "three close allies"). */
function afterQuantity(f: SentenceFrame, scan: FrameScan, k: number): boolean {
  const prev = f.tokens[k - 1];
  if (k - 1 < f.from || !prev) return false;
  if (isQuantity(f, scan, k - 1)) return true;
  return k - 2 >= f.from && prev.kind === 'word' && prev.text === prev.norm && (wordFeats(f, scan, k - 1) & (F_COMMON_ADJECTIVE | F_ADJECTIVE_ENDING)) !== 0
    && isQuantity(f, scan, k - 2);
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'as', 'if', 'when', 'while', 'because', 'that', 'which', 'who', 'it', 'he', 'she', 'they', 'we', 'this', 'these', 'those',
  'its', 'their', 'his', 'her', 'our', 'not', 'also', 'still', 'now', 'then', 'again', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'there', 'what', 'where', 'who', 'so']);

/** Token k (in the sentence) is a number or a quantity word. */
function isQuantity(f: SentenceFrame, scan: FrameScan, k: number): boolean {
  const t = f.tokens[k];
  return !!t && (t.kind === 'number' || (t.kind === 'word' && (wordFeats(f, scan, k) & F_QUANTITY) !== 0));
}

/** A finite verb form: a trigger or a word that can only be a past tense or auxiliary ("stopped", "shot", "has"). */
function looksFinite(f: SentenceFrame, scan: FrameScan, k: number): boolean {
  const t = f.tokens[k];
  if (t.kind !== 'word' || t.text[0] !== t.norm[0]) return false;
  return (wordFeats(f, scan, k) & F_FINITE_FORM) !== 0;
}

/** The form-only part of `looksFinite`. */
function finiteForm(norm: string): boolean {
  return IRREGULAR_PAST.has(norm) || (/[^e]ed$|ied$|eed$/.test(norm) && norm.length > 4) || AUXILIARIES.has(norm);
}
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does']);
const IRREGULAR_PAST = new Set(Object.values(IRREGULAR_VERBS).map((v) => v[0]));

/**
 * "stopped a convoy carrying UN truce monitors.": an -s form that closes its clause right after a noun
 * ("truce"), itself after a modifier (a name, a number, a gerund — not an article or a subordinator,
 * which would make the pair subject and verb: "as the fighting escalates"), in a clause whose finite
 * verb came earlier, is a plural noun.
 */
function pluralClosingNounPhrase(f: SentenceFrame, scan: FrameScan, k: number): boolean {
  const t = f.tokens[k];
  // /[^s]s$/
  const n = t.norm.length;
  if (n < 2 || t.norm.charCodeAt(n - 1) !== 115 || t.norm.charCodeAt(n - 2) === 115) return false;
  const next = f.tokens[k + 1];
  const c = f.clauseOf[k - f.from];
  if (next && next.kind === 'word' && f.clauseOf[k + 1 - f.from] === c) return false;
  const prev = f.tokens[k - 1], prev2 = f.tokens[k - 2];
  if (k - 2 < f.from || !prev || prev.kind !== 'word' || (wordFeats(f, scan, k - 1) & (F_FUNCTION_WORD | F_LY)) !== 0 || !prev2 || prev2.kind === 'punct') return false;
  if (prev2.kind === 'word' && (wordFeats(f, scan, k - 2) & (F_FUNCTION_WORD | F_VERB_PHRASE_START)) !== 0) return false;
  for (let j = k - 2; j >= f.from && f.clauseOf[j - f.from] === c; j--) {
    if (f.tokens[j].kind !== 'word') continue;
    if ((wordFeats(f, scan, j) & F_VERB_PHRASE_START) !== 0) return false;
    if (looksFinite(f, scan, j) || finiteTriggerAt(f, j)) return true;
  }
  return false;
}

function finiteTriggerAt(f: SentenceFrame, j: number): boolean {
  for (let i = 0; i < f.triggers.length; i++) if (f.triggers[i].tok === j && f.triggers[i].kind === 'fin') return true;
  return false;
}

const VERB_PHRASE_STARTS = new Set(['and', 'or', 'but', 'to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'that', 'who', 'which', 'while', 'as', 'after', 'before', 'when', 'if', 'unless', 'because', 'until']);

/** A finite verb trigger earlier in the token's clause with nothing between that could start a new verb phrase. */
function finiteBefore(f: SentenceFrame, scan: FrameScan, k: number): boolean {
  const clause = f.clauseOf[k - f.from];
  for (let i = f.triggers.length - 1; i >= 0; i--) {
    const m = f.triggers[i];
    if (m.clause !== clause || m.kind !== 'fin') continue;
    // "says Ukraine attacks …": a verb of saying or claiming may take a complement without "that".
    if (m.entry.speech || m.entry.embeds) return false;
    for (let j = m.last + 1; j < k; j++) {
      const t = f.tokens[j];
      if (t.kind !== 'word' || (wordFeats(f, scan, j) & F_VERB_PHRASE_START) !== 0) return false;
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
  const when = lists.when;
  for (let i = 0; i < when.length; i++) {
    const w = when[i];
    const word = clauseHas(f, scan, m.clause, w.near);
    if (word) return triggerMatch(m.entry, m.kind, m.mood, m.tok, m.first, m.last, m.clause, w.cameo, m.infinitiveToo, word);
  }
  return m;
}
