// Attribution stage API: the shared lexicon lookups, Konjunktiv I, attributionFor,
// quotation-mark pairing, and robustness on hostile input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionFor, attributionDetails, isKonjunktivI, isReportingVerb, reportingForms } from '../../src/extract/attribution.js';
import { pairQuotationMarks } from '../../src/extract/quotes/marks.js';
import { tokenize } from '../../src/text/segment.js';
import { analyseQuotes, contextFor } from './attribution/helper.js';
import { attributionStage } from '../../src/extract/attribution.js';
import { quotesStage } from '../../src/extract/quotes.js';

test('isReportingVerb: inflected, separable and English forms', () => {
  const yes: Array<[string, string]> = [
    ['de', 'sagte'], ['de', 'sagten'], ['de', 'gesagt'], ['de', 'erklärte'], ['de', 'betonte'], ['de', 'mitteilte'], ['de', 'mitgeteilt'],
    ['de', 'teilte'], ['de', 'kündigte'], ['de', 'angekündigt'], ['de', 'behauptete'], ['de', 'warnte'], ['de', 'forderte'], ['de', 'unterstrich'],
    ['en', 'said'], ['en', 'says'], ['en', 'told'], ['en', 'added'], ['en', 'announced'], ['en', 'claimed'], ['en', 'denied'], ['en', 'warned'],
  ];
  for (const [lang, w] of yes) assert.ok(isReportingVerb(lang, w), `${lang} ${w}`);
  const no: Array<[string, string]> = [['de', 'haus'], ['de', 'meine'], ['en', 'report'], ['en', 'claim'], ['en', 'state'], ['en', 'house'], ['xx', 'said']];
  for (const [lang, w] of no) assert.ok(!isReportingVerb(lang, w), `${lang} ${w}`);
});

test('reportingForms: separable readings name their particle; alleged verbs are flagged', () => {
  assert.equal(reportingForms('de', 'teilte').find((f) => f.entry.lemma === 'mitteilen')?.needsParticle, 'mit');
  assert.equal(reportingForms('de', 'behauptete')[0].entry.alleged, true);
  assert.equal(reportingForms('en', 'claimed')[0].entry.alleged, true);
  assert.equal(reportingForms('en', 'said')[0].entry.type, 'say');
});

test('isKonjunktivI: reported-speech verbs, not adjectives or first person', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Das Bündnis sei beunruhigt.', 'sei', true],
    ['Peking versuche, Beziehungen zu halten.', 'versuche', true],
    ['Russland unterstütze Nordkorea.', 'unterstütze', true],
    ['Die Staaten seien bereit.', 'seien', true],
    ['Washington habe Pjöngjang kritisiert.', 'habe', true],
    ['Ich habe das gesehen.', 'habe', false],
    ['Das habe ich gesehen.', 'habe', false],
    ['Die lange Reise endete.', 'lange', false],
    ['Er wartete eine Stunde.', 'eine', false],
    ['Russland unterstützt Nordkorea.', 'unterstützt', false],
  ];
  for (const [text, word, expected] of cases) {
    const ctx = contextFor(text, 'de');
    const i = ctx.tokens.findIndex((t) => t.text === word);
    assert.equal(isKonjunktivI(ctx, i), expected, text);
  }
  const en = contextFor('He said so.', 'en');
  assert.equal(isKonjunktivI(en, 1), false);
});

test('attributionFor: the innermost attribution over a span, with its details', () => {
  const text = 'Weber sagte, Putin behaupte, die NATO bedrohe Russland.';
  const ctx = analyseQuotes(text, 'de', [['Weber', 'DEUGOV'], ['Putin', 'RUSGOV'], ['NATO', 'IGOWSTNAT', 'igo'], ['Russland', 'RUS', 'state']]);
  const at = text.indexOf('bedrohe');
  const a = attributionFor(ctx, { start: at, end: at + 7 });
  assert.equal(a?.lemma, 'behaupten');
  assert.equal(a?.speaker?.code, 'RUSGOV');
  assert.equal(attributionDetails(a!)?.alleged, true);
  const outer = attributionFor(ctx, { start: text.indexOf('behaupte'), end: text.indexOf('behaupte') + 8 });
  assert.equal(outer?.lemma, 'sagen');
  assert.equal(attributionFor(ctx, { start: 0, end: 5 }), null);
});

