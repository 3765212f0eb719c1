// Language identification: eld (n-gram detector) on a prefix of the text, checked
// against a function-word count that decides de/en for short texts (headlines,
// single sentences) where n-gram statistics are unreliable.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { classAt, codePointLength, isAsciiLetter, LETTER } from './char-class.js';

/** Languages lagebild has language packs for. */
export const SUPPORTED_LANGUAGES: readonly string[] = ['de', 'en'];

/** What eld may answer for longer texts: the packs plus the languages European news is most often
 *  confused with, so a French or Dutch article is labelled as such instead of forced into de/en. */
const IDENTIFIED = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'da', 'sv', 'no', 'cs', 'ru', 'uk', 'tr'];

/** A prefix is enough: language does not change mid-article, and this keeps long texts cheap. */
const PREFIX = 1000;
/** Below this many letters eld is not trusted; the function words decide. */
const SHORT = 60;

// Unambiguous function words only: "die", "was", "will", "war", "an", "in", "also", "so" exist in both.
const DE_WORDS = new Set(('der das und nicht ist sich mit den dem des ein eine einer eines einem einen auf für von zu im am auch '
  + 'es sie er wir ich nach bei aus wird wurde werden hat haben sei sind über als wie noch nur dass daß oder aber gegen vor zum zur '
  + 'seine ihre kein keine mehr schon soll sollen kann können müssen diese dieser dieses beim vom laut sagte erklärte wegen seit bis '
  + 'trifft droht fordert warnt gibt neue neuen').split(' '));
const EN_WORDS = new Set(('the and of to is are were that this with for on by from has have had would not be it its as at which '
  + 'who said says their they he she we but or against after over than been being into about these those should could can '
  + 'meets threatens warns calls urges amid').split(' '));

type Detector = { detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> } ; setLanguageSubset(l: string[]): unknown };

let wide: Detector | null | undefined;
let deEn: Detector | null = null;

/** eld's database takes ~0.4 s and ~90 MB to load, so it is loaded on first use, synchronously
 *  (require of an ES module, Node ≥ 20.19); on older Node the function words decide alone. */
function detectors(): Detector | null {
  if (wide !== undefined) return wide;
  try {
    const req = createRequire(import.meta.url);
    const mod = req(fileURLToPath(import.meta.resolve('eld/extrasmall'))) as { eld: Detector & { newInstance(): Detector } };
    wide = mod.eld.newInstance();
    wide.setLanguageSubset(IDENTIFIED);
    deEn = mod.eld.newInstance();
    deEn.setLanguageSubset(['de', 'en']);
  } catch {
    wide = null;
  }
  return wide;
}

/** The function words (for tests). */
export const FUNCTION_WORDS: { de: ReadonlySet<string>; en: ReadonlySet<string> } = { de: DE_WORDS, en: EN_WORDS };

export interface Evidence { de: number; en: number; words: number; letters: number }

/** Longer words cannot be function words: they are only counted, never lower-cased or looked up. */
const MAX_FUNCTION_WORD = Math.max(...[...DE_WORDS, ...EN_WORDS].map((w) => w.length));

/** A word is a maximal run of letters (/\p{L}+/u); scanned by hand, as a regex exec per word cost most of the stage. */
export function countEvidence(prefix: string): Evidence {
  const ev: Evidence = { de: 0, en: 0, words: 0, letters: 0 };
  const n = prefix.length;
  let k = 0;
  while (k < n) {
    const c = prefix.charCodeAt(k);
    if (!(c < 128 ? isAsciiLetter(c) : classAt(prefix, k) === LETTER)) {
      k++;
      continue;
    }
    const start = k;
    let latin1 = true;
    let umlaut = false;
    for (;;) {
      const d = prefix.charCodeAt(k);
      if (d < 128) {
        if (isAsciiLetter(d)) { k++; continue; }
        break;
      }
      if (classAt(prefix, k) !== LETTER) break;
      if (d >= 0x100) latin1 = false;
      // ä ö ü ß and their capitals: the letters that lower-case to ä ö ü ß within Latin-1.
      else if (d === 0xe4 || d === 0xf6 || d === 0xfc || d === 0xdf || d === 0xc4 || d === 0xd6 || d === 0xdc) umlaut = true;
      k += codePointLength(prefix, k);
    }
    if (latin1) countLatin1Word(ev, prefix, start, k, umlaut);
    else countWord(ev, prefix.slice(start, k).toLowerCase());
  }
  return ev;
}

/** A word of Latin-1 letters: lower-casing keeps its length. Short words are looked up by a number computed
 *  from their letters, longer ones only when their length and first and last letters fit a function word:
 *  a lower-cased copy of every word was most of this function's cost. */
function countLatin1Word(ev: Evidence, text: string, start: number, end: number, umlaut: boolean): void {
  const len = end - start;
  ev.words++;
  ev.letters += len;
  if (len <= KEY_LETTERS) {
    const lang = FUNCTION_WORD_KEYS.get(wordKey(text, start, end));
    if (lang === DE) ev.de++;
    else if (lang === EN) ev.en++;
  } else if (len <= MAX_FUNCTION_WORD && LONG_SHAPES.has(shapeKey(text, start, end))) {
    const w = text.slice(start, end).toLowerCase();
    if (DE_WORDS.has(w)) ev.de++;
    else if (EN_WORDS.has(w)) ev.en++;
  }
  if (umlaut) ev.de += 0.5;
}

