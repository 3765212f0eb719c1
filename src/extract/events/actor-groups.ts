// Actor phrases of a sentence: actor mentions grouped by coordination
// ("China, Nordkorea und Iran") and labelled with their syntactic role relative
// to the words around them (preposition, possessor, genitive, core argument).
import type { ActorMention } from '../../model/analysis.js';
import type { Token } from '../context.js';
import { isBareSector } from '../actors/keys.js';

export interface ActorItem {
  mention: ActorMention;
  /** First and last global token index covered by the mention. */
  tok: number;
  tokEnd: number;
}


export interface ActorGroup {
  members: ActorItem[];
  /** First and last global token index of the group. */
  first: number;
  last: number;
  /** Canonical preposition governing the group's noun phrase ("für Russlands Kriegswirtschaft" → für), or null. */
  prep: string | null;
  /** Token index of the governing preposition, or -1. */
  prepTok: number;
  /** Possessor of the noun right after it: "Pekings Hilfe", "Russia's support". */
  poss: boolean;
  /** German genitive after a noun: "Hilfe Chinas", "Besuch des Präsidenten". */
  gen: boolean;
  /** For genitives and of-phrases: the noun they attach to, and the preposition governing that noun. */
  headTok: number;
  headPrep: string | null;
  /** Core groups preceded by an accusative/dative article ("den", "dem"): unlikely subjects. */
  oblique: boolean;
}

export interface GroupCues {
  prepositions: Readonly<Record<string, string>>;
  determiners: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
}

const OBLIQUE_ARTICLES = new Set(['den', 'dem', 'einem', 'einen']);
/** Person kinds outrank role descriptions when two mentions sit side by side ("US-Außenminister Antony Blinken"). */
const KIND_RANK: Record<string, number> = { person: 5, igo: 4, group: 4, media: 4, government: 3, state: 2, region: 1, role: 1, location: 0, other: 0 };

