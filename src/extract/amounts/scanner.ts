// Finds amounts in one sentence, token by token: a quantity core (digits, number
// words, "eine Million", vague "Dutzende"), its multiplier ("Milliarden", "bn"), then
// what is counted (currency, %, or the noun phrase), the hedge before it, and a
// casualty cue nearby. Each step is a Map/Set lookup; no regex runs per token.
import type { Token } from '../context.js';
import type { AmountRecord, Approx, TimeRecord } from '../../model/analysis.js';
import type { AmountVocab, CoreWord, Phrase } from './vocab.js';
import { parseDigits, parseEnglishNumberWord, parseGermanNumberWord } from './numbers.js';
import { remember } from '../../util/word-memo.js';

const UPPER = /\p{Lu}/u;
const SYMBOL_CURRENCY = new Set(['$', '€', '£', '¥']);
const EN_ORDINAL = new Set(['st', 'nd', 'rd', 'th']);
const EN_IRREGULAR_PLURAL = new Set(['people', 'men', 'women', 'children', 'personnel', 'cattle', 'aircraft', 'sheep', 'fish', 'livestock', 'equipment', 'ammunition']);
const DE_DATIVE = new Set(['mit', 'von', 'bei', 'nach', 'aus', 'zu', 'seit', 'unter', 'vor', 'gegenüber']);
const SHORT_MULTIPLIERS = new Set(['m', 'b', 'bn', 'k', 'tn', 'mln']);

interface Core {
  first: number;
  last: number;
  value: number | null;
  vague?: string;
  currency?: string;
  kind: 'digits' | 'word' | 'vague';
  /** A multiplier or vague word was read: "of"/"von" may introduce the counted thing. */
  scaled: boolean;
  /** The counted thing can only follow with "of" ("thousands came" counts nothing). */
  ofOnly?: boolean;
}

export interface SentenceView {
  text: string;
  tokens: Token[];
  from: number;
  to: number;
  /** Time records (sorted) whose spans are off limits. */
  times: TimeRecord[];
}

/** The amounts of one sentence, appended to `out` (a new list without it). */
export function scanAmounts(v: AmountVocab, s: SentenceView, out: AmountRecord[] = []): AmountRecord[] {
  const { tokens, from, to } = s;
  for (let i = from; i < to; i++) {
    const core = readCore(v, s, i);
    if (!core) continue;
    const rec = complete(v, s, core);
    if (rec) {
      out.push(rec.record);
      while (i + 1 < to && tokens[i + 1].start < rec.record.end) i++;
    } else {
      i = Math.max(i, core.last);
    }
  }
  return out;
}

function inTime(times: TimeRecord[], t: Token): boolean {
  for (const r of times) if (r.start < t.end && t.start < r.end) return true;
  return false;
}

/** Phrase whose last word is tokens[i] and whose other words precede it; returns the first token index. */
function phraseEndingAt<T>(map: Map<string, Array<Phrase<T>>>, tokens: Token[], i: number, min: number): { first: number; value: T } | null {
  const list = map.get(tokens[i].norm);
  if (!list) return null;
  for (const p of list) {
    const first = i - p.words.length + 1;
    if (first < min) continue;
    let ok = true;
    for (let k = 0; k < p.words.length - 1 && ok; k++) ok = tokens[first + k].norm === p.words[k];
    if (ok) return { first, value: p.value };
  }
  return null;
}

/** Phrase starting at tokens[i] (for "per cent", "percentage points"). */
function phraseStartingAt<T>(map: Map<string, Array<Phrase<T>>>, tokens: Token[], i: number, max: number): { last: number; value: T } | null {
  for (let len = 3; len >= 1; len--) {
    const last = i + len - 1;
    if (last >= max) continue;
    const hit = phraseEndingAt(map, tokens, last, i);
    if (hit && hit.first === i) return { last, value: hit.value };
  }
  return null;
}

function numberWordValue(v: AmountVocab, norm: string): number | null {
  return v.lang === 'de' ? parseGermanNumberWord(norm, v.numberWords) : parseEnglishNumberWord(norm, v.numberWords);
}

const NOT_A_CORE: CoreWord = { value: null, candidate: false };

/** readCore asks this for every word of every sentence; it depends on the word form only, so it is
 *  decided once per form (number words are parsed by splitting on "tausend", "hundert", "und", "-"). */
