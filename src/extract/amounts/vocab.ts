// The amount vocabulary of one language (src/lang/<lang>/amounts.json), turned into
// Maps and Sets once. Multi-word entries ("mehr als", "tens of thousands") are kept
// as token sequences keyed by their LAST word, so a match is a lookup plus a short
// backwards comparison.
import { loadLangData } from '../../util/data.js';
import type { Approx } from '../../model/analysis.js';
import { WordStartFilter } from '../times/word-start-filter.js';
import { numberWordStarts } from './numbers.js';

interface AmountsJson {
  numberWords: Record<string, number>;
  articleOne: string[];
  multipliers: Record<string, number>;
  vague: Record<string, string>;
  vagueNeedsNoun: string[];
  hedges: Record<string, Approx>;
  connectors: string[];
  ofPhrases: string[];
  currencies: Record<string, string>;
  percent: string[];
  casualtyNouns: Record<string, string>;
  casualtyCues: Record<string, string>;
  personNouns: string[];
  blockersBefore: string[];
  blockersAfter: string[];
  adjectiveEndings: string[];
  stopWords: string[];
  durationUnits: string[];
}

/** A multi-word entry: its words (lower-case) and its meaning. */
export interface Phrase<T> { words: string[]; value: T }

export interface AmountVocab {
  lang: string;
  numberWords: Map<string, number>;
  articleOne: Set<string>;
  multipliers: Map<string, number>;
  /** Vague quantifiers by last word ("thousands" ends "tens of thousands"). */
  vague: Map<string, Array<Phrase<string>>>;
  vagueNeedsNoun: Set<string>;
  hedges: Map<string, Array<Phrase<Approx>>>;
  connectors: Set<string>;
  ofPhrases: Set<string>;
  currencies: Map<string, string>;
  percent: Map<string, Array<Phrase<string>>>;
  casualtyNouns: Map<string, string>;
  casualtyCues: Map<string, string>;
  personNouns: Set<string>;
  blockersBefore: Set<string>;
  blockersAfter: Set<string>;
  adjectiveEndings: string[];
  stopWords: Set<string>;
  /** "zwei Wochen", "four hours": durations are time, not amounts. */
  durationUnits: Set<string>;
  /** What a word token can start, by norm, filled as words are met (see coreWord in scanner.ts). */
  coreWords: Map<string, CoreWord>;
  /** The beginnings of the words that can start a core (number words, articles, vague words): most
   *  words fail it and skip `coreWords`. */
  coreStarts: WordStartFilter;
}

/** What a word can start as an amount core: its number-word value (null: none) and whether it can be
 *  a core at all (a number word, an article before a multiplier, or the last word of a vague phrase). */
export interface CoreWord { value: number | null; candidate: boolean }

function byLastWord<T>(o: Record<string, T>): Map<string, Array<Phrase<T>>> {
  const m = new Map<string, Array<Phrase<T>>>();
  for (const [k, value] of Object.entries(o)) {
    const words = k.split(' ');
    const last = words[words.length - 1];
    if (!m.has(last)) m.set(last, []);
    m.get(last)!.push({ words, value });
  }
  // Longest phrase first: "nicht mehr als" before "mehr als".
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
}

/** See coreWord in scanner.ts: a core word is a number word, an article ("eine Million") or the last
 *  word of a vague phrase. */
function coreStartFilter(lang: string, numberWords: Map<string, number>, j: AmountsJson): WordStartFilter {
  const f = new WordStartFilter();
  for (const s of numberWordStarts(lang, numberWords)) f.addStart(s);
  for (const a of j.articleOne) f.addWord(a);
  for (const phrase of Object.keys(j.vague)) f.addWord(phrase.split(' ').pop()!);
  return f;
}

const cache = new Map<string, AmountVocab | null>();

export function amountVocab(lang: string): AmountVocab | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const j = loadLangData<AmountsJson>(lang, 'amounts');
  const numberWords = j ? new Map(Object.entries(j.numberWords)) : null;
  const v: AmountVocab | null = j && numberWords ? {
    lang,
    numberWords,
    articleOne: new Set(j.articleOne),
    multipliers: new Map(Object.entries(j.multipliers)),
    vague: byLastWord(j.vague),
    vagueNeedsNoun: new Set(j.vagueNeedsNoun),
    hedges: byLastWord(j.hedges),
    connectors: new Set(j.connectors),
    ofPhrases: new Set(j.ofPhrases),
    currencies: new Map(Object.entries(j.currencies)),
    percent: byLastWord(Object.fromEntries(j.percent.map((p) => [p, '%']))),
    casualtyNouns: new Map(Object.entries(j.casualtyNouns)),
    casualtyCues: new Map(Object.entries(j.casualtyCues)),
    personNouns: new Set(j.personNouns),
    blockersBefore: new Set(j.blockersBefore),
    blockersAfter: new Set(j.blockersAfter),
    adjectiveEndings: j.adjectiveEndings,
    stopWords: new Set(j.stopWords),
    durationUnits: new Set(j.durationUnits),
    coreWords: new Map(),
    coreStarts: coreStartFilter(lang, numberWords, j),
  } : null;
  cache.set(lang, v);
  return v;
}
