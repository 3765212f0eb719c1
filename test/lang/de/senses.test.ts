// Word senses and frames the German lexicon must tell apart (own example sentences).
// Each row: [text, date, expected events as "SRC CAMEO TGT status" (codes reduced to actor keys)], checked
// by CAMEO root; an empty list means no event at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/extract/pipeline.js';
import { actorKey } from '../../../src/model/actor-key.js';

const D = '2024-05-02';
const cases: Array<[string, string, string[]]> = [
  // verurteilen: condemn (11) unless a court sentences (16 would need court words)
  ['Die Bundesregierung verurteilte den Raketenangriff auf Israel.', D, ['DEU 111 - asserted']],
  // declining comment (011) is asserted, not a negated or rejecting act
  ['Der Kreml lehnte einen Kommentar zu den Berichten ab.', D, ['RUS 011 - asserted']],
  ['Die Regierung in Peking äußerte sich zunächst nicht zu dem Vorfall.', D, ['CHN 011 - asserted']],
  // bekennen: only the reflexive claim of responsibility; "bekannt" is "known"
  ['Der Islamische Staat bekannte sich zu dem Anschlag.', D, ['IMG 015 - asserted']],
  ['Frankreich ist für seinen Käse bekannt.', D, []],
  // treffen: hit (with weapons), not met
  ['Kiew wurde erneut von russischen Raketen getroffen.', D, ['RUS 190 UKR asserted']],
  // bitten um Vergebung: apology, not an appeal
  ['Der japanische Premier bat Südkorea um Verzeihung.', D, ['JPN 055 KOR asserted']],
  // Beileid aussprechen in the main clause (V2, separated particle)
  ['Macron sprach Marokko sein Beileid aus.', D, ['FRA 018 MAR asserted']],
  // protest blockades are 14, not rejections
  ['Serbische Demonstranten blockierten die Grenzübergänge zu Kroatien.', D, ['SRB 144 HRV asserted']],
  // prepositional targets of force posture
  ['Polen verlegt weitere Soldaten an die Grenze zu Belarus.', D, ['POL 154 BLR asserted']],
  // intent (03x) phrases
  ['Vietnam zeigte Interesse an einer Sicherheitspartnerschaft mit Japan.', D, ['VNM 031 JPN asserted']],
  ['Mexiko zeigte sich bereit zu Gesprächen mit Kuba.', D, ['MEX 036 CUB asserted']],
  // nuclear test: detonation (20), not a show of force
  ['Nordkorea könnte einen Atomtest durchführen.', D, ['PRK 204 - hypothetical']],
  // supplying goods
  ['Katar versorgt Ägypten mit Flüssiggas.', D, ['QAT 061 EGY asserted']],
];

function show(e: { source: { code: string } | null; target: { code: string } | null; cameo: string; status: string }): string {
  return `${e.source ? actorKey(e.source.code) : '-'} ${e.cameo.slice(0, 2)} ${e.target ? actorKey(e.target.code) : '-'} ${e.status}`;
}

test('German word senses and frames', () => {
  const wrong: string[] = [];
  for (const [text, date, expected] of cases) {
    const got = analyze({ id: 't', text, date, lang: 'de' }).events.map(show).sort();
    const want = expected.map((x) => { const [s, c, t, st] = x.split(' '); return `${s} ${c.slice(0, 2)} ${t} ${st}`; }).sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${text}\n  want ${want.join(' | ')}\n  got  ${got.join(' | ')}`);
  }
  assert.deepEqual(wrong, []);
});
