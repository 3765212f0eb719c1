// A title with a bare surname ("President Bush") names a knowledge-base person when everyone of that
// surname there belongs to one country; family-name-first names ("Kim") are indexed by the family name too,
// so a surname shared across countries is no guess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/extract/pipeline.js';

type Row = [text: string, date: string, mention: string, code: string | null];

const ROWS: Row[] = [
  ['President Bush met the Polish prime minister.', '1990-05-01', 'Bush', 'USAGOV'],
  ['President Bush met the Polish prime minister.', '2005-05-01', 'Bush', 'USAGOV'],
  // Kim: Korean leaders of both states and American politicians — several countries, no country guessed
  ['President Kim met the Polish prime minister.', '2005-05-01', 'Kim', 'GOV'],
  // an unknown surname keeps the title's sector only
  ['Minister Okonkwo met the Polish prime minister.', '2005-05-01', 'Okonkwo', 'GOV'],
];

for (const [text, date, mention, code] of ROWS) {
  test(`${date}: ${text}`, () => {
    const a = analyze({ id: 't', text, date, lang: 'en' });
    const m = a.actors.find((x) => x.text === mention || x.text.endsWith(' ' + mention));
    assert.equal(m?.code ?? null, code);
  });
}
