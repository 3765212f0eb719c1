// Finds time-expression candidates. Each rule of a language is a sticky regex; the rules are
// only tried at "head" tokens (numbers, month and weekday names, time units, day words) and at
// the few prefix words right before them ("im", "am", "den vergangenen"), so most tokens cost
// one lookup. At a position the rules are tried in order and the first that matches wins — what
// one alternation of all rules would find — but only the rules that can start with the character
// there (firstAsciiChars): one combined regex tried every alternative and filled ~100 groups.
import type { Token } from '../context.js';
import { FIELDS, type Field, type Fields, type TimeRule } from './rule.js';
import { germanRules } from './patterns-de.js';
import { englishRules } from './patterns-en.js';
import { key, timeVocab, type TimeVocab } from './vocab.js';
import { acceptTime } from './accept.js';
import { firstAsciiChars } from './first-chars.js';
import { remember } from '../../util/word-memo.js';
import { WordStartFilter } from './word-start-filter.js';

export interface RawTime {
  start: number;
  end: number;
  rule: TimeRule;
  fields: Fields;
  sentence: number;
}

export interface TimeScanner {
  vocab: TimeVocab;
  rules: TimeRule[];
  /** Per rule: its sticky regex, with numbered groups. */
  ruleRes: RegExp[];
  /** Per rule: the fields it captures and their group numbers (precomputed: no string building per match). */
  ruleFields: Array<Array<[Field, number]>>;
  /** Per ASCII char code: the indexes of the rules that can start with it, in rule order. */
  rulesByFirst: number[][];
  /** For a position whose character is not ASCII (it may still case-fold to ASCII: "ſ"): all rules. */
  allRules: number[];
  heads: Set<string>;
  prefixes: Set<string>;
  /** Weekday names by their first letter's char code (German compounds "Mittwochabend"). */
  weekdaysByFirst: Map<number, string[]>;
  /** The beginnings of head words and of weekday compounds: most words fail it and skip `headWords`. */
  headStarts: WordStartFilter;
  /** isHead of a word, by its norm: asked for every token of every sentence, decided once per word form. */
  headWords: Map<string, boolean>;
  /** isPrefix of a word, by its norm. */
  prefixWords: Map<string, boolean>;
}

const LOOKBACK = 5;
const scanners = new Map<string, TimeScanner | null>();

export function timeScanner(lang: string): TimeScanner | null {
  if (scanners.has(lang)) return scanners.get(lang)!;
  const v = timeVocab(lang);
  const rules = v ? (lang === 'de' ? germanRules(v) : lang === 'en' ? englishRules(v) : null) : null;
  const s = v && rules ? compile(v, rules) : null;
  scanners.set(lang, s);
  return s;
}


const NAMED_GROUP = /^\(\?<([A-Za-z_$][\w$]*)>/;

/**
 * Replaces every named group `(?<name>` of a regex source by a plain numbered group and returns the
 * numbers of the named groups. With named groups every successful exec() builds a `groups` object with
 * one property per name (hundreds in the combined pattern); numbered groups are read from the match array.
 */
export function numberGroups(src: string): { src: string; groups: Map<string, number> } {
  const groups = new Map<string, number>();
  // The source is copied in runs between named groups (not character by character: it runs at start-up).
  let out = '';
  let copied = 0; // src[copied, i) is still to be copied
  let n = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 92 /* \\ */) { i++; continue; }
    if (inClass) { if (c === 93 /* ] */) inClass = false; continue; }
    if (c === 91 /* [ */) { inClass = true; continue; }
    if (c !== 40 /* ( */) continue;
    if (src.charCodeAt(i + 1) !== 63 /* ? */) { n++; continue; }
    const named = NAMED_GROUP.exec(src.slice(i, i + 80));
    if (!named) continue; // (?: (?= (?! (?<= (?<!
    n++;
    groups.set(named[1], n);
    out += src.slice(copied, i) + '(';
    i += named[0].length - 1;
    copied = i + 1;
  }
  return { src: out + src.slice(copied), groups };
}

const FLAGS = 'iuy';

