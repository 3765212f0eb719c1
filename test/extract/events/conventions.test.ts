// CAMEO/PLOVER coding conventions the coder applies after finding a trigger and its arguments:
// domestic targets, announced protests, declared refusals, demands without "that", and the
// English noun/verb and attributive-adjective readings. Each row: [lang, text, expected events as
// "SRC CAMEO TGT status" with full CAMEO codes and actor keys, "-" for no target]. Lists are complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/extract/pipeline.js';
import { actorKey } from '../../../src/model/actor-key.js';

type Row = [lang: string, text: string, expected: string[]];

function coded(lang: string, text: string): string[] {
  return analyze({ id: 't', text, date: '2025-03-04', lang }).events.map((e) =>
    `${e.source ? actorKey(e.source.code) : '-'} ${e.cameo} ${e.target ? actorKey(e.target.code) : '-'} ${e.status}`).sort();
}

function table(name: string, rows: Row[]): void {
  for (const [lang, text, expected] of rows) {
    test(`${name} (${lang}): ${text}`, () => assert.deepEqual(coded(lang, text), [...expected].sort()));
  }
}

table('domestic events aim at the own country', [
  // protests, coercion and easing restrictions with no one named on the other side
  ['en', 'Thousands of Chilean students marched through the capital on Friday.', ['CHL 141 CHL asserted']],
  ['en', 'The Kenyan government lifted the nightly curfew.', ['KEN 0813 KEN asserted']],
  ['de', 'Die Regierung in Lima verhängte den Ausnahmezustand.', ['PER 1724 PER asserted']],
  ['en', 'The Algerian president threatened to impose a curfew in Oran.', ['DZA 1323 DZA asserted']],
  // the own state named as the place is no target of its own: the event stays, aimed at the country
  ['en', 'Thousands of Serbian students demonstrated in Serbia on Sunday.', ['SRB 141 SRB asserted']],
  ['en', 'Turkish forces withdrew from the Turkish border town.', ['TUR 0874 - asserted']],
  // … but a named counterpart stays, and resignations, releases and ceasefires have none implied
  ['en', 'Polish farmers protested against the Ukrainian government.', ['POL 141 UKR asserted']],
  ['en', 'The Peruvian interior minister resigned on Sunday.', ['PER 0831 - asserted']],
  ['en', 'Sudan released two British aid workers.', ['SDN 0841 GBR asserted']],
  ['en', 'Sudan released two hundred prisoners on Monday.', ['SDN 0841 SDN asserted']],
  // a government's demand may be aimed abroad: no target is implied
  ['en', 'The Ghanaian government demanded an explanation.', ['GHA 101 - asserted']],
  // rebels act across borders: nothing implied for their threats
  ['en', 'Colombian rebels threatened to resume attacks.', ['COL 138 - asserted']],
]);

table('an announced protest is a threat to protest (133)', [
  ['en', 'Dutch fishermen said they would protest in Rotterdam.', ['NLD 133 NLD asserted']],
  ['en', 'Belgian unions said they will strike next week.', ['BEL 133 BEL asserted']],
  // a protest announced by someone else stays a future protest
  ['en', 'Police said Belgian farmers will protest in Antwerp on Monday.', ['BEL 141 BEL future']],
]);

table('a declared refusal is a rejection (12x)', [
  ['en', 'Lebanon said it will not accept more refugees.', ['LBN 122 LBN asserted']],
  ['en', 'Hungary won\'t attend the summit in Vienna.', ['HUN 125 - asserted']],
  ['en', 'Serbia and Kosovo failed to reach an agreement.', ['SRB 127 KSV asserted']],
  ['de', 'Ungarn wird die Ukraine nicht unterstützen.', ['HUN 120 UKR asserted']],
  // a negated past reports an absence, not a refusal
  ['en', 'Hungary did not attend the summit in Vienna.', ['HUN 040 - negated']],
]);

table('a demand without "that"', [
  ['en', 'Amnesty said Egypt must release the detained bloggers.', ['NGO 1053 EGY asserted']],
  ['en', 'France said Azerbaijan must withdraw its troops.', ['FRA 106 AZE asserted']],
]);