test('pairQuotationMarks: typographies, apostrophes, inch marks, unbalanced marks', () => {
  const cases: Array<[string, string[]]> = [
    ['„a b“ und »c« und «d» und "e" und “f” und ‚g‘ und \'h\' und ‘i’', ['a b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']],
    ["Putin's and the Smiths' car", []],
    ['a 5" screen and a 7" one', []],
    ['"open only', []],
    ['„Er sagte ‚nein‘ dazu“', ['Er sagte ‚nein‘ dazu', 'nein']],
    ['"a\n\nb" c', []],
    ['“One.\n\n“Two,” he said.', ['One.\n\n“Two']],
  ];
  for (const [text, expected] of cases) {
    const got = pairQuotationMarks(text, tokenize(text)).map((q) => text.slice(q.start, q.end));
    assert.deepEqual(got, expected, text);
  }
});

// The timeout only catches a quadratic blow-up on the large document (hours, not seconds); speed is the benchmark's business.
test('hostile input never throws and never swallows the document', { timeout: 60_000 }, () => {
  const inputs = [
    '', ' ', '"', '„„„„', '“”“”', '»«»«', "'''", '"\u0000"', '<script>"x"</script>',
    '„'.repeat(5000), ('"Wir sind besorgt", sagte er. ').repeat(2000), 'sagte sagte sagte so so so laut laut',
    'said said said according to according to', '\u202e"abc"\u202c', '😀 "😀😀" 😀', ('„Ohne Ende ' + 'Wort '.repeat(3000)),
  ];
  for (const text of inputs) {
    for (const lang of ['de', 'en']) {
      const ctx = analyseQuotes(text, lang);
      for (const q of ctx.quotes) assert.ok(q.end - q.start <= 5000 || q.kind === 'indirect', 'no runaway quotation');
    }
  }
  const big = ('„Wir sind besorgt“, sagte Weber. Die Lage sei ernst. ').repeat(3000);
  const ctx = analyseQuotes(big, 'de', []);
  assert.ok(ctx.quotes.length >= 3000);
});

// The per-document index (quotation spans, mention columns) is kept for the last context only and its
// columns are reused: stages run out of order over several contexts must still see their own document.
test('attribution and quotes run interleaved over several documents give each its own result', () => {
  const docs: Array<[string, string, Array<[string, string]>]> = [
    ['„Die Gespräche waren zäh“, sagte Lindqvist. Die Lage sei ernst.', 'de', [['Lindqvist', 'SWEGOV']]],
    ['The minister said the border would stay closed. "We have no choice," Okafor told reporters.', 'en', [['Okafor', 'NGAGOV']]],
    ['Laut Ministerium wurden drei Dörfer geräumt. „Niemand ist verletzt“, so ein Sprecher.', 'de', []],
  ];
  const alone = docs.map(([text, lang, actors]) => analyseQuotes(text, lang, actors));
  const mixed = docs.map(([text, lang, actors]) => contextFor(text, lang, actors));
  for (const ctx of mixed) attributionStage.run(ctx);
  for (const ctx of [...mixed].reverse()) quotesStage.run(ctx);
  for (let i = 0; i < docs.length; i++) {
    assert.ok(alone[i].quotes.length > 0, docs[i][0]);
    assert.deepEqual(mixed[i].quotes, alone[i].quotes, docs[i][0]);
    assert.deepEqual(mixed[i].attributions.map((a) => a.rule), alone[i].attributions.map((a) => a.rule), docs[i][0]);
  }
});