function coreWord(v: AmountVocab, norm: string): CoreWord {
  if (!v.coreStarts.mayMatch(norm)) return NOT_A_CORE; // most words: no memo lookup
  let w = v.coreWords.get(norm);
  if (!w) {
    const value = numberWordValue(v, norm);
    w = value === null && !v.vague.has(norm) && !v.articleOne.has(norm) ? NOT_A_CORE : { value, candidate: true };
    remember(v.coreWords, norm, w);
  }
  return w;
}

function readCore(v: AmountVocab, s: SentenceView, i: number): Core | null {
  const { tokens, to } = s;
  const t = tokens[i];
  let currency: string | undefined;
  let n = i;
  if (t.kind !== 'word' && SYMBOL_CURRENCY.has(t.text) && tokens[i + 1]?.kind === 'number' && n + 1 < to) {
    currency = v.currencies.get(t.text);
    n = i + 1;
  }
  const nt = tokens[n];
  if (nt.kind === 'number') {
    if (inTime(s.times, nt) || isNotAQuantity(v, s, n)) return null;
    const value = parseDigits(nt.text, v.lang);
    if (value === null) return null;
    return { first: i, last: n, value, currency, kind: 'digits', scaled: false };
  }
  if (nt.kind !== 'word') return null;
  // Neither a number word, nor an article, nor the end of a vague phrase: nothing below can match.
  const cw = coreWord(v, nt.norm);
  if (!cw.candidate || inTime(s.times, nt)) return null;
  let vague = phraseEndingAt(v.vague, tokens, n, s.from);
  if (vague) {
    // Prefer the longer phrase from the same start: "hundreds of thousands" over "hundreds".
    for (let k = n + 2; k < Math.min(to, n + 4); k++) {
      const longer = phraseEndingAt(v.vague, tokens, k, s.from);
      if (longer && longer.first === vague.first) { vague = longer; n = k; }
    }
    // "Millionen Menschen" is vague; "Millionen" alone (after a number) is a multiplier, handled there.
    if (v.vagueNeedsNoun.has(nt.norm) && !nextIsNoun(v, s, n + 1)) return null;
    // English "thousands", "dozens" take their noun with "of"; "several states" takes it directly.
    const ofOnly = v.lang === 'en' && !v.vagueNeedsNoun.has(tokens[n].norm);
    return { first: vague.first, last: n, value: null, vague: vague.value, kind: 'vague', scaled: true, ofOnly };
  }
  // "eine Million", "a dozen": the article counts as one before a multiplier.
  if (v.articleOne.has(nt.norm) && n + 1 < to && v.multipliers.has(tokens[n + 1].norm) && !SHORT_MULTIPLIERS.has(tokens[n + 1].norm)) {
    return { first: i, last: n, value: 1, kind: 'word', scaled: false };
  }
  const w = cw.value;
  if (w === null) return null;
  // "one of the…", "eins zu eins": not a count.
  if (nt.norm === 'one' && tokens[n + 1]?.norm === 'of') return null;
  return { first: i, last: n, value: w, kind: 'word', scaled: false };
}

/** Page numbers, ranks, ordinals, times of day, phone numbers, scores. */
function isNotAQuantity(v: AmountVocab, s: SentenceView, n: number): boolean {
  const { tokens } = s;
  const t = tokens[n];
  if (t.text.includes(':')) return true; // 14:30, 3:1
  const prev = tokens[n - 1];
  const next = tokens[n + 1];
  if (prev && n > s.from && v.blockersBefore.has(prev.norm)) return true;
  if (prev && n > s.from && (prev.text === '+' || prev.text === '/' || prev.text === '#') && !t.spaceBefore) return true;
  if (next && n + 1 < s.to) {
    if (v.blockersAfter.has(next.norm)) return true;
    if (next.text === '/' && tokens[n + 2]?.kind === 'number') return true; // 030/1234, 3/4
    if (next.kind === 'number' && next.spaceBefore && /^\d+$/.test(next.text) && /^\d+$/.test(t.text)) return true; // "030 1234567"
    // German ordinals "Platz 3.", "3. Liga": the period is glued and the sentence goes on.
    if (v.lang === 'de' && next.text === '.' && !next.spaceBefore && n + 2 < s.to && tokens[n + 2].kind === 'word') return true;
    if (v.lang === 'en' && EN_ORDINAL.has(next.norm) && !next.spaceBefore) return true;
  }
  if (prev && prev.kind === 'number' && t.spaceBefore && /^\d+$/.test(prev.text) && /^\d+$/.test(t.text) && n > s.from) return true;
  return false;
}

