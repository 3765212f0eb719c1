// Surface filters: candidates that look like dates but are not ("Mai Thi Nguyen",
// "August Bebel", "Vision 2030", "1500 Soldaten", "Theresa May", "may" the verb).
// They only read the text around the match, never the document date.
import type { Fields, TimeRule } from './rule.js';
import { key, type TimeVocab } from './vocab.js';
import { classAt, codePointLength, isAsciiLetter, LETTER, NUMBER, unitClass } from '../../text/char-class.js';

const UPPER = /\p{Lu}/u;
const TITLES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'fr.', 'hr.', 'herr', 'frau', 'prof.', 'sir', 'lady', 'miss']);
const MEASURE_AFTER = new Set(['km', 'kg', 't', 'm', 'mm', 'cm', 'ha', 'mw', 'gw', 'kw', 'kwh', 'prozent', 'percent', 'euro', 'dollar',
  'uhr', 'mio', 'dollars', 'euros', 'pounds', 'votes', 'mrd', 'mrd.', 'millionen', 'milliarden', 'million', 'billion', 'meter', 'metres', 'meters', 'miles', 'tonnen', 'tons']);
/** English plural-looking words that are not counted nouns after a year ("in 2019 was …"). */
const EN_NOT_PLURAL = new Set(['was', 'has', 'is', 'as', 'its', 'this', 'thus', 'his', 'us', 'plus', 'whereas', 'always', 'perhaps', 'this']);
const EN_COUNTED = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'troops', 'persons', 'cattle']);

// nextWord and prevWord scan by hand what these regexes (flag u) find in a 40-character window; a regex
// on a slice cost more than the rest of the filters:
//   next: /^[ \t\u00a0]*([\p{L}\p{N}%][\p{L}\p{N}.]*|%)/ on text.slice(end, end + 40), trailing periods dropped
//   prev: /([\p{L}\p{N}][\p{L}\p{N}.]*)[ \t\u00a0]*$/   on text.slice(start - 40, start)

const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** Code units of the letter or number (\p{L}\p{N}) at `k`, 0 if none; `hi` ends the window: a surrogate pair
 *  cut by it is no letter. */
function letterOrNumberAt(text: string, k: number, hi: number): number {
  const c = text.charCodeAt(k);
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    if (k + 1 >= hi) return 0;
    const cls = classAt(text, k);
    return cls === LETTER || cls === NUMBER ? codePointLength(text, k) : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0; // a trail surrogate on its own (pairs are read from their lead)
  const cls = unitClass(c);
  return cls === LETTER || cls === NUMBER ? 1 : 0;
}

export function nextWord(text: string, end: number): string {
  // Stays on the line: a heading "Westfront 1939" is not continued by the next paragraph.
  const hi = Math.min(text.length, end + 40);
  let k = end;
  while (k < hi && isBlank(text.charCodeAt(k))) k++;
  if (k >= hi) return '';
  const start = k;
  if (text.charCodeAt(k) === 37 /* % */) k++;
  else {
    const n = letterOrNumberAt(text, k, hi);
    if (n === 0) return '';
    k += n;
  }
  for (;;) {
    if (k >= hi) break;
    if (text.charCodeAt(k) === 46) { k++; continue; }
    const n = letterOrNumberAt(text, k, hi);
    if (n === 0) break;
    k += n;
  }
  while (k > start && text.charCodeAt(k - 1) === 46) k--;
  return text.slice(start, k);
}

export function prevWord(text: string, start: number): string {
  const lo = Math.max(0, start - 40);
  let e = start;
  while (e > lo && isBlank(text.charCodeAt(e - 1))) e--;
  // The run of letters, numbers and periods that ends at e; the word starts at its first letter or number.
  let q = e;
  while (q > lo) {
    const c = text.charCodeAt(q - 1);
    if (c === 46) { q--; continue; }
    if (c >= 0xdc00 && c <= 0xdfff && q - 2 >= lo && letterOrNumberAt(text, q - 2, e) === 2) { q -= 2; continue; }
    if (letterOrNumberAt(text, q - 1, e) !== 1) break;
    q--;
  }
  while (q < e && text.charCodeAt(q) === 46) q++;
  return q < e ? text.slice(q, e) : '';
}

