// German amounts: [text, expected lines `text|value|approx|unit|vague|category`].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amountLine, amountsOf } from './times/helpers.js';

type Case = [string, string[]];

const counted: Case[] = [
  ['Teheran soll mehr als 14.000 Kisten mit Granaten verkauft haben.', ['mehr als 14.000 Kisten mit Granaten|14000|>|Kisten||']],
  ['Geliefert wurden Dutzende von iranischen Drohnen.', ['Dutzende von iranischen Drohnen|null|~|iranische Drohnen|dozens|']],
  ['Russland verlegte zwei Divisionen an die Grenze.', ['zwei Divisionen|2|=|Divisionen||']],
  ['Die Armee schickte drei Brigaden.', ['drei Brigaden|3|=|Brigaden||']],
  ['Es wurden 500 Panzer bestellt.', ['500 Panzer|500|=|Panzer||']],
  ['Kiew erhielt 31 Kampfpanzer vom Typ Abrams.', ['31 Kampfpanzer|31|=|Kampfpanzer||']],
  ['Die Nato stationiert 300.000 Soldaten in hoher Bereitschaft.', ['300.000 Soldaten|300000|=|Soldaten||']],
  ['Mindestens 20 Schiffe liefen aus.', ['Mindestens 20 Schiffe|20|>|Schiffe||']],
  ['Über 100 Drohnen wurden abgeschossen.', ['Über 100 Drohnen|100|>|Drohnen||']],
  ['Rund 2000 Menschen demonstrierten.', ['Rund 2000 Menschen|2000|~|Menschen||']],
  ['Etwa 40 Journalisten warteten.', ['Etwa 40 Journalisten|40|~|Journalisten||']],
  ['Knapp 5000 Flüchtlinge kamen an.', ['Knapp 5000 Flüchtlinge|5000|~|Flüchtlinge||']],
  ['Weniger als 10 Staaten stimmten dagegen.', ['Weniger als 10 Staaten|10|<|Staaten||']],
  ['Bis zu 50 Raketen pro Tag wurden abgefeuert.', ['Bis zu 50 Raketen|50|<|Raketen||']],
  ['Ungefähr 12 Minister nahmen teil.', ['Ungefähr 12 Minister|12|~|Minister||']],
  ['Fast 90 Länder unterzeichneten.', ['Fast 90 Länder|90|~|Länder||']],
  ['Unter 30 Abgeordnete stimmten zu.', ['Unter 30 Abgeordnete|30|<|Abgeordnete||']],
  ['Höchstens 15 Beobachter dürfen einreisen.', ['Höchstens 15 Beobachter|15|<|Beobachter||']],
  ['Die Regierung entsandte zwölf Diplomaten.', ['zwölf Diplomaten|12|=|Diplomaten||']],
  ['Sieben Staaten traten bei.', ['Sieben Staaten|7|=|Staaten||']],
  ['Zwanzig Kampfjets überflogen die Stadt.', ['Zwanzig Kampfjets|20|=|Kampfjets||']],
  ['Fünfundzwanzig Mitgliedstaaten stimmten zu.', ['Fünfundzwanzig Mitgliedstaaten|25|=|Mitgliedstaaten||']],
  ['Zweihundert Häftlinge kamen frei.', ['Zweihundert Häftlinge|200|=|Häftlinge||']],
  ['Dreitausend Soldaten marschierten.', ['Dreitausend Soldaten|3000|=|Soldaten||']],
  ['Hundert Fahrzeuge standen bereit.', ['Hundert Fahrzeuge|100|=|Fahrzeuge||']],
  ['Tausend Freiwillige meldeten sich.', ['Tausend Freiwillige|1000|=|Freiwillige||']],
  ['Sie lieferten 40 gepanzerte Fahrzeuge.', ['40 gepanzerte Fahrzeuge|40|=|gepanzerte Fahrzeuge||']],
  ['Man fand 3 neue Massengräber.', ['3 neue Massengräber|3|=|neue Massengräber||']],
  ['Die Flotte bestand aus 12 modernen Fregatten.', ['12 modernen Fregatten|12|=|moderne Fregatten||']],
  ['Das Land besitzt 6 strategische Bomber.', ['6 strategische Bomber|6|=|strategische Bomber||']],
  ['Die Allianz lieferte 2 Millionen Schuss Munition.', ['2 Millionen Schuss|2000000|=|Schuss||']],
  ['Mehr als 1,5 Millionen Menschen flohen.', ['Mehr als 1,5 Millionen Menschen|1500000|>|Menschen||']],
  ['Die Stadt zählt 3,4 Mio. Einwohner.', ['3,4 Mio. Einwohner|3400000|=|Einwohner||']],
  ['Zwei Dutzend Boote legten an.', ['Zwei Dutzend Boote|24|=|Boote||']],
  ['Das Schiff trug 40 Tonnen an Hilfsgütern.', ['40 Tonnen an Hilfsgütern|40|=|Tonnen||']],
  ['Ein Konvoi mit 120 Lastwagen erreichte Gaza.', ['120 Lastwagen|120|=|Lastwagen||']],
  ['Sie feuerten 18 Marschflugkörper ab.', ['18 Marschflugkörper|18|=|Marschflugkörper||']],
  ['Es gab 4 Festnahmen.', ['4 Festnahmen|4|=|Festnahmen||']],
  ['Die Mission umfasst 1.200 Polizisten.', ['1.200 Polizisten|1200|=|Polizisten||']],
  ['Die Partei gewann 35 Sitze.', ['35 Sitze|35|=|Sitze||']],
];