function isNounToken(v: AmountVocab, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || v.stopWords.has(t.norm)) return false;
  if (v.lang === 'de') return UPPER.test(t.text[0]);
  return true;
}

function nextIsNoun(v: AmountVocab, s: SentenceView, j: number): boolean {
  const { tokens, to } = s;
  if (j < to && v.connectors.has(tokens[j].norm)) j++;
  for (let k = 0; k < 3 && j + k < to; k++) {
    const t = tokens[j + k];
    if (isNounToken(v, t) && (v.lang !== 'de' || UPPER.test(t.text[0]))) return true;
    if (!(v.lang === 'de' && isAdjective(v, t))) return false;
  }
  return false;
}

function isAdjective(v: AmountVocab, t: Token): boolean {
  if (t.kind !== 'word' || v.stopWords.has(t.norm) || UPPER.test(t.text[0])) return false;
  return v.adjectiveEndings.some((e) => t.norm.endsWith(e)) && t.norm.length > 3;
}

/** German adjectives in the unit: nominative plural strong form ("ballistischen" → "ballistische"). */
function adjLemma(w: string): string {
  return w.endsWith('en') ? w.slice(0, -1) : w.endsWith('er') || w.endsWith('em') || w.endsWith('es') ? w.slice(0, -1) : w;
}

/** German nouns in the unit: undo the dative plural "-n" where the base form is clear. */
function nounLemma(v: AmountVocab, w: string, dative: boolean): string {
  const low = w.toLowerCase();
  // Adjectival nouns: "Toten" → "Tote", "Verletzten" → "Verletzte".
  if (low.endsWith('en') && v.casualtyNouns.has(low) && v.casualtyNouns.has(low.slice(0, -1))) return w.slice(0, -1);
  if (dative && (low.endsWith('ern') || low.endsWith('eln'))) return w.slice(0, -1);
  return w;
}

/** A lower-case plural noun ("tanks", "people"); capitalised names like "Abrams" do not end the phrase. */
function isEnglishPlural(w: string): boolean {
  return EN_IRREGULAR_PLURAL.has(w) || (/^[a-z].*[a-z]s$/.test(w) && !/(ss|us|is)$/.test(w));
}

interface Completed { record: AmountRecord }

