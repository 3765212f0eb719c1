// Reading numbers as written: digit groups in German ("11.000", "4,5") and English
// ("11,000", "2.5") conventions, and number words ("zwei", "fünfundzwanzig",
// "zweihundert", "twenty-five").

/**
 * Parses a digit string. A separator followed by exactly three digits (and not the
 * language's decimal mark before them) groups thousands; otherwise it is the decimal mark.
 */
export function parseDigits(s: string, lang: string): number | null {
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const dec = lang === 'en' ? '.' : ',';
  const grp = lang === 'en' ? ',' : '.';
  // "1.5" in German text or "4,5" in English text: a lone separator not followed by three digits is decimal.
  const parts = s.split(/([.,])/);
  let intPart = '';
  let frac = '';
  for (let i = 0; i < parts.length; i += 2) {
    const chunk = parts[i];
    const sep = parts[i - 1];
    if (i === 0) { intPart = chunk; continue; }
    if (chunk === '') return null;
    if (sep === grp && chunk.length === 3 && frac === '') intPart += chunk;
    else if ((sep === dec || chunk.length !== 3) && frac === '' && i === parts.length - 1) frac = chunk;
    else return null;
  }
  const v = Number(frac ? `${intPart}.${frac}` : intPart);
  return Number.isFinite(v) ? v : null;
}

// Maps, not object literals: a word such as "constructorhundert" must not find an inherited key.
const DE_UNITS = new Map<string, number>(Object.entries({
  ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
}));
const DE_TENS = new Map<string, number>(Object.entries({
  zehn: 10, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
}));

/** German number words written as one word: "fünfundzwanzig", "zweihundert", "dreitausend". */
export function parseGermanNumberWord(w: string, words: Map<string, number>): number | null {
  if (words.has(w)) return words.get(w)!;
  const thousand = w.indexOf('tausend');
  if (thousand > 0) {
    const head = parseGermanNumberWord(w.slice(0, thousand), words);
    const tail = w.slice(thousand + 7);
    const rest = tail ? parseGermanNumberWord(tail, words) : 0;
    return head !== null && rest !== null ? head * 1000 + rest : null;
  }
  const hundred = w.indexOf('hundert');
  if (hundred > 0) {
    const head = DE_UNITS.get(w.slice(0, hundred));
    const tail = w.slice(hundred + 7);
    const rest = tail ? parseGermanNumberWord(tail, words) : 0;
    return head !== undefined && rest !== null ? head * 100 + rest : null;
  }
  const und = w.indexOf('und');
  if (und > 0) {
    const u = DE_UNITS.get(w.slice(0, und));
    const t = DE_TENS.get(w.slice(und + 3));
    return u !== undefined && t !== undefined && t >= 20 ? t + u : null;
  }
  return null;
}

/** Every word that parseGermanNumberWord or parseEnglishNumberWord reads as a number begins with one of
 *  these (a listed word, or the unit or tens word a compound starts with: "einund…", "twenty-…"). */
export function numberWordStarts(lang: string, words: Map<string, number>): string[] {
  return lang === 'de' ? [...words.keys(), ...DE_UNITS.keys()] : [...words.keys()];
}

/** English hyphenated tens: "twenty-five". */
export function parseEnglishNumberWord(w: string, words: Map<string, number>): number | null {
  if (words.has(w)) return words.get(w)!;
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (!m) return null;
  const t = words.get(m[1]);
  const u = words.get(m[2]);
  return t !== undefined && u !== undefined && t >= 20 && t % 10 === 0 && u < 10 ? t + u : null;
}