function tokenAt(tokens: Token[], from: number, to: number, offset: number): number {
  let lo = from, hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

const OWNABLE_SECTORS = new Set(['GOV', 'MIL', 'REB', 'COP', 'OPP', 'LEG', 'JUD', 'SPY', 'INS', 'REF', 'CVL', 'EDU', 'LAB', 'AGR']);
/** Groups that act inside their own country: the opposition, civilians, students, workers, farmers. */
const DOMESTIC_SECTORS = new Set(['OPP', 'CVL', 'EDU', 'LAB', 'AGR']);
/** Sectors owned only by a state named before them or by the government they confront (often sector words of other nouns). */
const NEWLY_OWNABLE = new Set(['EDU', 'LAB', 'AGR']);

/**
 * An ownerless role ("President Omar El Bashir", "the rebels") takes the country of the sentence when exactly
 * one country is named there outside a prepositional argument ("… in Sudan" counts, "… against Russia" does not).
 */
function sentenceOwner(tokens: Token[], from: number, to: number, mentions: ActorMention[], role: ActorMention, quoted: QuoteParity): string | null {
  let owner: string | null = null;
  // "„Die Taiwan-Frage …“, sagte ein Sprecher": a country quoted is not the speaker's.
  const roleQuoted = quoted.inside(tokenAt(tokens, from, to, role.start));
  for (const m of mentions) {
    const k = tokenAt(tokens, from, to, m.start);
    if (quoted.inside(k) !== roleQuoted) continue;
    // The owner is named before the role, or as the place of the sentence ("… in Sudan"); a domestic group's
    // owner also as the government or leader it confronts ("opposition supporters demanded reforms from
    // President Museveni's government").
    const confronted = DOMESTIC_SECTORS.has(role.code) && (m.kind === 'person' || m.kind === 'government' || m.code.endsWith('GOV'));
    if (m.start > role.start && !confronted && (NEWLY_OWNABLE.has(role.code) || !PLACE_IN.has(tokens[k - 1]?.norm ?? ''))) continue;
    // Diplomats serve abroad: "the new ambassador arrived in Tokyo" is no Japanese ambassador.
    if (m.start > role.start && role.rule.startsWith('kb.role.diplomat')) continue;
    // Students, workers and farmers belong to a state, not to an armed group named beside them ("Boko Haram kidnapped students").
    if (NEWLY_OWNABLE.has(role.code) && m.kind === 'group') continue;
    // Any country-coded mention names the country ("Rebels in the Ivory Coast" → CIV); IGOs, regions, media do not.
    if (isBareSector(m.code) || m.code.startsWith('IGO') || m.kind === 'region' || m.kind === 'media' || !/^[A-Z]{3}/.test(m.code)) continue;
    const prev = tokens[k - 1]?.norm ?? '';
    if (NOT_OWNER_PREPS.has(prev)) continue;
    const c = m.code.slice(0, 3);
    if (owner && owner !== c) return null;
    owner = c;
  }
  return owner;
}

const PLACE_IN = new Set(['in', 'im']);
/** Prepositions before a country that make it the role's counterpart, not its owner. */
const NOT_OWNER_PREPS = new Set(['against', 'to', 'with', 'on', 'gegen', 'mit', 'nach', 'an', 'auf', 'from', 'aus']);

// Unlike the clause splitter's set, no '‘': English opens single quotes with it but closes with '’',
// the apostrophe, which a parity count cannot pair.
const QUOTE_MARKS = new Set(['"', '„', '“', '”', '»', '«', '‚']);

/**
 * Whether token k stands inside a quotation of its sentence: an odd number of quotation marks before it.
 * The parities are counted once per sentence, when a role first asks (roles × mentions would rescan).
 */
class QuoteParity {
  private odd: Uint8Array | null = null;
  constructor(private readonly tokens: Token[], private readonly from: number, private readonly to: number) {}

  inside(k: number): boolean {
    if (!this.odd) {
      const odd = new Uint8Array(this.to - this.from + 1);
      let marks = 0;
      for (let i = this.from; i < this.to; i++) {
        odd[i - this.from] = marks & 1;
        const t = this.tokens[i];
        if (t.kind === 'punct' && QUOTE_MARKS.has(t.text)) marks++;
      }
      odd[this.to - this.from] = marks & 1;
      this.odd = odd;
    }
    return this.odd[k - this.from] === 1;
  }
}

/** Actor mentions of the sentence [from, to) as items, adjacent mentions of one entity merged. */
export function actorItems(tokens: Token[], from: number, to: number, mentions: ActorMention[]): ActorItem[] {
  const items: ActorItem[] = [];
  let quoted: QuoteParity | null = null;
  for (let m of mentions) {
    if (isBareSector(m.code)) {
      // A titled person ("President Omar El Bashir") or a state role ("the rebels", "security forces")
      // borrows the sentence's only country; watchdogs, media and the like are too often foreign.
      if (m.kind !== 'person' && !OWNABLE_SECTORS.has(m.code)) continue;
      const owner = sentenceOwner(tokens, from, to, mentions, m, (quoted ??= new QuoteParity(tokens, from, to)));
      if (!owner) continue;
      m = ownedMention(m, owner);
    }
    const tok = tokenAt(tokens, from, to, m.start);
    const tokEnd = tokenAt(tokens, from, to, Math.max(m.start, m.end - 1));
    const prev = items[items.length - 1];
    // Side by side with nothing between ("US-Außenminister Antony Blinken", "NATO-Generalsekretär Jens Stoltenberg"):
    // one entity; keep the more specific mention. Two mentions inside one hyphenated token stay apart.
    const titled = prev && (prev.mention.kind === 'role' || m.kind === 'role' || prev.mention.kind === 'person' || m.kind === 'person' || prev.mention.code === m.code);
    // "Bosnian Serbs", "Kosovar Albanians": a people named by where they live is of that country.
    const ethnic = prev && prev.mention.kind === 'state' && m.kind === 'state' && /(an|ese|ish|ic|i)$/.test(prev.mention.text) && /s$/.test(m.text);
    if (prev && ethnic && tok === prev.tokEnd + 1 && tokens[tok].spaceBefore) {
      prev.tokEnd = tokenAt(tokens, from, to, Math.max(m.start, m.end - 1));
      continue;
    }
    if (prev && titled && tok > prev.tokEnd && tok === prev.tokEnd + 1 && tokens[tok].spaceBefore) {
      if ((KIND_RANK[m.kind] ?? 0) > (KIND_RANK[prev.mention.kind] ?? 0)) items[items.length - 1] = { mention: m, tok: prev.tok, tokEnd };
      else prev.tokEnd = tokEnd;
      continue;
    }
    items.push({ mention: m, tok, tokEnd });
  }
  return items;
}

/**
 * The mention with its owner's country, as a literal in the actor stage's key order rather than a spread: a
 * spread copy gets a hidden class of its own, and every rule reading `item.mention` would see two shapes.
 */
function ownedMention(m: ActorMention, owner: string): ActorMention {
  return { start: m.start, end: m.end, text: m.text, code: owner + m.code, name: m.name, kind: m.kind, rule: m.rule + '+rule.sentence-country' };
}

const QUANTITY = /^(\d[\d.,]*|dozens|hundreds|thousands|tens|millions|scores|dutzende|hunderte|tausende|zehntausende|hunderttausende|millionen|group|groups|gruppe|many|some|most|all|several|number)$/;

function onlyDeterminers(tokens: Token[], from: number, to: number, cues: GroupCues): boolean {
  for (let k = from; k < to; k++) if (!cues.determiners.has(tokens[k].norm)) return false;
  return true;
}

/** "von [den] äthiopischen Soldaten": determiners and lower-case inflected adjectives only. */
function onlyInflectedAdjectives(tokens: Token[], from: number, to: number, cues: GroupCues): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!cues.determiners.has(t.norm) && !(isLowerWord(t) && /(e|en|er|em|es)$/.test(t.norm))) return false;
  }
  return true;
}