const vague: Case[] = [
  ['Dutzende Raketen schlugen ein.', ['Dutzende Raketen|null|~|Raketen|dozens|']],
  ['Hunderte Menschen protestierten vor dem Parlament.', ['Hunderte Menschen|null|~|Menschen|hundreds|']],
  ['Tausende Soldaten wurden verlegt.', ['Tausende Soldaten|null|~|Soldaten|thousands|']],
  ['Zehntausende Menschen flohen.', ['Zehntausende Menschen|null|~|Menschen|tens of thousands|']],
  ['Hunderttausende Flüchtlinge kamen an.', ['Hunderttausende Flüchtlinge|null|~|Flüchtlinge|hundreds of thousands|']],
  ['Millionen Menschen sind betroffen.', ['Millionen Menschen|null|~|Menschen|millions|']],
  ['Mehrere Staaten protestierten.', ['Mehrere Staaten|null|~|Staaten|several|']],
  ['Zahlreiche Gebäude wurden beschädigt.', ['Zahlreiche Gebäude|null|~|Gebäude|numerous|']],
  ['Die Polizei nahm Dutzende Demonstranten fest.', ['Dutzende Demonstranten|null|~|Demonstranten|dozens|']],
  ['Hunderte von Häftlingen wurden verlegt.', ['Hunderte von Häftlingen|null|~|Häftlingen|hundreds|']],
  ['Tausende von Zivilisten flohen aus der Stadt.', ['Tausende von Zivilisten|null|~|Zivilisten|thousands|']],
  ['Dutzende von Drohnen griffen an.', ['Dutzende von Drohnen|null|~|Drohnen|dozens|']],
  ['Es kamen Tausende.', ['Tausende|null|~|null|thousands|']],
  ['Man sprach mit mehreren Diplomaten.', ['mehreren Diplomaten|null|~|Diplomaten|several|']],
  ['Die Zahl geht in die Millionen.', []],
];

const money: Case[] = [
  ['Die EU stellt 4,5 Milliarden Euro bereit.', ['4,5 Milliarden Euro|4500000000|=|EUR||money']],
  ['Die USA sagten 60 Milliarden Dollar zu.', ['60 Milliarden Dollar|60000000000|=|USD||money']],
  ['Das Paket umfasst 500 Millionen Euro.', ['500 Millionen Euro|500000000|=|EUR||money']],
  ['Der Schaden beträgt rund 2 Mrd. Euro.', ['rund 2 Mrd. Euro|2000000000|~|EUR||money']],
  ['Die Hilfe beläuft sich auf 1,2 Mio. Euro.', ['1,2 Mio. Euro|1200000|=|EUR||money']],
  ['Er zahlte 50.000 Euro Strafe.', ['50.000 Euro|50000|=|EUR||money']],
  ['Der Fonds hat mehr als 100 Milliarden US-Dollar.', ['mehr als 100 Milliarden US-Dollar|100000000000|>|USD||money']],
  ['Die Kosten liegen bei 300 Millionen Pfund.', ['300 Millionen Pfund|300000000|=|GBP||money']],
  ['Das kostet 20 Franken.', ['20 Franken|20|=|CHF||money']],
  ['Russland zahlte 5 Milliarden Rubel.', ['5 Milliarden Rubel|5000000000|=|RUB||money']],
  ['Die Ukraine erhielt zwei Milliarden Euro.', ['zwei Milliarden Euro|2000000000|=|EUR||money']],
  ['Der Preis stieg auf 80 €.', ['80 €|80|=|EUR||money']],
  ['Das Ticket kostet €25.', ['€25|25|=|EUR||money']],
  ['Eine Milliarde Euro fließt in den Fonds.', ['Eine Milliarde Euro|1000000000|=|EUR||money']],
  ['Eine Million Dollar wurde gezahlt.', ['Eine Million Dollar|1000000|=|USD||money']],
  ['Bis zu 10 Milliarden Euro sind möglich.', ['Bis zu 10 Milliarden Euro|10000000000|<|EUR||money']],
  ['Etwa 3,5 Billionen Dollar Schulden drohen.', ['Etwa 3,5 Billionen Dollar|3500000000000|~|USD||money']],
  ['Der Etat wuchs um 7 Milliarden Euro.', ['7 Milliarden Euro|7000000000|=|EUR||money']],
  ['Die Inflation lag bei 2,4 Prozent.', ['2,4 Prozent|2.4|=|%||']],
  ['Die Zustimmung fiel auf 30 %.', ['30 %|30|=|%||']],
  ['Die Wirtschaft wuchs um 0,3 Prozent.', ['0,3 Prozent|0.3|=|%||']],
  ['Knapp 50 Prozent stimmten zu.', ['Knapp 50 Prozent|50|~|%||']],
  ['Mehr als 60 Prozent lehnten ab.', ['Mehr als 60 Prozent|60|>|%||']],
  ['Die Kosten: 1.500 Euro pro Person.', ['1.500 Euro|1500|=|EUR||money']],
  ['Sie spendeten 12 Millionen Euro und 3 Millionen Dollar.', ['12 Millionen Euro|12000000|=|EUR||money', '3 Millionen Dollar|3000000|=|USD||money']],
];

