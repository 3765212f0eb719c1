// Clause splitting without a parser: a sentence is cut at quotation marks, at
// semicolons/colons, at parenthetical dashes and at commas that introduce a
// subordinate, relative, infinitive or reporting clause. Plain commas (lists,
// appositions) do not cut, so "China, Nordkorea und Iran" stays one phrase.
import type { Token } from '../context.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { CueList, CueMap } from './status.js';

/** `adv`: an adverbial clause without a comma ("… one day after a jet shot down a helicopter"): its actors and
 * verbs are its own, and it is not the content of a verb of saying. */
export type ClauseKind = 'main' | 'sub' | 'rel' | 'inf' | 'report' | 'quote' | 'paren' | 'adv';

export interface Clause {
  id: number;
  kind: ClauseKind;
  parent: number | null;
  /** Token index (global) of the word that opened the clause (subordinator, relative pronoun). */
  intro: number | null;
  /** Global token indices of the clause, in order (a clause can resume after an embedded one). */
  tokens: number[];
  inQuote: boolean;
  /** Cache for `when`/`requires` questions (`sentence.ts` clauseHas): the list-word ids of the tokens that match any, in order. */
  listHits?: Array<readonly number[]>;
  /** Cache for status cues (`status.ts` clauseCue): the clause tokens that may be cues, by the cue map asked. */
  cueTokens?: { map: CueMap; toks: number[]; lists: CueList[] };
}

export interface ClauseCues {
  subordinators: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
}

/** Words that open a content clause even without a comma ("als" or "when" do not: "wies … als illegal zurück"). */
export const COMPLEMENTISERS = new Set(['dass', 'daß', 'ob', 'that', 'whether']);
const QUOTE_MARKS = new Set(['"', '„', '“', '”', '»', '«', '‚', '‘']);
const DASHES = new Set(['‒', '–', '—', '-']);
const HARD_BREAKS = new Set([';', ':']);

export function clauseCues(pack: LanguagePack): ClauseCues {
  return {
    subordinators: new Set(pack.cues.subordinators),
    relativePronouns: new Set(pack.cues.relativePronouns),
    coordinators: new Set(pack.cues.coordinators),
  };
}

/** The next comma/boundary after `from` (exclusive end of the segment). */
function segmentEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) {
    if (tokens[k].kind !== 'punct') continue; // every mark tested below is punctuation to the tokenizer
    const t = tokens[k].text;
    if (t === ',' || HARD_BREAKS.has(t) || QUOTE_MARKS.has(t)) return k;
  }
  return end;
}

function isZuInfinitiveSegment(tokens: Token[], from: number, to: number): boolean {
  // "…, heimlich Drohnen verkauft zu haben" / "…, Beziehungen zu stärken" / "…, aufrechtzuerhalten"
  for (let k = Math.max(from, to - 3); k < to; k++) {
    const n = tokens[k].norm;
    if (n === 'zu' && k + 1 < to && tokens[k + 1].kind === 'word') return true;
    if (k === to - 1 && /^\p{L}{2,}zu\p{L}{3,}en$/u.test(n) && /^(ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück|teil|statt|aufrecht|frei|bereit|fort|los|um|durch|gegenüber|entgegen|wieder|weiter)zu/.test(n)) return true;
  }
  return false;
}

/** `clauseWordBits`: the form is a complementiser ("dass", "that"). */
export const COMPLEMENTISER_BIT = 1;
/** `clauseWordBits`: the form is an English subordinator that is also a preposition ("after"). */
export const ADVERBIAL_EN_BIT = 2;

/**
 * The clause-opening word classes of a form, as bits: the splitter asks them of every word, so the caller
 * works them out once per word form and passes them per token.
 */
export function clauseWordBits(norm: string): number {
  return (COMPLEMENTISERS.has(norm) ? COMPLEMENTISER_BIT : 0) | (ADVERBIAL_EN.has(norm) ? ADVERBIAL_EN_BIT : 0);
}

/**
 * Splits the tokens [start, end) of one sentence into clauses. `reportStarts` holds the
 * token indices where a reporting clause begins (from the attribution stage). `wordBits[k - start]`
 * is `clauseWordBits` of token k's norm for word tokens and 0 for the others (whose forms are in no
 * word class: those are letter words).
 */