function compile(v: TimeVocab, rules: TimeRule[]): TimeScanner {
  const ruleRes: RegExp[] = [];
  const ruleFields: Array<Array<[Field, number]>> = [];
  const firsts: Array<Uint8Array | null> = [];
  for (const r of rules) {
    const named = r.src.replace(/\(\?<@(\w+)>/g, '(?<$1>');
    const { src, groups } = numberGroups(named);
    ruleRes.push(new RegExp(src, FLAGS));
    ruleFields.push(FIELDS.filter((f) => groups.has(f)).map((f): [Field, number] => [f, groups.get(f)!]));
    firsts.push(firstAsciiChars(named, FLAGS));
  }
  const rulesByFirst: number[][] = [];
  for (let c = 0; c < 128; c++) rulesByFirst.push(rules.flatMap((_, i) => (!firsts[i] || firsts[i]![c] ? [i] : [])));
  const words = (it: Iterable<string>) => [...it].flatMap((w) => w.split(' '));
  const heads = new Set<string>([
    ...v.months.keys(), ...v.weekdays.keys(), ...v.units.keys(), ...v.compounds.keys(),
    ...[...v.dayWords.keys()].map((w) => w.split(' ').pop()!),
  ]);
  const prefixes = new Set<string>([
    ...words(v.relatives.keys()), ...words(v.parts.keys()), ...words(v.numbers.keys()), ...words(v.vagueCounts),
    ...words(v.articles), ...words(v.dayWords.keys()), ...words(v.weekdays.keys()),
    ...(v.lang === 'de'
      ? ['im', 'in', 'am', 'an', 'vom', 'von', 'seit', 'ab', 'bis', 'zum', 'zur', 'nach', 'vor', 'um', 'gegen', 'während', 'zwischen',
        'des', 'der', 'den', 'dem', 'die', 'das', 'dieses', 'dieser', 'jenes', 'etwa', 'rund', 'knapp', 'fast', 'gut', 'nur', 'bereits',
        'schon', 'über', 'mehr', 'weniger', 'als', 'spätestens', 'frühestens', 'noch', 'erst', 'jeden', 'jedem', 'ungefähr', 'frühen', 'späten', 'mittleren']
      : ['in', 'on', 'at', 'by', 'until', 'till', 'since', 'from', 'to', 'through', 'before', 'after', 'during', 'between', 'as', 'of',
        'early', 'earlier', 'late', 'later', 'about', 'some', 'nearly', 'almost', 'just', 'only', 'more', 'less', 'than', 'over', 'around',
        'the', 'this', 'that', 'every', 'each', 'within', 'mid', 'barely', 'roughly']),
  ]);
  const weekdaysByFirst = new Map<number, string[]>();
  const headStarts = new WordStartFilter();
  for (const h of heads) headStarts.addWord(h);
  for (const wd of v.weekdays.keys()) {
    const list = weekdaysByFirst.get(wd.charCodeAt(0)) ?? [];
    list.push(wd);
    weekdaysByFirst.set(wd.charCodeAt(0), list);
    headStarts.addStart(wd); // "Mittwochabend"
  }
  return {
    vocab: v, rules, ruleRes, ruleFields, rulesByFirst, allRules: rules.map((_, i) => i),
    heads, prefixes, weekdaysByFirst, headStarts, headWords: new Map(), prefixWords: new Map(),
  };
}

function isHead(s: TimeScanner, t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  const norm = t.norm;
  // Most words neither begin like a head word nor hold a hyphen ("mid-2022"): no head, no memo lookup.
  if (!s.headStarts.mayMatch(norm) && norm.indexOf('-') < 0) return false;
  let h = s.headWords.get(norm);
  if (h === undefined) h = remember(s.headWords, norm, isHeadWord(s, norm));
  return h;
}

function isHeadWord(s: TimeScanner, norm: string): boolean {
  if (s.heads.has(norm)) return true;
  // "mid-2022", "mid-August", "Mitte-Juni": a hyphenated word ending in a number or head word.
  const dash = norm.lastIndexOf('-');
  if (dash > 0) {
    const tail = norm.slice(dash + 1);
    if (/^\d{4}$/.test(tail) || s.heads.has(tail)) return true;
  }
  // German compounds: "Mittwochabend", "Jahresende" (listed), "1990er" is a number token.
  if (s.vocab.lang === 'de' && norm.length > 6) {
    const wds = s.weekdaysByFirst.get(norm.charCodeAt(0));
    if (wds) for (const wd of wds) if (norm.startsWith(wd)) return true;
  }
  return false;
}

function isPrefix(s: TimeScanner, t: Token): boolean {
  if (t.kind !== 'word') return t.text === ',' || t.text === '.';
  let p = s.prefixWords.get(t.norm);
  if (p === undefined) {
    // "Kriegsjahr 1944", "Wahljahr 2024": compounds on -jahr frame a year.
    p = s.prefixes.has(t.norm) || s.heads.has(t.norm) || (s.vocab.lang === 'de' && /jahr(e?s)?$/.test(t.norm));
    remember(s.prefixWords, t.norm, p);
  }
  return p;
}

/** Appends the candidate matches of one sentence to `out`, left to right, non-overlapping. */
export function scanSentence(s: TimeScanner, text: string, tokens: Token[], from: number, to: number, sentence: number, out: RawTime[]): void {
  let consumedTok = from; // first token not yet covered by a match
  const sentEnd = to > from ? tokens[to - 1].end : 0;
  for (let i = from; i < to; i++) {
    if (i < consumedTok || !isHead(s, tokens[i])) continue;
    let first = i;
    while (first > consumedTok && i - first < LOOKBACK && isPrefix(s, tokens[first - 1])) first--;
    for (let k = first; k <= i; k++) {
      const tk = tokens[k];
      if (tk.kind === 'punct') continue;
      const hit = matchAt(s, text, tk.start, sentEnd, sentence);
      if (!hit) continue;
      if (!acceptTime(s.vocab, hit.fields, hit.rule, text, hit.start, hit.end)) continue;
      out.push(hit);
      let j = k;
      while (j < to && tokens[j].start < hit.end) j++;
      consumedTok = j;
      i = j - 1;
      break;
    }
  }
}

/** The first rule (in rule order) that matches at `pos`, as a candidate; null when none does, or when it
 *  crosses `limit` (a later rule is then not tried: the alternation of all rules would not either). */
function matchAt(s: TimeScanner, text: string, pos: number, limit: number, sentence: number): RawTime | null {
  const c = text.charCodeAt(pos);
  const candidates = c < 128 ? s.rulesByFirst[c] : s.allRules;
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i];
    const re = s.ruleRes[r];
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const fields: Fields = {};
    for (const [f, group] of s.ruleFields[r]) {
      const val = m[group];
      if (val !== undefined) fields[f] = val;
    }
    let end = pos + m[0].length;
    if (end > limit) return null; // never cross the sentence end
    if (end === pos) return null;
    // A match ends on a word; trailing spaces never belong to it.
    while (end > pos && /\s/.test(text[end - 1])) end--;
    return { start: pos, end, rule: s.rules[r], fields, sentence };
  }
  return null;
}

export { key };
