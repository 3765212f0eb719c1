// The time vocabulary of one language, read from src/lang/<lang>/times.json once
// and turned into lookup maps (for the resolver) and regex alternations (for the patterns).
import { loadLangData } from '../../util/data.js';
import type { Unit } from './calendar.js';

export type Relative = 'past' | 'recent' | 'anaphoric-past' | 'next' | 'following' | 'this' | 'same';
export type Part = 'start' | 'end' | 'mid' | 'within' | 'season';

interface TimesJson {
  months: Record<string, number>;
  monthAbbreviations: Record<string, number>;
  ambiguousMonths: string[];
  weekdays: Record<string, number>;
  dayParts: string[];
  dayWords: Record<string, number>;
  relatives: Record<string, Relative>;
  units: Record<string, Unit>;
  pluralUnits: string[];
  parts: Record<string, Part>;
  compounds: Record<string, [Unit, number]>;
  numbers: Record<string, number>;
  vagueCounts: string[];
  prepositions: string[];
  laterWords: Record<string, number>;
  eras: Record<string, 'bc' | 'ad'>;
  centuryWords: string[];
  futureCues: string[];
  articles: string[];
  yearBlockers: string[];
  spanEndPrepositions: string[];
  temporalPrepositions: string[];
}

export interface TimeVocab {
  lang: string;
  months: Map<string, number>;
  ambiguousMonths: Set<string>;
  weekdays: Map<string, number>;
  dayWords: Map<string, number>;
  relatives: Map<string, Relative>;
  units: Map<string, Unit>;
  pluralUnits: Set<string>;
  parts: Map<string, Part>;
  compounds: Map<string, [Unit, number]>;
  numbers: Map<string, number>;
  vagueCounts: Set<string>;
  laterWords: Map<string, number>;
  eras: Map<string, 'bc' | 'ad'>;
  futureCues: Set<string>;
  articles: Set<string>;
  yearBlockers: Set<string>;
  /** "bis 1915": a span's end point, not a new reference for the story. */
  spanEnd: Set<string>;
  /** Prepositions that make a following number a year even before a noun ("seit 1917 Kriegsschauplatz"). */
  temporalPreps: Set<string>;
  /** Regex alternations (no groups), longest first. */
  alt: {
    month: string; monthAbbr: string; weekday: string; dayPart: string; dayWord: string; relative: string;
    unit: string; part: string; compound: string; number: string; vague: string; prep: string; later: string;
    era: string; century: string; article: string;
  };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** A non-capturing alternation of words, longest first so that "vergangenen" wins over "vergangene". */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  return list.length ? `(?:${list.map(esc).join('|')})` : '(?!)';
}

const cache = new Map<string, TimeVocab | null>();

export function timeVocab(lang: string): TimeVocab | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const j = loadLangData<TimesJson>(lang, 'times');
  const v = j ? build(lang, j) : null;
  cache.set(lang, v);
  return v;
}

function build(lang: string, j: TimesJson): TimeVocab {
  const months = new Map<string, number>([...Object.entries(j.months), ...Object.entries(j.monthAbbreviations).map(([k, n]) => [k + '.', n] as [string, number])]);
  const keys = (o: object) => Object.keys(o);
  return {
    lang,
    months,
    ambiguousMonths: new Set(j.ambiguousMonths),
    weekdays: new Map(Object.entries(j.weekdays)),
    dayWords: new Map(Object.entries(j.dayWords)),
    relatives: new Map(Object.entries(j.relatives)),
    units: new Map(Object.entries(j.units)),
    pluralUnits: new Set(j.pluralUnits),
    parts: new Map(Object.entries(j.parts)),
    compounds: new Map(Object.entries(j.compounds)),
    numbers: new Map(Object.entries(j.numbers)),
    vagueCounts: new Set(j.vagueCounts),
    laterWords: new Map(Object.entries(j.laterWords)),
    eras: new Map(Object.entries(j.eras)),
    futureCues: new Set(j.futureCues),
    articles: new Set(j.articles),
    yearBlockers: new Set(j.yearBlockers),
    spanEnd: new Set(j.spanEndPrepositions),
    temporalPreps: new Set(j.temporalPrepositions),
    alt: {
      month: alternation(keys(j.months)),
      monthAbbr: alternation(keys(j.monthAbbreviations).map((k) => k + '.')),
      weekday: alternation(keys(j.weekdays)),
      dayPart: alternation(j.dayParts),
      dayWord: alternation(keys(j.dayWords)),
      relative: alternation(keys(j.relatives)),
      unit: alternation(keys(j.units)),
      part: alternation(keys(j.parts)),
      compound: alternation(keys(j.compounds)),
      number: alternation(keys(j.numbers)),
      vague: alternation(j.vagueCounts),
      prep: alternation(j.prepositions),
      later: alternation(keys(j.laterWords)),
      era: alternation(keys(j.eras)),
      century: alternation(j.centuryWords),
      article: alternation(j.articles),
    },
  };
}

/** Lower-cases and collapses inner whitespace, so "darauf  folgenden" finds its key. */
export function key(s: string | undefined): string {
  if (!s) return '';
  const l = s.toLowerCase();
  // Without whitespace there is nothing to collapse (most keys are one word): skip the regex.
  for (let i = 0; i < l.length; i++) if (isWhitespace(l.charCodeAt(i))) return l.replace(/\s+/g, ' ');
  return l;
}

/** The characters of the regex class \s. */
function isWhitespace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
