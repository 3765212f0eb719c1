// Surface filters: candidates that look like dates but are not ("Mai Thi Nguyen",
// "August Bebel", "Vision 2030", "1500 Soldaten", "Theresa May", "may" the verb).
// They only read the text around the match, never the document date.
import type { Fields, TimeRule } from './rule.js';
import { key, type TimeVocab } from './vocab.js';

const UPPER = /\p{Lu}/u;
const TITLES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'fr.', 'hr.', 'herr', 'frau', 'prof.', 'sir', 'lady', 'miss']);
const MEASURE_AFTER = new Set(['km', 'kg', 't', 'm', 'mm', 'cm', 'ha', 'mw', 'gw', 'kw', 'kwh', 'prozent', 'percent', 'euro', 'dollar',
  'uhr', 'mio', 'dollars', 'euros', 'pounds', 'votes', 'mrd', 'mrd.', 'millionen', 'milliarden', 'million', 'billion', 'meter', 'metres', 'meters', 'miles', 'tonnen', 'tons']);
/** English plural-looking words that are not counted nouns after a year ("in 2019 was …"). */
const EN_NOT_PLURAL = new Set(['was', 'has', 'is', 'as', 'its', 'this', 'thus', 'his', 'us', 'plus', 'whereas', 'always', 'perhaps', 'this']);
const EN_COUNTED = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'troops', 'persons', 'cattle']);

function nextWord(text: string, end: number): string {
  // Stays on the line: a heading "Westfront 1939" is not continued by the next paragraph.
  const m = /^[ \t\u00a0]*([\p{L}\p{N}%][\p{L}\p{N}.]*|%)/u.exec(text.slice(end, end + 40));
  return m ? m[1].replace(/\.+$/, '') : '';
}

function prevWord(text: string, start: number): string {
  const m = /([\p{L}\p{N}][\p{L}\p{N}.]*)[ \t\u00a0]*$/u.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1] : '';
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