const casualties: Case[] = [
  ['Bei dem Anschlag gab es mehr als 40 Tote.', ['mehr als 40 Tote|40|>|Tote||casualties-killed']],
  ['Es gab rund 100 Verletzte.', ['rund 100 Verletzte|100|~|Verletzte||casualties-injured']],
  ['Bei dem Angriff wurden 12 Menschen getötet.', ['12 Menschen|12|=|Menschen||casualties-killed']],
  ['Mindestens 30 Zivilisten wurden verletzt.', ['Mindestens 30 Zivilisten|30|>|Zivilisten||casualties-injured']],
  ['Die Behörden meldeten 15 Todesopfer.', ['15 Todesopfer|15|=|Todesopfer||casualties-killed']],
  ['Es wurden 12 Menschen getötet und 30 verletzt.', ['12 Menschen|12|=|Menschen||casualties-killed', '30|30|=|null||casualties-injured']],
  ['Drei Soldaten kamen ums Leben.', ['Drei Soldaten|3|=|Soldaten||casualties-killed']],
  ['Zwei Polizisten wurden verwundet.', ['Zwei Polizisten|2|=|Polizisten||casualties-injured']],
  ['Man zählte Dutzende Tote.', ['Dutzende Tote|null|~|Tote|dozens|casualties-killed']],
  ['Es gab Hunderte Verletzte.', ['Hunderte Verletzte|null|~|Verletzte|hundreds|casualties-injured']],
  ['Der Angriff forderte mindestens 20 Todesopfer.', ['mindestens 20 Todesopfer|20|>|Todesopfer||casualties-killed']],
  ['Unter den 50 Toten waren Kinder.', ['50 Toten|50|=|Tote||casualties-killed']],
  ['Ein Krankenhaus behandelte 70 Schwerverletzte.', ['70 Schwerverletzte|70|=|Schwerverletzte||casualties-injured']],
  ['Fünf Menschen starben bei dem Einsturz.', ['Fünf Menschen|5|=|Menschen||casualties-killed']],
  ['Es gab 8 Verwundete.', ['8 Verwundete|8|=|Verwundete||casualties-injured']],
  ['Die Armee meldete 200 Gefallene.', ['200 Gefallene|200|=|Gefallene||casualties-killed']],
  ['Mehr als 1.000 Menschen wurden getötet.', ['Mehr als 1.000 Menschen|1000|>|Menschen||casualties-killed']],
  ['Sieben Kinder wurden erschossen.', ['Sieben Kinder|7|=|Kinder||casualties-killed']],
  ['Die Zahl der Toten stieg auf 45.', []],
  ['Bei dem Unglück starben 4 Passagiere.', ['4 Passagiere|4|=|Passagiere||casualties-killed']],
];

