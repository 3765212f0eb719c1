// Token boundaries and the language detector's word count, held to their regex definitions on generated
// text (letters, marks, digits, separators, quotes, surrogate pairs and lone surrogates, Unicode spaces):
// the word counter scans by hand, and the tokenizer only moves boundaries by attaching periods.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/segment.js';
import { countEvidence, FUNCTION_WORDS } from '../../src/text/langid.js';

/** The token regex of segment.ts. */
const TOKEN_RE = /(?:\p{L}\.){2,}(?:-[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*)?|\d+(?:[.,:]\d+)*(?:-\p{L}[\p{L}\p{M}\p{N}]*)?|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*-?|\.{3}|[^\s\p{L}\p{M}\p{N}]/gu;

const PIECES = [
  'Wahl', 'the', 'Dr', 'U.S.', 'z.B.', 'u. a.', 'e.V.-Mitglied', '3.7.2024', '11.000', '4,5', '10:30', '5-jährige', '2-', 'Raketen-',
  'a', 'Z', 'ä', 'Ö', 'ß', 'ẞ', 'é', '1', '0', '.', '..', '...', ',', ':', ';', '-', '–', '—', "'", '’', '‘', '`', '´', '&', '%', '$',
  '€', '„', '“', '»', '(', ')', ' ', ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '²', '½', '٣', '\u0301', '\u0308',
  '𝐀', '😀', '\ud800', '\udc00', 'ſ', 'K', 'İ', 'Σ', 'ﬁ',
];

function generated(count: number, seed: number, maxPieces: number): string[] {
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 1 + Math.floor(rnd() * maxPieces);
    for (let k = 0; k < n; k++) s += PIECES[Math.floor(rnd() * PIECES.length)];
    out.push(s);
  }
  return out;
}

test('token boundaries are those of the token regex (before periods are attached)', () => {
  for (const text of generated(10000, 11, 16)) {
    const expected: Array<[number, number]> = [];
    const re = new RegExp(TOKEN_RE);
    let m: RegExpExecArray | null;
    // The tokenizer attaches a period to some words ("Dr."); compare starts, and ends of tokens without one.
    while ((m = re.exec(text)) !== null) expected.push([m.index, m.index + m[0].length]);
    const got = tokenize(text);
    const starts = new Set(got.map((t) => t.start));
    for (const [s, e] of expected) {
      const tok = got.find((t) => t.start === s);
      if (!tok) {
        // Only a period swallowed by the word before may vanish as a token of its own.
        assert.equal(text.slice(s, e), '.', JSON.stringify(text));
        continue;
      }
      assert.ok(tok.end === e || (tok.end === e + 1 && text[e] === '.'), JSON.stringify(text));
    }
    assert.ok(got.every((t) => starts.has(t.start)));
  }
});

/** The regex definitions of a token's norm and kind. */
function referenceNorm(t: string): string {
  return t.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[‐‑‒–—―]/g, '-');
}
function referenceKind(t: string): string {
  if (/^\d/.test(t)) return 'number';
  if (/^[\p{L}\p{M}]/u.test(t[0])) return 'word';
  if (t.charCodeAt(0) >= 0x660 && /\p{N}/u.test(t[0])) return 'word';
  if (t.charCodeAt(0) < 128) return '$+<=>^`|~'.includes(t[0]) ? 'symbol' : 'punct';
  return /\p{P}/u.test(t[0]) ? 'punct' : 'symbol';
}

test('token norms and kinds are those of their regex definitions', () => {
  const texts = [...generated(5000, 23, 12), 'ÄRGER über Ökologie – „Zitat“ ‚so‘ ² ½ ٣ İstanbul ΣΟΦΊΑ ẞ `x´ ﬁx'];
  for (const text of texts) {
    for (const t of tokenize(text)) {
      assert.equal(t.norm, referenceNorm(t.text), JSON.stringify(t.text));
      assert.equal(t.kind, referenceKind(t.text), JSON.stringify(t.text));
      assert.equal(t.text, text.slice(t.start, t.end));
    }
  }
});

// The reference reads the detector's own word lists: what is tested is how words are found and matched.
const DE = FUNCTION_WORDS.de;
const EN = FUNCTION_WORDS.en;

/** The regex form of the word count (words are /\p{L}+/u runs, lower-cased). */
function referenceEvidence(text: string) {
  const ev = { de: 0, en: 0, words: 0, letters: 0 };
  for (const m of text.matchAll(/[\p{L}ß]+/gu)) {
    const w = m[0].toLowerCase();
    ev.words++;
    ev.letters += w.length;
    if (DE.has(w)) ev.de++;
    else if (EN.has(w)) ev.en++;
    if (/[äöüß]/.test(w)) ev.de += 0.5;
  }
  return ev;
}

test('the language evidence counts the words the regex finds', () => {
  const texts = [
    'Der Minister sagte, die Gespräche über die Lage seien schwierig.',
    'The minister said that talks about the situation were difficult.',
    'ÜBER DIE STRAẞE GEHT ES FÜR İSTANBUL', 'Straße, Müller, MÜNCHEN', '', '   ', '123 456',
    ...generated(10000, 5, 24),
  ];
  for (const t of texts) assert.deepEqual(countEvidence(t), referenceEvidence(t), JSON.stringify(t));
});

test('every function word counts in any casing, and near-misses do not', () => {
  const words = [...FUNCTION_WORDS.de, ...FUNCTION_WORDS.en];
  const variants = (w: string) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w + 'x', 'x' + w, w.slice(1), w.slice(0, -1),
    w.replace(/[aou]/, (c) => ({ a: 'ä', o: 'ö', u: 'ü' })[c] ?? c), w.replace(/[äöü]/, (c) => ({ ä: 'a', ö: 'o', ü: 'u' })[c] ?? c)];
  for (const w of words) {
    for (const v of variants(w)) {
      const text = `Wort ${v} und ${v}, é${v} ${v}-${v}`;
      assert.deepEqual(countEvidence(text), referenceEvidence(text), JSON.stringify(text));
    }
  }
});