function isLowerWord(t: Token): boolean {
  return t.kind === 'word' && t.text[0] === t.norm[0];
}

/** Groups coordinated items and labels each group's role. */
export function groupActors(tokens: Token[], from: number, items: ActorItem[], cues: GroupCues, lang: string): ActorGroup[] {
  const groups: ActorGroup[] = [];
  for (const item of items) {
    const g = groups[groups.length - 1];
    if (g && joinsGroup(tokens, g.last, item.tok, cues)) {
      g.members.push(item);
      g.last = item.tokEnd;
      continue;
    }
    groups.push({ members: [item], first: item.tok, last: item.tokEnd, prep: null, prepTok: -1, poss: false, gen: false, headTok: -1, headPrep: null, oblique: false });
  }
  const checked: ActorGroup[] = [];
  for (const g of groups) {
    if (g.members.length > 1 && !hasCoordinator(tokens, g, cues)) splitGroup(g, checked);
    else checked.push(g);
  }
  const preps = prepositionMap(cues);
  for (const g of checked) labelRole(tokens, from, g, cues, preps, lang);
  return checked;
}

const prepositionMaps = new WeakMap<GroupCues, ReadonlyMap<string, string>>();

/**
 * The cue preposition table as a Map, built once per cue set: a keyed lookup on a large plain object is a
 * dictionary probe (and would find inherited names such as "constructor").
 */
function prepositionMap(cues: GroupCues): ReadonlyMap<string, string> {
  let map = prepositionMaps.get(cues);
  if (!map) {
    map = new Map(Object.entries(cues.prepositions));
    prepositionMaps.set(cues, map);
  }
  return map;
}

/** "China, Nordkorea und Iran" is a list; "Kyiv, Russian forces" or "Miller, der Sprecher" is not. */
function hasCoordinator(tokens: Token[], g: ActorGroup, cues: GroupCues): boolean {
  for (let k = g.first; k <= g.last; k++) if (cues.coordinators.has(tokens[k].norm)) return true;
  // Two mentions in one hyphenated token ("russisch-iranisch") are joined by the hyphen.
  return g.members.every((it) => it.tok === g.members[0].tok);
}

function splitGroup(g: ActorGroup, out: ActorGroup[]): void {
  for (const it of g.members) out.push({ members: [it], first: it.tok, last: it.tokEnd, prep: g.prep, prepTok: g.prepTok, poss: g.poss, gen: g.gen, headTok: g.headTok, headPrep: g.headPrep, oblique: g.oblique });
}

function joinsGroup(tokens: Token[], lastTok: number, nextTok: number, cues: GroupCues): boolean {
  if (nextTok === lastTok) return true; // "russisch-iranischen": two mentions, one token
  if (nextTok - lastTok > 3) return false;
  let sawLink = false;
  for (let k = lastTok + 1; k < nextTok; k++) {
    const t = tokens[k];
    if (t.text === ',' || cues.coordinators.has(t.norm) || t.norm === 'as' || t.norm === 'well') sawLink = true;
    else if (!cues.determiners.has(t.norm)) return false;
  }
  return sawLink;
}