const traps: Case[] = [
  ['Fr. Müller landete auf Platz 3. Danach ging sie.', []],
  ['Siehe Seite 12 des Berichts.', []],
  ['Die Sitzung begann um 14 Uhr.', []],
  ['Das Treffen ist am 3. Juli 2024.', []],
  ['Im Jahr 2019 wurde gewählt.', []],
  ['Die G7 trafen sich in Italien.', []],
  ['COVID-19 breitete sich aus.', []],
  ['Die Vision 2030 wurde vorgestellt.', []],
  ['Die Telefonnummer ist 030 1234567.', []],
  ['Das Spiel endete 3:1.', []],
  ['Der 2. Weltkrieg endete 1945.', []],
  ['Er wohnt in der Hausnummer 12.', []],
  ['Gemäß Artikel 5 gilt der Bündnisfall.', []],
  ['Die Resolution Nr. 2231 gilt.', []],
  ['Vor zwei Jahren begann der Krieg.', []],
  ['Zwei Tage später fiel die Stadt.', []],
  ['Seit 2022 herrscht Krieg.', []],
  ['Die F-16 wurden geliefert.', []],
  ['Er war einer der Ersten.', []],
  ['Ein Soldat wurde befördert.', []],
  ['Die Sitzung dauerte bis 18:30.', []],
  ['Das Dokument vom 3.7.2024 liegt vor.', []],
  ['Der Paragraf 218 wurde reformiert.', []],
  ['Das geschah 480 v. Chr. in Griechenland.', []],
  ['Die Zahl 42 ist bekannt.', []],
  ['Die Kurse stiegen am 5. Mai.', []],
  ['Er belegte Rang 4.', []],
  ['Im Kapitel 7 steht es.', []],
  ['Die beiden Staaten verhandeln.', []],
  ['Gleis 9 ist gesperrt.', []],
  ['Die Verhandlungen dauerten zwei Wochen.', []],
  ['Er saß drei Jahre in Haft.', []],
];

// Number words one to twelve before a plural noun.
const WORDS = ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig'];
const VALUES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 30, 40, 50];
const words: Case[] = WORDS.map((w, i): Case => [`Die Regierung schickte ${w} Berater.`, [`${w} Berater|${VALUES[i]}|=|Berater||`]]);
// Number formats: German grouping and decimals.
const FORMATS: Array<[string, number]> = [['1.000', 1000], ['12.500', 12500], ['1.250.000', 1250000], ['7', 7], ['999', 999], ['2,5', 2.5], ['0,75', 0.75], ['10.000', 10000], ['45', 45], ['3.000', 3000]];
const formats: Case[] = FORMATS.map(([n, val]): Case => [`Man zählte ${n} Fahrzeuge.`, [`${n} Fahrzeuge|${val}|=|Fahrzeuge||`]]);
// Hedges.
const HEDGES: Array<[string, string]> = [['mehr als', '>'], ['über', '>'], ['mindestens', '>'], ['weniger als', '<'], ['bis zu', '<'], ['rund', '~'], ['etwa', '~'], ['ungefähr', '~'], ['knapp', '~'], ['circa', '~'], ['ca.', '~'], ['fast', '~'], ['nahezu', '~'], ['höchstens', '<'], ['wenigstens', '>']];
const hedges: Case[] = HEDGES.map(([h, ap]): Case => [`Es kamen ${h} 400 Besucher.`, [`${h} 400 Besucher|400|${ap}|Besucher||`]]);

const all = [...counted, ...vague, ...money, ...casualties, ...traps, ...words, ...formats, ...hedges];

test('German amount table has at least 150 cases', () => {
  assert.ok(all.length >= 150, `only ${all.length} cases`);
});

for (const [text, expected] of all) {
  test(`de amounts: ${text}`, () => {
    assert.deepEqual(amountsOf(text, 'de').map(amountLine), expected);
  });
}

test('each amount carries its rule id', () => {
  for (const a of amountsOf('Mehr als 40 Tote und 4,5 Milliarden Euro.', 'de')) assert.match(a.rule ?? '', /^amount\.de\./);
});

test('odd input never throws', () => {
  for (const s of ['', '€', '$$$ 1,,,2', '1.2.3.4.5 Euro', '9'.repeat(5000), 'Dutzende '.repeat(2000), '<b>40 Tote</b>']) amountsOf(s, 'de');
});

test('words that only look like number compounds through inherited object keys are no numbers', async () => {
  const { parseGermanNumberWord } = await import('../../src/extract/amounts/numbers.js');
  const words = new Map([['hundert', 100], ['tausend', 1000], ['zwei', 2]]);
  for (const w of ['constructorhundert', '__proto__hundert', 'toStringundzwanzig', 'einundconstructor']) assert.equal(parseGermanNumberWord(w, words), null, w);
  assert.equal(parseGermanNumberWord('zweihundert', words), 200);
  assert.equal(parseGermanNumberWord('dreiundvierzig', words), 43);
  assert.deepEqual(amountsOf('Es kamen constructorhundert Leute.', 'de'), []);
});