table('English readings: nouns after adjectives, attributive adjectives', [
  // "targets", "supplies" after an adjective are nouns; after a name they can be verbs
  ['en', 'Israeli jets struck Hezbollah targets in southern Lebanon.', ['ISR 195 LBN asserted']],
  ['en', 'Iran targets dissidents abroad.', ['IRN 190 IRN asserted']],
  ['en', 'Medical supplies were delivered to Gaza.', []],
  // "Angry" describes the farmers: no disapproval event
  ['en', 'Angry Irish farmers blocked roads in Dublin.', ['IRL 144 IRL asserted']],
  ['en', 'Ireland is angry at Britain.', ['IRL 110 GBR asserted']],
]);

table('an announced cooperative act is the intent to do it (03x)', [
  ['en', 'Sweden will send humanitarian aid to Moldova.', ['SWE 0333 MDA asserted']],
  ['en', 'The Brazilian president will visit Angola in May.', ['BRA 036 AGO asserted']],
  ['de', 'Österreich wird der Slowakei Löschflugzeuge zur Verfügung stellen.', ['AUT 033 SVK asserted']],
  // what could happen is no one's stated intent
  ['en', 'Sweden could send humanitarian aid to Moldova.', ['SWE 073 MDA hypothetical']],
  // reported plans of another actor are that actor's intent, claimed by the speaker
  ['en', 'Officials in Kyiv said Sweden will send humanitarian aid to Moldova.', ['SWE 0333 MDA alleged']],
]);

table('status: reported futures, self-reports, times ahead, conditions', [
  // "would" after a past verb of saying is the future of the past; an announced visit is an intent
  ['en', 'The Ghanaian president announced that he would visit Togo.', ['GHA 036 TGO asserted']],
  ['en', 'Lithuania said it would expel two Belarusian diplomats.', ['LTU 161 BLR future']],
  // a state organ speaking of its state speaks for itself; a country's media do not
  ['de', 'Der polnische Außenminister sagte, Polen sei zu Gesprächen mit Belarus bereit.', ['POL 036 BLR asserted']],
  ['de', 'Nach Angaben polnischer Medien haben Polen und Litauen ein Abkommen unterzeichnet.', ['POL 057 LTU alleged']],
  // a time ahead makes a present tense future (and an announced visit an intent)
  ['de', 'Die deutsche Außenministerin reist kommende Woche nach Chile.', ['DEU 036 CHL asserted']],
  ['en', 'The Chilean foreign minister travels to Peru next week.', ['CHL 036 PER asserted']],
  // conditions are hypothetical; a conditional threat targets whoever must meet the condition
  ['en', 'Ankara threatened to close the border unless Athens withdrew its troops.', ['TUR 1312 GRC asserted', 'GRC 0874 - hypothetical']],
  // "declined to comment" is itself the event
  ['en', 'The Danish foreign ministry declined to comment.', ['DNK 011 - asserted']],
]);

table('a complement clause before its verb is embedded by it', [
  ['de', 'Dass Belarus Russland mit Munition beliefert, bestreitet Minsk.', ['BLR 072 RUS negated', 'BLR 016 - asserted']],
  ['de', 'Dass Serbien Waffen an Russland liefert, behauptet die Ukraine.', ['SRB 072 RUS alleged']],
]);

table('what is cut or suspended is the object, not an event', [
  ['de', 'Die Niederlande kürzten ihre Entwicklungshilfe für Mali.', ['NLD 1621 MLI asserted']],
  ['en', 'Canada suspended its military aid to Niger.', ['CAN 162 NER asserted']],
]);

table('a nationality adjective owns an act noun that names whom it hits', [
  ['de', 'Bei einem russischen Drohnenangriff auf Odessa wurden drei Menschen verletzt.', ['RUS 195 UKR asserted']],
  ['de', 'Die Regierung in Warschau verurteilte den russischen Raketenangriff auf Lwiw.', ['POL 111 RUS asserted', 'RUS 195 UKR asserted']],
  ['en', 'Egypt condemned Israeli strikes on Rafah.', ['EGY 111 ISR asserted', 'ISR 190 PSE asserted']],
  // a descriptive noun phrase names no one it hits: no event
  ['de', 'Der syrische Bürgerkrieg dauert seit Jahren an.', []],
]);

table('German phrases: compounds of their nouns count, detached verbs need their particle', [
  // "Wirtschaftssanktionen … aufgehoben" is the phrase "Sanktion aufheben"
  ['de', 'Kanada hat die Wirtschaftssanktionen gegen Belarus aufgehoben.', ['CAN 085 BLR asserted']],
  // "stellt … bereit" is no "einstellen": the detached "stellt" needs its particle "ein"
  ['de', 'Japan stellt Jordanien 50 Millionen Euro Nothilfe bereit.', ['JPN 073 JOR asserted']],
]);
