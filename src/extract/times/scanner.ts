// Finds time-expression candidates. The rules of a language are compiled into ONE
// sticky regex; it is only tried at "head" tokens (numbers, month and weekday names,
// time units, day words) and at the few prefix words right before them ("im", "am",
// "den vergangenen"), so most tokens cost one Set lookup.
import type { Token } from '../context.js';
import { FIELDS, type Field, type Fields, type TimeRule } from './rule.js';
import { germanRules } from './patterns-de.js';
import { englishRules } from './patterns-en.js';
import { key, timeVocab, type TimeVocab } from './vocab.js';

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
  re: RegExp;
  /** Per rule, in rule order: the number of the group that holds the whole rule. */
  ruleGroups: number[];
  /** Per rule: the fields it captures and their group numbers (precomputed: no string building per match). */
  ruleFields: Array<Array<[Field, number]>>;
  heads: Set<string>;
  prefixes: Set<string>;
  /** Weekday names by their first letter's char code (German compounds "Mittwochabend"). */
  weekdaysByFirst: Map<number, string[]>;
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

const groupId = (id: string) => 'r' + id.replace(/[^A-Za-z0-9]/g, '');

/**
 * Replaces every named group `(?<name>` of a regex source by a plain numbered group and returns the
 * numbers of the named groups. With named groups every successful exec() builds a `groups` object with
 * one property per name (hundreds in the combined pattern); numbered groups are read from the match array.
 */
export function numberGroups(src: string): { src: string; groups: Map<string, number> } {
  const groups = new Map<string, number>();
  let out = '';
  let n = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { out += c + src[i + 1]; i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; continue; }
    if (c !== '(') { out += c; continue; }
    if (src[i + 1] !== '?') { n++; out += c; continue; }
    const named = /^\(\?<([A-Za-z_$][\w$]*)>/.exec(src.slice(i, i + 80));
    if (!named) { out += c; continue; } // (?: (?= (?! (?<= (?<!
    n++;
    groups.set(named[1], n);
    out += '(';
    i += named[0].length - 1;
  }
  return { src: out, groups };
}

function compile(v: TimeVocab, rules: TimeRule[]): TimeScanner {
  const groupNames = rules.map((r) => groupId(r.id));
  const named = rules.map((r, i) => `(?<${groupNames[i]}>${r.src.replace(/\(\?<@(\w+)>/g, `(?<${groupNames[i]}_$1>`)})`).join('|');
  const { src, groups } = numberGroups(named);
  const re = new RegExp(src, 'iuy');
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
  const ruleGroups = groupNames.map((g) => groups.get(g)!);
  const ruleFields = rules.map((r, i) => FIELDS.filter((f) => r.src.includes(`(?<@${f}>`)).map((f): [Field, number] => [f, groups.get(`${groupNames[i]}_${f}`)!]));
  const weekdaysByFirst = new Map<number, string[]>();
  for (const wd of v.weekdays.keys()) {
    const list = weekdaysByFirst.get(wd.charCodeAt(0)) ?? [];
    list.push(wd);
    weekdaysByFirst.set(wd.charCodeAt(0), list);
  }
  return { vocab: v, rules, re, ruleGroups, ruleFields, heads, prefixes, weekdaysByFirst };
}

function isHead(s: TimeScanner, t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  if (s.heads.has(t.norm)) return true;
  // "mid-2022", "mid-August", "Mitte-Juni": a hyphenated word ending in a number or head word.
  const dash = t.norm.lastIndexOf('-');
  if (dash > 0) {
    const tail = t.norm.slice(dash + 1);
    if (/^\d{4}$/.test(tail) || s.heads.has(tail)) return true;
  }
  // German compounds: "Mittwochabend", "Jahresende" (listed), "1990er" is a number token.
  if (s.vocab.lang === 'de' && t.norm.length > 6) {
    const wds = s.weekdaysByFirst.get(t.norm.charCodeAt(0));
    if (wds) for (const wd of wds) if (t.norm.startsWith(wd)) return true;
  }
  return false;
}

function isPrefix(s: TimeScanner, t: Token): boolean {
  if (t.kind !== 'word') return t.text === ',' || t.text === '.';
  // "Kriegsjahr 1944", "Wahljahr 2024": compounds on -jahr frame a year.
  return s.prefixes.has(t.norm) || s.heads.has(t.norm) || (s.vocab.lang === 'de' && /jahr(e?s)?$/.test(t.norm));
}

/** Candidate matches of one sentence, left to right, non-overlapping. */
export function scanSentence(s: TimeScanner, text: string, tokens: Token[], from: number, to: number, sentence: number, accept: (f: Fields, r: TimeRule, start: number, end: number) => boolean): RawTime[] {
  const out: RawTime[] = [];
  let consumedTok = from; // first token not yet covered by a match
  const sentEnd = to > from ? tokens[to - 1].end : 0;
  for (let i = from; i < to; i++) {
    if (i < consumedTok || !isHead(s, tokens[i])) continue;
    let first = i;
    while (first > consumedTok && i - first < LOOKBACK && isPrefix(s, tokens[first - 1])) first--;
    for (let k = first; k <= i; k++) {
      const tk = tokens[k];
      if (tk.kind === 'punct') continue;
      const hit = matchAt(s, text, tk.start, sentEnd);
      if (!hit) continue;
      if (!accept(hit.fields, hit.rule, hit.start, hit.end)) continue;
      out.push({ ...hit, sentence });
      let j = k;
      while (j < to && tokens[j].start < hit.end) j++;
      consumedTok = j;
      i = j - 1;
      break;
    }
  }
  return out;
}

function matchAt(s: TimeScanner, text: string, pos: number, limit: number): Omit<RawTime, 'sentence'> | null {
  s.re.lastIndex = pos;
  const m = s.re.exec(text);
  if (!m) return null;
  for (let r = 0; r < s.ruleGroups.length; r++) {
    if (m[s.ruleGroups[r]] === undefined) continue;
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
    return { start: pos, end, rule: s.rules[r], fields };
  }
  return null;
}

export { key };