export function splitClauses(
  tokens: Token[], start: number, end: number, pack: LanguagePack, cues: ClauseCues, reportStarts: ReadonlySet<number>,
  takesComplement: (norm: string) => boolean, wordBits: ArrayLike<number>,
): { clauses: Clause[]; clauseOf: Int32Array } {
  const split = new ClauseSplit(tokens, start, end, pack.lang, cues, reportStarts, takesComplement, wordBits, pack);
  for (let i = start; i < end; i++) {
    if (i === split.scareClose) continue;
    const tok = tokens[i];
    // Quote marks, breaks, dashes, brackets and commas are all punctuation to the tokenizer: words skip those tests.
    if (tok.kind === 'punct' && split.atMark(i)) continue;
    const bits = wordBits[i - start];
    if (bits !== 0) split.atClassWord(i, bits);
    split.add(i);
  }
  const clauses = split.clauses;
  return { clauses: clauses.some(isDropped) ? clauses.filter((c) => !isDropped(c)) : clauses, clauseOf: split.clauseOf };
}

/** The splitter's state for one sentence (a class: one object shape, and no closures made per sentence). */
class ClauseSplit {
  readonly clauses: Clause[] = [];
  readonly clauseOf: Int32Array;
  inQuote = false;
  current = 0;
  /** The clauses to return to when an embedded relative or adverbial clause ends. */
  readonly resume: number[] = [];
  parenOpen = -1;
  /** The closing mark of scare quotes being passed (nothing but words lies between the marks, so one at a time). */
  scareClose = -1;

  constructor(
    readonly tokens: Token[], readonly start: number, readonly end: number, readonly lang: string, readonly cues: ClauseCues,
    readonly reportStarts: ReadonlySet<number>, readonly takesComplement: (norm: string) => boolean,
    readonly wordBits: ArrayLike<number>, readonly pack: LanguagePack,
  ) {
    this.clauseOf = clauseIdArray(end - start);
    this.current = this.open('main', null, null);
  }

  open(kind: ClauseKind, parent: number | null, intro: number | null): number {
    const clauses = this.clauses;
    clauses.push({ id: clauses.length, kind, parent, intro, tokens: [], inQuote: this.inQuote, listHits: undefined, cueTokens: undefined });
    return clauses.length - 1;
  }

  add(i: number): void {
    this.clauses[this.current].tokens.push(i);
    this.clauseOf[i - this.start] = this.current;
  }

  /** A punctuation mark at i: true when it cut or switched the clause (it then belongs to none). */
  atMark(i: number): boolean {
    const tokens = this.tokens;
    const tok = tokens[i];
    const t = tok.text;
    if (!this.inQuote && QUOTE_MARKS.has(t)) {
      // Scare quotes around one to three words ("ein Zeichen der "Verzweiflung"") do not open a clause.
      const close = scareQuoteEnd(tokens, i, this.end);
      if (close > 0) { this.scareClose = close; return true; }
    }
    // A straight apostrophe after "-s" with no space before is a possessive ("Workers' Party"), not a quote.
    const possessiveApostrophe = t === "'" && !tok.spaceBefore && /s$/i.test(tokens[i - 1]?.text ?? '');
    if (QUOTE_MARKS.has(t) || (t === "'" && !possessiveApostrophe && tok.spaceBefore !== (tokens[i + 1]?.spaceBefore ?? true))) {
      this.inQuote = !this.inQuote;
      this.current = this.open(this.inQuote ? 'quote' : 'main', this.inQuote ? null : this.clauses[this.current].parent, null);
      return true;
    }
    if (HARD_BREAKS.has(t)) {
      this.current = this.open(this.inQuote ? 'quote' : 'main', null, null);
      return true;
    }
    if (DASHES.has(t) && tok.spaceBefore && (tokens[i + 1]?.spaceBefore ?? false)) {
      if (this.parenOpen >= 0) { this.current = this.parenOpen; this.parenOpen = -1; }
      else { this.parenOpen = this.current; this.current = this.open('paren', this.current, null); }
      return true;
    }
    if (t === '(') { this.parenOpen = this.current; this.current = this.open('paren', this.current, null); return true; }
    if (t === ')' && this.parenOpen >= 0) { this.current = this.parenOpen; this.parenOpen = -1; return true; }
    if (t !== ',') return false;
    // An adverbial clause ends at its comma: "After rebels shelled the town, the army …".
    if (this.clauses[this.current].kind === 'adv' && this.resume.length) this.current = this.resume.pop()!;
    if (i + 1 >= this.end) return false;
    this.atComma(i);
    return true;
  }