function complete(v: AmountVocab, s: SentenceView, core: Core): Completed | null {
  const { tokens, to, text } = s;
  let value = core.value;
  let j = core.last + 1;
  let scaled = core.scaled;
  // Multipliers: "4,5 Milliarden", "2.5 billion", "$3m", "zwei Dutzend".
  while (value !== null && j < to && v.multipliers.has(tokens[j].norm)) {
    const mt = tokens[j];
    if (SHORT_MULTIPLIERS.has(mt.norm) && (mt.spaceBefore && !core.currency)) break;
    if (SHORT_MULTIPLIERS.has(mt.norm) && !core.currency && !(j + 1 < to && v.currencies.has(tokens[j + 1].norm))) break;
    value *= v.multipliers.get(mt.norm)!;
    scaled = true;
    j++;
  }
  let end = tokens[j - 1].end;
  let unit: string | null = null;
  let category: string | undefined;
  let currency = core.currency;
  if (!currency && j < to && v.currencies.has(tokens[j].norm)) {
    currency = v.currencies.get(tokens[j].norm);
    end = tokens[j].end;
    j++;
  }
  if (currency) { unit = currency; category = 'money'; }
  else {
    const pct = j < to ? phraseStartingAt(v.percent, tokens, j, to) : null;
    if (pct) { unit = '%'; end = tokens[pct.last].end; j = pct.last + 1; }
    else {
      const np = readUnit(v, s, j, scaled, core);
      if (np) { unit = np.unit; end = tokens[np.last].end; j = np.last + 1; }
    }
  }
  // The counted thing's contents belong to the span, not to the unit: "Container mit Munition".
  if (unit && !currency && unit !== '%' && j + 1 < to && v.ofPhrases.has(tokens[j].norm)) {
    const pp = readUnit(v, s, j + 1, false, core);
    if (pp) end = tokens[pp.last].end;
  }
  // Hedge before the core.
  let start = tokens[core.first].start;
  let approx: Approx = core.value === null ? '~' : '=';
  let hedgeRule = '';
  if (core.first - 1 >= s.from) {
    const h = phraseEndingAt(v.hedges, tokens, core.first - 1, s.from);
    if (h) {
      approx = h.value;
      start = tokens[h.first].start;
      hedgeRule = '+hedge';
    }
  }
  if (unit && v.durationUnits.has(unit.split(' ').pop()!.toLowerCase())) return null;
  if (!category && unit !== '%') category = casualtyCategory(v, s, core.first, j, unit);
  // A bare number says too little to be worth a record: keep it only with what it counts.
  if (unit === null && core.value !== null && !category) return null;
  if (unit === null && core.value !== null && value !== null && value >= 1900 && value <= 2100 && !scaled) return null;
  const kind = currency ? 'money' : unit === '%' ? 'percent' : core.kind;
  const record: AmountRecord = { start, end, text: text.slice(start, end), value: core.value === null ? null : round(value!), approx, unit, rule: `amount.${v.lang}.${kind}${hedgeRule}` };
  if (core.vague) record.vague = core.vague;
  if (category) record.category = category;
  return { record };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The counted noun phrase from token j on; null when none. */
function readUnit(v: AmountVocab, s: SentenceView, j: number, scaled: boolean, core: Core): { unit: string; last: number } | null {
  const { tokens, to } = s;
  let k = j;
  let dative = false;
  if (k < to && scaled && v.connectors.has(tokens[k].norm)) { k++; dative = true; }
  else if (core.ofOnly && k === core.last + 1) return null;
  if (v.lang === 'de') {
    const before = tokens[core.first - 1];
    if (before && core.first - 1 >= s.from && DE_DATIVE.has(before.norm)) dative = true;
    const adjs: string[] = [];
    while (k < to && adjs.length < 3 && isAdjective(v, tokens[k]) && !v.casualtyCues.has(tokens[k].norm)) { adjs.push(adjLemma(tokens[k].text)); k++; }
    if (k < to && isNounToken(v, tokens[k]) && !inTime(s.times, tokens[k])) {
      return { unit: [...adjs, nounLemma(v, tokens[k].text, dative)].join(' '), last: k };
    }
    return null;
  }
  const words: string[] = [];
  let last = -1;
  for (; k < to && words.length < 3; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || v.stopWords.has(t.norm) || inTime(s.times, t)) break;
    if (words.length === 0 && v.casualtyNouns.has(t.norm)) { words.push(t.text); last = k; break; }
    // A participle ends the phrase unless a noun follows it ("40 armored vehicles" vs "40 killed in").
    if (/(ed|ing|ly)$/.test(t.norm)) {
      const nx = tokens[k + 1];
      if (!nx || k + 1 >= to || nx.kind !== 'word' || v.stopWords.has(nx.norm) || /ly$/.test(t.norm)) break;
    }
    words.push(t.text);
    last = k;
    if (t.text[0] === t.norm[0] && isEnglishPlural(t.norm)) break;
  }
  if (!words.length) return null;
  const lastRaw = words[words.length - 1];
  const lastWord = lastRaw.toLowerCase();
  if (!(lastRaw[0] === lastWord[0] && isEnglishPlural(lastWord)) && !v.casualtyNouns.has(lastWord) && words.length > 1) {
    // No plural head in reach: keep the first word only ("one soldier", "5 km").
    return { unit: words[0], last: last - (words.length - 1) };
  }
  return { unit: words.join(' '), last };
}

/** `casualties-killed` / `casualties-injured` from the unit or the nearest cue in the clause. */
function casualtyCategory(v: AmountVocab, s: SentenceView, first: number, after: number, unit: string | null): string | undefined {
  const head = unit ? unit.split(' ').pop()!.toLowerCase() : null;
  if (head && v.casualtyNouns.has(head)) return v.casualtyNouns.get(head);
  if (head && !v.personNouns.has(head)) return undefined;
  const { tokens } = s;
  let best: string | undefined;
  let bestDist = 99;
  for (let k = after; k < Math.min(s.to, after + 6); k++) {
    const t = tokens[k];
    if (t.text === ';' || (t.kind === 'number' && k > after)) break;
    const c = v.casualtyCues.get(t.norm);
    if (c) { best = c; bestDist = k - after; break; }
  }
  for (let k = first - 1; k >= Math.max(s.from, first - 4); k--) {
    const c = v.casualtyCues.get(tokens[k].norm);
    if (c && first - k < bestDist) { best = c; break; }
  }
  return best;
}
