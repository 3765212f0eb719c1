// Behaviour of English lexicon entries through the whole pipeline: the word, its code and its slots.
// Sentences are written for these tests; each row is [text, expected "SRC cameo TGT" or null for "no such event"].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/extract/pipeline.js';

function coded(text: string): string[] {
  const a = analyze({ id: 't', text, date: '2024-05-01', lang: 'en' });
  return a.events.map((e) => `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'}`);
}

const HAS: Array<[string, string]> = [
  // staple foods are humanitarian goods
  ['India shipped wheat to Afghanistan.', 'IND 073 AFG'],
  // the place of what worries is the target of concern
  ['Germany voiced concern over the fighting in Sudan.', 'DEU 012 SDN'],
  // the addressee of "call on" follows the preposition the phrase covers
  ['The African Union called on Ethiopia to hold talks.', 'IGOAFRAFU 026 ETH'],
  // a commitment needs "to" or committed resources
  ['Pakistan is committed to peace with India.', 'PAK 030 IND'],
  // WMD use needs the use, not a weapon word near "attack"
  ['Russia used nuclear weapons against Ukraine.', 'RUS 2042 UKR'],
  ['Israel attacked Iranian nuclear sites.', 'ISR 190 IRN'],
  // whose withdrawal is demanded
  ['Ukraine demanded the withdrawal of Russian troops.', 'UKR 106 RUSMIL'],
  ['Italy suspended aid deliveries in Iraq.', 'ITA 162 IRQ'],
];

const NOT: Array<[string, RegExp]> = [
  ['Croat forces committed crimes against Serb civilians.', / 03\d+ /],
  ['Russia moved nuclear weapons to Belarus.', / 204\d /],
  ['Israel attacked Iranian nuclear sites.', / 204\d /],
];

for (const [text, want] of HAS) test(`codes ${want}: ${text}`, () => assert.ok(coded(text).includes(want), coded(text).join('; ')));
for (const [text, bad] of NOT) test(`does not code ${bad}: ${text}`, () => assert.ok(!coded(text).some((e) => bad.test(` ${e.split(' ')[1]} `)), coded(text).join('; ')));