  /** A comma with a token after it: it may open a subordinate, relative, infinitive or reporting clause, or end one. */
  atComma(i: number): void {
    const tokens = this.tokens;
    const next = tokens[i + 1];
    const de = this.lang === 'de';
    const segEnd = de ? segmentEnd(tokens, i + 1, this.end) : this.end; // read by the German tests only
    const kind = this.clauses[this.current].kind;
    if (this.reportStarts.has(i + 1)) {
      this.current = this.open('report', this.current, i + 1);
    } else if (this.cues.subordinators.has(next.norm)) {
      this.current = this.open('sub', this.current, i + 1);
    } else if (this.takesComplement(tokens[i - 1]?.norm ?? '') && kind !== 'sub') {
      // "Stoltenberg sagte, Russland habe …": reported speech without "dass".
      this.current = this.open('sub', this.current, null);
    } else if (de && isZuInfinitiveSegment(tokens, i + 1, segEnd)) {
      // Before the relative test: ", das Kraftwerk angegriffen zu haben" is an infinitive, not a relative clause.
      this.current = this.open('inf', this.current, null);
    } else if (this.cues.relativePronouns.has(next.norm) && (!de || endsWithFiniteVerb(tokens, i + 2, segEnd, this.pack))) {
      this.resume.push(this.current);
      this.current = this.open('rel', this.current, i + 1);
    } else if (this.cues.coordinators.has(next.norm) && kind !== 'main') {
      this.current = this.open(kind, this.clauses[this.current].parent, null);
    } else if (kind === 'rel' && this.resume.length) {
      // "Die Allianz, die X unterstützt, sei besorgt": the main clause resumes.
      this.current = this.resume.pop()!;
    }
  }

  /** A complementiser or English subordinator (`bits`: its `clauseWordBits`) may open a clause at i without a comma. */
  atClassWord(i: number, bits: number): void {
    const tokens = this.tokens;
    const tok = tokens[i];
    const start = this.start;
    // A complementiser without a comma: "said that …", "erklärte dass …", "warned Russia that …".
    if ((bits & COMPLEMENTISER_BIT) !== 0 && i > start && tokens[i - 1].text !== ','
      && (tok.norm === 'dass' || complementTakerBefore(tokens, start, i, this.takesComplement))) {
      this.current = this.open('sub', this.current, i);
    } else if (this.lang === 'en' && (bits & ADVERBIAL_EN_BIT) !== 0 && tokens[i - 1]?.text !== ',' && this.clauses[this.current].kind !== 'adv'
      && finiteClauseFollows(tokens, i + 1, this.end)) {
      // "… one day after a Serbian jet shot down a helicopter": a subordinator that is also a preposition
      // opens a clause when a subject and a finite verb follow.
      this.resume.push(this.current);
      this.current = this.open('adv', this.current, i);
    } else if (this.lang === 'en' && i > start && tok.norm === 'that' && tokens[i - 1].text !== ',' && endsNounPhrase(tokens, start, i) && opensClauseAfterThat(tokens[i + 1])) {
      // "demanded an admission by Moscow that Soviet forces murdered …", "the aid that Russia sent":
      // "that" before a subject (a name, an article, a pronoun) opens a clause, not a noun phrase ("that name").
      this.current = this.open('sub', this.current, i);
    }
  }
}

/** Clauses opened but left without tokens are dropped (the main clause stays). */
function isDropped(c: Clause): boolean {
  return c.tokens.length === 0 && c.id !== 0;
}

/**
 * A clause-id array of `n` entries, all -1. Typed arrays over 64 bytes are allocated outside the heap through
 * the runtime (~0.6 µs each, one per sentence); views into a shared arena filled once cost a third of that.
 * Every slot is handed out once, so no two frames share one.
 */
export function clauseIdArray(n: number): Int32Array {
  if (n > ARENA_SIZE / 4) return new Int32Array(n).fill(-1);
  if (arenaUsed + n > ARENA_SIZE) { arena = new Int32Array(ARENA_SIZE).fill(-1); arenaUsed = 0; }
  const view = arena.subarray(arenaUsed, arenaUsed + n);
  arenaUsed += n;
  return view;
}