function labelRole(tokens: Token[], from: number, g: ActorGroup, cues: GroupCues, preps: ReadonlyMap<string, string>, lang: string): void {
  const head = g.members[0];
  // Walk left over determiners and lower-case modifiers to a preposition.
  for (let k = g.first - 1, steps = 0; k >= from && steps < 4; k--, steps++) {
    const t = tokens[k];
    const prep = preps.get(t.norm);
    if (prep) {
      // "to"/"of" are only prepositions of the actor when nothing but determiners stands between
      // ("threatened to attack Ukraine" is no "to Ukraine"); "thousands of protesters" is a subject.
      // German "von russischen Truppen" is an agent over inflected adjectives too.
      if ((t.norm === 'to' || t.norm === 'of' || t.norm === 'von') && k < g.first - 1 && !onlyDeterminers(tokens, k + 1, g.first, cues)
        && !(t.norm === 'von' && onlyInflectedAdjectives(tokens, k + 1, g.first, cues))) break;
      if ((t.norm === 'of' || t.norm === 'von') && QUANTITY.test(tokens[k - 1]?.norm ?? '')) break;
      g.prep = prep;
      g.prepTok = k;
      if (prep === 'of' && k - 1 >= from && tokens[k - 1].kind === 'word') {
        g.headTok = k - 1;
        g.headPrep = governingPrep(tokens, from, k - 1, cues, preps);
      }
      break;
    }
    if (cues.determiners.has(t.norm)) {
      if (OBLIQUE_ARTICLES.has(t.norm)) g.oblique = true;
      continue;
    }
    if (!isLowerWord(t) || t.kind !== 'word') break;
  }
  const last = g.members[g.members.length - 1];
  const mTok = tokens[last.tokEnd];
  const next = tokens[last.tokEnd + 1];
  const mentionText = last.mention.text;
  // Possessor: "Pekings Hilfe", "Russia's support", "Russia’s".
  const saxonInToken = endsWithSaxonS(mTok.text);
  const saxon = saxonInToken || next?.norm === "'s" || next?.norm === "'";
  const germanGenitive = lang === 'de' && endsInSingleS(mentionText) && last.mention.kind !== 'role' && next !== undefined && next.kind === 'word' && next.text[0] !== next.norm[0];
  if (g.members.length === 1 && (saxon || germanGenitive) && last.mention.end === mTok.end - (saxonInToken ? 2 : 0)) {
    g.poss = true;
    return;
  }
  if (g.prep) return;
  // German genitive after a noun: "Hilfe Chinas", "der Besuch des Präsidenten".
  if (lang === 'de') {
    let k = g.first - 1;
    let article = false;
    if (k >= from && (tokens[k].norm === 'des' || tokens[k].norm === 'der')) { article = tokens[k].norm === 'des'; k--; }
    const prevWord = k >= from ? tokens[k] : undefined;
    // Genitive: "des …", a name in -s ("Russlands"), or a plural adjective in -er ("Angaben iranischer Medien").
    const genitiveForm = article || head.mention.text.endsWith('s') || (k === g.first - 1 && /^\p{Ll}\p{L}*er\s/u.test(head.mention.text));
    if (prevWord && prevWord.kind === 'word' && prevWord.text[0] !== prevWord.norm[0] && genitiveForm) {
      g.gen = true;
      g.headTok = k;
      g.headPrep = governingPrep(tokens, from, k, cues, preps);
    }
  }
}

// Suffix tests spelled out: asked of every actor group, where a regular expression run costs more than the test.
/** `/['’]s$/`: "Russia's", "Russia’s". */
function endsWithSaxonS(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115) return false; // s
  const c = text.charCodeAt(n - 2);
  return c === 39 || c === 0x2019; // ' ’
}

/** `/[^s]s$/`: "Russlands", not "Lucas'" or "Kiss". */
function endsInSingleS(text: string): boolean {
  const n = text.length;
  return n >= 2 && text.charCodeAt(n - 1) === 115 && text.charCodeAt(n - 2) !== 115;
}

/** The preposition before a noun ("auf Stellungen der Hisbollah" → auf), over determiners and lower-case modifiers. */
function governingPrep(tokens: Token[], from: number, noun: number, cues: GroupCues, preps: ReadonlyMap<string, string>): string | null {
  for (let k = noun - 1, steps = 0; k >= from && steps < 3; k--, steps++) {
    const t = tokens[k];
    const p = preps.get(t.norm);
    if (p) return p;
    if (!cues.determiners.has(t.norm) && !(isLowerWord(t) && t.kind === 'word')) return null;
  }
  return null;
}