/** True when the text before `start` ends a sentence or is empty (the word at `start` opens a sentence). */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start).trimEnd();
  return before === '' || /[.!?:"„“»«\n(]$/.test(before);
}

/** Only list bullets or spaces between the line start and `start` ("* 1920 Krieg", a heading). */
function opensLine(text: string, start: number): boolean {
  const m = /(^|\n)[ \t*•\-–]*$/.exec(text.slice(Math.max(0, start - 8), start));
  return m !== null && (m[1] === '\n' || start <= 8);
}

export function acceptTime(v: TimeVocab, f: Fields, rule: TimeRule, text: string, start: number, end: number): boolean {
  const en = v.lang === 'en';
  switch (rule.kind) {
    case 'date':
    case 'dayrange':
    case 'month': {
      if (f.m) {
        const raw = f.m;
        // English month names are capitalised; "may", "march" lower-case are a verb and a noun.
        if (en && !UPPER.test(raw[0])) return false;
        if (rule.id === 'm' && !f.prep && !f.part && !f.rel) {
          if (en) return false; // a bare English month ("June", "May") is too often a name
          if (v.ambiguousMonths.has(key(raw))) {
            // "Mai Thi Nguyen", "August Bebel": a capitalised word after a bare month makes it a name.
            const nw = nextWord(text, end);
            if (nw && UPPER.test(nw[0]) && !v.months.has(key(nw))) return false;
          }
        }
        // "Theresa May", "Karl August": a capitalised word before, not opening the sentence.
        if (!f.prep && !f.part && !f.d && (key(raw) === 'may' || key(raw) === 'mai' || key(raw) === 'august')) {
          const pw = prevWord(text, start);
          if (pw && UPPER.test(pw[0]) && !opensSentence(text, start - pw.length - 1) && !v.months.has(key(pw))) return false;
        }
      }
      if (f.d && +f.d > 31) return false;
      return true;
    }
    case 'year': {
      if (f.jw || f.part) return true;
      const nw = nextWord(text, end);
      const nk = key(nw);
      if (MEASURE_AFTER.has(nk) || text[end] === '%' || text.slice(end, end + 2) === ' %') return false;
      // Digits around the match that the regex did not take ("1.939", "€2024").
      if (/[\d€$£]/.test(text[start - 1] ?? '') || /[.,]\d/.test(text.slice(end, end + 2))) return false;
      if (!f.prep) {
        const pw = key(prevWord(text, start)).replace(/\.$/, '');
        if (v.yearBlockers.has(pw) || v.yearBlockers.has(pw + '.')) return false;
        // "Vision 2030", "Paris 2024": English names before a year (German nouns are capitalised anyway).
        const rawPrev = prevWord(text, start);
        if (en && rawPrev && UPPER.test(rawPrev[0]) && !opensSentence(text, start - rawPrev.length - 1) && !v.months.has(key(rawPrev))) return false;
      }
      if (nw && !(f.prep && v.temporalPreps.has(key(f.prep))) && !opensLine(text, start)) {
        // A counted noun after the number makes it an amount: "1500 Soldaten", "2000 troops".
        if (!en && UPPER.test(nw[0]) && !v.months.has(nk) && !/^\p{Lu}+$/u.test(nw)) return false;
        if (en && (EN_COUNTED.has(nk) || (/^[a-z]+s$/.test(nw) && !/(ss|us|is)$/.test(nw) && !EN_NOT_PLURAL.has(nk)))) return false;
      }
      return true;
    }
    case 'dayword': {
      // "am Morgen", "jeden Morgen": the noun, not "tomorrow".
      if (key(f.w) === 'morgen' && UPPER.test(f.w![0]) && !opensSentence(text, start)) return false;
      return true;
    }
    case 'weekday':
      // "Mr. Friday", "Frau Montag": a name after a title.
      if (TITLES.has(key(prevWord(text, start)))) return false;
      return !en || UPPER.test(f.wd![0]);
    case 'later':
      // "two days before the vote": anchored to an event we do not resolve.
      if (en && (key(f.dir) === 'before' || key(f.dir) === 'on')) {
        const nw = nextWord(text, end);
        if (nw && /^\p{L}/u.test(nw)) return false;
      }
      return true;
    default:
      return true;
  }
}