// Function words only use a–z, ä, ö, ü and ß: each gets a 5-bit code (its capital the same code, as
// toLowerCase gives), every other Latin-1 character 0. A word of up to 6 letters packs into one small integer.
const KEY_LETTERS = 6;
const LETTER_CODE = new Uint8Array(256);
for (let c = 0; c < 26; c++) LETTER_CODE[97 + c] = LETTER_CODE[65 + c] = c + 1;
LETTER_CODE[0xe4] = LETTER_CODE[0xc4] = 27; // ä Ä
LETTER_CODE[0xf6] = LETTER_CODE[0xd6] = 28; // ö Ö
LETTER_CODE[0xfc] = LETTER_CODE[0xdc] = 29; // ü Ü
LETTER_CODE[0xdf] = 30; // ß

/** The letters of text[start, end) (Latin-1, at most KEY_LETTERS) as a number; 0 if one cannot occur in a function word. */
function wordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let k = start; k < end; k++) {
    const code = LETTER_CODE[text.charCodeAt(k)];
    if (code === 0) return 0;
    key = key * 32 + code;
  }
  return key;
}

/** Length, first and last letter of a Latin-1 word, as a number. */
function shapeKey(text: string, start: number, end: number): number {
  return ((end - start) * 32 + LETTER_CODE[text.charCodeAt(start)]) * 32 + LETTER_CODE[text.charCodeAt(end - 1)];
}

const DE = 1;
const EN = 2;
/** wordKey of every function word of up to KEY_LETTERS letters → its language (German first, as in countWord). */
const FUNCTION_WORD_KEYS = new Map<number, number>();
/** shapeKey of every longer function word. */
const LONG_SHAPES = new Set<number>();
for (const [words, lang] of [[EN_WORDS, EN], [DE_WORDS, DE]] as const) {
  for (const w of words) {
    // (A word with a letter outside the alphabet above would never be found: test/text/langid.test.ts checks.)
    if (w.length <= KEY_LETTERS) FUNCTION_WORD_KEYS.set(wordKey(w, 0, w.length), lang);
    else LONG_SHAPES.add(shapeKey(w, 0, w.length));
  }
}

/** Any word, lower-cased (its length may change: "İ"). */
function countWord(ev: Evidence, w: string): void {
  ev.words++;
  ev.letters += w.length;
  if (DE_WORDS.has(w)) ev.de++;
  else if (EN_WORDS.has(w)) ev.en++;
  // Umlauts and ß are German evidence in de/en text (names like "Müller" in English text are rare enough).
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) { ev.de += 0.5; break; }
  }
}

/** Strips tags and entities so markup does not vote. Cheap: only the prefix is cleaned. */
function cleanPrefix(text: string): string {
  const p = text.length > PREFIX * 2 ? text.slice(0, PREFIX * 2) : text;
  return (p.includes('<') || p.includes('&') ? p.replace(/<[^>]{0,300}>/g, ' ').replace(/&[#\w]{1,10};/g, ' ') : p).slice(0, PREFIX);
}

/** ISO 639-1 code of the text's language: `de` or `en`, another code for clearly foreign text, `en` when there is no evidence. */
export function detectLanguage(text: string): string {
  const prefix = cleanPrefix(text);
  const ev = countEvidence(prefix);
  const margin = ev.de - ev.en;
  if (ev.letters < SHORT) {
    // Short text: two clear function words (or umlauts) decide; else eld restricted to de/en.
    if (Math.abs(margin) >= 1.5 || (ev.de + ev.en >= 1 && Math.abs(margin) >= 1)) return margin > 0 ? 'de' : 'en';
    if (detectors() && deEn && ev.letters > 0) {
      const r = deEn.detect(prefix);
      if (r.language === 'de' || r.language === 'en') return r.language;
    }
    return margin > 0 ? 'de' : 'en';
  }
  // Ordinary de/en prose: function words are a large share of the words and one language clearly
  // leads. Then the n-gram model (and its ~90 MB database) is not needed at all.
  const fw = ev.de + ev.en;
  if (ev.words >= 12 && fw >= ev.words * 0.15 && Math.max(ev.de, ev.en) >= 3 * Math.min(ev.de, ev.en) + 2) {
    return margin > 0 ? 'de' : 'en';
  }
  const det = detectors();
  if (det) {
    const r = det.detect(prefix);
    if (r.language === 'de' || r.language === 'en') {
      // eld and a strong function-word majority disagree only on mixed text: trust the words.
      const strong = Math.abs(margin) >= Math.max(3, ev.words * 0.08);
      return strong ? (margin > 0 ? 'de' : 'en') : r.language;
    }
    // Another language: accept it unless de/en function words are frequent (then it is de/en with many names).
    if (r.language && r.isReliable() && (ev.de + ev.en) < ev.words * 0.06) return r.language;
  }
  if (margin !== 0) return margin > 0 ? 'de' : 'en';
  if (deEn) {
    const r = deEn.detect(prefix);
    if (r.language) return r.language;
  }
  return 'en';
}
