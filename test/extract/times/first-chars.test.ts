// The time scanner skips the rules that cannot start with the character at a position; these tests check
// the first-character analysis on small patterns and, for every rule of both languages, that a skipped
// rule never matches where it was skipped (on sentences written for this test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstAsciiChars } from '../../../src/extract/times/first-chars.js';
import { timeScanner } from '../../../src/extract/times/scanner.js';

const chars = (set: Uint8Array | null) => (set ? [...set].flatMap((v, c) => (v ? [String.fromCharCode(c)] : [])).join('') : null);

// [pattern, flags, expected first characters (sorted by char code) or null for "anything"]
const CASES: Array<[string, string, string | null]> = [
  ['(?:am|im)\\s+\\d', 'iu', 'AIai'],
  ['a?b', 'u', 'ab'],
  ['(?:x|y)*z', 'u', 'xyz'],
  ['(?<w>Mai|Juni)\\b', 'iuy', 'JMjm'],
  ['(?<=\\d{4}/)\\d{2}', 'iu', '0123456789'],
  ['(?=a)b', 'u', 'b'], // a lookahead consumes nothing: only the widening side is kept
  ['(?:the\\s+)?\\d{1,2}', 'iu', '0123456789Tt'],
  ['k', 'iu', 'Kk'], // the Kelvin sign folds to k as well, but it is not ASCII
  ['ſ', 'iu', 'Ss'], // the long s folds to s
  ['[a-c]\\.', 'u', 'abc'],
  ['\\p{Lu}x', 'u', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  ['x*', 'u', null], // may match the empty string
  ['(?<a>x)\\k<a>', 'u', 'x'], // what follows the first consuming item is never read
  ['(?:\\1|a)(x)', 'u', null], // back references are not modelled
  ['\\bword', 'u', 'w'],
];

test('first characters of small patterns', () => {
  for (const [src, flags, expected] of CASES) {
    const got = chars(firstAsciiChars(src, flags));
    assert.equal(got, expected === null ? null : [...expected].sort().join(''), src);
  }
});

test('an ASCII literal starts with what the engine matches it against, with and without case folding', () => {
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if ('^$\\.*+?()[]{}|/'.includes(ch)) continue; // syntax, not literals
    for (const flags of ['iu', 'u']) {
      const engine = new RegExp(`^${ch}$`, flags);
      let expected = '';
      for (let d = 0; d < 128; d++) if (engine.test(String.fromCharCode(d))) expected += String.fromCharCode(d);
      assert.equal(chars(firstAsciiChars(ch, flags)), expected, `${JSON.stringify(ch)} /${flags}`);
    }
  }
});

const SENTENCES = [
  'Am 3. Oktober 2023 trafen sich die Minister in Wien, zwei Wochen später in Prag.',
  'Seit dem 12.04.2021 gilt die Regel; bis Ende des Jahres soll sie bleiben.',
  'Vor rund 200 Jahren, im Frühjahr 1824, begann der Streit – so die Chronik (S. 14).',
  'Die Sitzung ist für Dienstagabend geplant, spätestens aber für den 2. Mai.',
  'In den 1990er Jahren und im 19. Jahrhundert gab es 1912/13 Kriege.',
  'On March 4, 2022, officials met; three days later, on the 7th of March, they met again.',
  'Early next year, about 40 percent of the 2,000 troops will leave by mid-2025.',
  'Last Tuesday night the talks ended; in the spring of 1999 they had begun two decades ago.',
  '„Morgen früh“, sagte er, „treffen wir uns um 10:30 Uhr.“ Ab 2026 gilt das Gesetz.',
  'The 1960s, the 20th century and 350 BC are eras; ſeit and Kelvin K are odd letters.',
];

test('a skipped rule never matches at the position it was skipped', () => {
  for (const lang of ['de', 'en']) {
    const s = timeScanner(lang)!;
    let skipped = 0;
    for (const text of SENTENCES) {
      for (let pos = 0; pos < text.length; pos++) {
        const c = text.charCodeAt(pos);
        if (c >= 128) continue;
        const tried = new Set(s.rulesByFirst[c]);
        for (let r = 0; r < s.rules.length; r++) {
          if (tried.has(r)) continue;
          skipped++;
          const re = s.ruleRes[r];
          re.lastIndex = pos;
          assert.equal(re.exec(text), null, `${lang} ${s.rules[r].id} at ${JSON.stringify(text.slice(pos, pos + 20))}`);
        }
      }
    }
    assert.ok(skipped > 1000, `${lang}: the analysis skips rules at all`);
  }
});