const ARENA_SIZE = 1 << 15;
let arena = new Int32Array(ARENA_SIZE).fill(-1);
let arenaUsed = 0;

/** Subordinators that are also prepositions ("after the war" vs "after the war ended"). */
const ADVERBIAL_EN = new Set(['after', 'before', 'when', 'while', 'since', 'because', 'although', 'though', 'unless', 'until', 'as', 'once', 'whereas', 'if']);
const SUBJECT_START_EN = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'some', 'two', 'three', 'four', 'five', 'several', 'many', 'dozens', 'hundreds', 'thousands']);
const PRONOUN_SUBJECTS_EN = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Finite forms without "-ed" that end a subject in news text. */
const FINITE_EN = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'shot', 'hit', 'fled', 'took', 'made', 'began', 'won', 'lost', 'fell', 'left', 'met', 'said', 'told', 'sent', 'struck', 'fought', 'broke', 'overthrew',
  'seized', 'led', 'came', 'went', 'gave', 'held', 'brought', 'became', 'ran', 'drove', 'threw', 'stole', 'bought', 'sold', 'set', 'put', 'cut', 'beat', 'blew', 'withdrew', 'rose', 'spoke', 'wrote']);
const NOT_AFTER_FINITE = new Set(['the', 'a', 'an', 'of', 'by', 'with', 'for', 'to', 'in', 'on', 'at', 'from', 'its', 'their', 'his', 'her', 'and', 'or', 'this', 'that', 'these', 'those']);

function startsSubject(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'number') return true;
  return t.kind === 'word' && (SUBJECT_START_EN.has(t.norm) || t.text[0] !== t.norm[0]);
}

/** A subject and a finite verb within six words: "after [a Serbian jet] shot", "when they attacked". */
function finiteClauseFollows(tokens: Token[], from: number, end: number): boolean {
  if (!startsSubject(tokens[from])) return false;
  const pronoun = PRONOUN_SUBJECTS_EN.has(tokens[from].norm);
  for (let k = from + 1; k < end && k <= from + 6; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    const prev = tokens[k - 1].norm;
    if (NOT_AFTER_FINITE.has(prev) && !(pronoun && k === from + 1)) continue;
    if (FINITE_EN.has(t.norm) || (/[^e]ed$|ied$|eed$/.test(t.norm) && t.norm.length > 4 && t.text[0] === t.norm[0])) return true;
  }
  return false;
}

/** "an admission by Moscow that", "the aid that": a name or a noun after its article — not a verb ("admitted that"). */
function endsNounPhrase(tokens: Token[], start: number, i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word') return false;
  if (prev.text[0] !== prev.norm[0]) return i - 1 > start;
  for (let k = i - 2; k >= start && k >= i - 4; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (/^(the|a|an|its|their|his|her|this|these|those)$/.test(t.norm)) return !/ed$/.test(prev.norm);
  }
  return false;
}

function opensClauseAfterThat(next: Token | undefined): boolean {
  if (!next || next.kind !== 'word') return false;
  return next.norm === 'the' || next.norm === 'a' || next.norm === 'an' || PRONOUN_SUBJECTS_EN.has(next.norm) || next.text[0] !== next.norm[0];
}

/** "said that", "said on Tuesday that", "warned Russia that": a complement-taking verb up to four words back. */
function complementTakerBefore(tokens: Token[], start: number, i: number, takesComplement: (norm: string) => boolean): boolean {
  for (let k = i - 1; k >= start && k >= i - 4; k--) {
    if (tokens[k].text === ',') return false;
    if (takesComplement(tokens[k].norm)) return true;
  }
  return false;
}

function scareQuoteEnd(tokens: Token[], open: number, end: number): number {
  for (let k = open + 1; k < end && k <= open + 4; k++) {
    const t = tokens[k];
    if (QUOTE_MARKS.has(t.text)) return k > open + 1 ? k : -1;
    if (t.kind === 'punct') return -1;
  }
  return -1;
}

function endsWithFiniteVerb(tokens: Token[], from: number, to: number, pack: LanguagePack): boolean {
  for (let k = to - 1; k >= from && k >= to - 3; k--) {
    if (tokens[k].kind === 'word' && tokens[k].text[0] === tokens[k].norm[0] && pack.maybeFiniteVerb(tokens[k].norm)) return true;
  }
  return false;
}
