// German time expressions: [text, document date, expected [span, value] pairs].
// 2024-06-19 is a Wednesday (ISO week 25). Month-precise documents never get a day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timePairs, timesOf } from './times/helpers.js';

type Case = [string, string | null, Array<[string, string | null]>];
const D = '2024-06-19';
const M = '2024-06';
const Y = '2024';

const absolute: Case[] = [
  ['Das Treffen fand am 3. Juli 2024 statt.', D, [['am 3. Juli 2024', '2024-07-03']]],
  ['Der Vertrag wurde am 3.7.2024 unterzeichnet.', D, [['am 3.7.2024', '2024-07-03']]],
  ['Laut Protokoll vom 2024-07-03 gilt das.', D, [['vom 2024-07-03', '2024-07-03']]],
  ['Die Wahl ist am 9. Juni.', D, [['am 9. Juni', '2024-06-09']]],
  ['Am 1. September 1939 begann der Krieg.', D, [['Am 1. September 1939', '1939-09-01']]],
  ['Er starb am 31.12.1999 in Berlin.', D, [['am 31.12.1999', '1999-12-31']]],
  ['Die Frist endet am 1.9.39, hieß es damals.', '1940-01-01', [['am 1.9.39', '1939-09-01']]],
  ['Bis zum 15. März 2025 soll die Regel gelten.', D, [['Bis zum 15. März 2025', '2025-03-15']]],
  ['Seit dem 24. Februar 2022 herrscht Krieg.', D, [['24. Februar 2022', '2022-02-24']]],
  ['Mittwoch, 3. Juli 2024: Die Minister tagen.', D, [['Mittwoch, 3. Juli 2024', '2024-07-03']]],
  ['Die Gespräche laufen vom 5. bis 7. Mai 2024.', D, [['vom 5.', '2024-05-05'], ['bis 7. Mai 2024', '2024-05-07']]],
  ['Am 5./6. Juni trafen sich die Delegationen.', D, [['Am 5.', '2024-06-05'], ['6. Juni', '2024-06-06']]],
  ['Die Sitzung ist am 12. Jan. 2025 geplant.', D, [['am 12. Jan. 2025', '2025-01-12']]],
  ['Am 29. Februar 2023 geschah nichts.', D, []],
  ['Am 30. Februar gab es keine Sitzung.', D, []],
  ['Im Januar 2023 wurde die Regierung gebildet.', D, [['Im Januar 2023', '2023-01']]],
  ['Die Ernte im September 2021 war schlecht.', D, [['im September 2021', '2021-09']]],
  ['Bis Dezember 2025 soll alles fertig sein.', D, [['Bis Dezember 2025', '2025-12']]],
  ['Zwischen Mai und Juni 1940 fiel Frankreich.', D, [['Zwischen Mai', '1940-05'], ['Juni 1940', '1940-06']]],
  ['Im Jahr 2019 kam es zu Protesten.', D, [['Im Jahr 2019', '2019']]],
  ['In 2019 stieg die Zahl.', D, [['In 2019', '2019']]],
  ['Seit 2022 liefert Berlin Waffen.', D, [['Seit 2022', '2022']]],
  ['Ende 2023 war der Haushalt beschlossen.', D, [['Ende 2023', '2023']]],
  ['Anfang 2025 beginnt die Mission.', D, [['Anfang 2025', '2025']]],
  ['Mitte 2022 stiegen die Preise.', D, [['Mitte 2022', '2022']]],
  ['Im Sommer 2023 brannten die Wälder.', D, [['Im Sommer 2023', '2023']]],
  ['Im Frühjahr 2024 wurde gewählt.', D, [['Im Frühjahr 2024', '2024']]],
  ['Das Gesetz stammt aus dem Jahr 1990.', D, [['dem Jahr 1990', '1990']]],
  ['1989 fiel die Mauer.', D, [['1989', '1989']]],
  ['Die Reform von 2004 gilt bis heute.', D, [['von 2004', '2004'], ['heute', '2024-06-19']]],
  ['Der Krieg dauerte von 1939 bis 1945.', D, [['von 1939', '1939'], ['bis 1945', '1945']]],
  ['Die Saison 2023/24 war lang.', D, [['2023', '2023'], ['24', '2024']]],
  ['Ende des Jahres 2023 fiel die Entscheidung.', D, [['Ende des Jahres 2023', '2023']]],
  ['Im Kriegsjahr 1944 wurde die Stadt zerstört.', D, [['Im Kriegsjahr 1944', '1944']]],
  ['Das Datum 2023-13-45 ist ungültig.', D, []],
  ['Der Bericht vom 2024-03 liegt vor.', D, [['vom 2024-03', '2024-03']]],
  ['Er lebte im 19. Jahrhundert.', D, [['im 19. Jahrhundert', null]]],
  ['In den 1990er Jahren wuchs die Wirtschaft.', D, [['In den 1990er Jahren', null]]],
  ['Athen siegte 480 v. Chr. bei Salamis.', D, [['480 v. Chr.', null]]],
  ['Die Stadt wurde 1200 n. Chr. gegründet.', D, [['1200 n. Chr.', '1200']]],
  ['Die Konferenz tagte am 18. und 19. Juni.', D, [['am 18.', '2024-06-18'], ['19. Juni', '2024-06-19']]],
];

const relative: Case[] = [
  ['Der Besuch hat am Mittwoch stattgefunden.', M, [['am Mittwoch', '2024-06']]],
  ['Das sagte er am Montag in Berlin.', M, [['am Montag', '2024-06']]],
  ['Der Gipfel im Juli soll die Allianz stärken.', M, [['im Juli', '2024-07']]],
  ['In den vergangenen Monaten sei Teheran aufgerüstet worden.', M, [['In den vergangenen Monaten', null]]],
  ['Das sagte er am Montag in Berlin.', D, [['am Montag', '2024-06-17']]],
  ['Der Besuch fand am Mittwoch statt.', D, [['am Mittwoch', '2024-06-19']]],
  ['Am Freitag trafen sich die Minister.', D, [['Am Freitag', '2024-06-14']]],
  ['Am Freitag wird der Rat entscheiden.', D, [['Am Freitag', '2024-06-21']]],
  ['Am Sonntag soll gewählt werden.', D, [['Am Sonntag', '2024-06-23']]],
  ['Am vergangenen Montag kam es zu Protesten.', D, [['Am vergangenen Montag', '2024-06-17']]],
  ['Am kommenden Montag beginnt das Treffen.', D, [['Am kommenden Montag', '2024-06-24']]],
  ['Am Dienstagabend landete die Maschine.', D, [['Am Dienstagabend', '2024-06-18']]],
  ['Am Samstag Abend gab es Schüsse.', D, [['Am Samstag Abend', '2024-06-15']]],
  ['Jeden Montag demonstrieren sie.', D, [['Jeden Montag', null]]],
  ['Gestern wurde der Botschafter einbestellt.', D, [['Gestern', '2024-06-18']]],
  ['Der Minister reist heute nach Kiew.', D, [['heute', '2024-06-19']]],
  ['Morgen beginnt der Gipfel.', D, [['Morgen', '2024-06-20']]],
  ['Die Abstimmung ist morgen.', D, [['morgen', '2024-06-20']]],
  ['Vorgestern explodierte eine Bombe.', D, [['Vorgestern', '2024-06-17']]],
  ['Übermorgen läuft die Frist ab.', D, [['Übermorgen', '2024-06-21']]],
  ['Gestern Abend fielen Schüsse.', D, [['Gestern Abend', '2024-06-18']]],
  ['Gestern wurde verhandelt.', M, [['Gestern', '2024-06']]],
  ['Gestern wurde verhandelt.', Y, [['Gestern', '2024']]],
  ['Gestern wurde verhandelt.', null, [['Gestern', null]]],
  ['Am Mittwoch wurde verhandelt.', null, [['Am Mittwoch', null]]],
  ['Vergangene Woche reiste sie nach Paris.', D, [['Vergangene Woche', '2024-W24']]],
  ['In der vergangenen Woche wurde verhandelt.', D, [['In der vergangenen Woche', '2024-W24']]],
  ['Nächste Woche kommt der Kanzler.', D, [['Nächste Woche', '2024-W26']]],
  ['Diese Woche tagt der Rat.', D, [['Diese Woche', '2024-W25']]],
  ['Vergangene Woche reiste sie nach Paris.', M, [['Vergangene Woche', '2024-06']]],
  ['Im vergangenen Jahr stiegen die Ausgaben.', D, [['Im vergangenen Jahr', '2023']]],
  ['Im letzten Jahr stiegen die Ausgaben.', M, [['Im letzten Jahr', '2023']]],
  ['Im kommenden Jahr wird gewählt.', D, [['Im kommenden Jahr', '2025']]],
  ['In diesem Jahr wird gewählt.', D, [['In diesem Jahr', '2024']]],
  ['Dieses Jahr wird gewählt.', Y, [['Dieses Jahr', '2024']]],
  ['Im vergangenen Monat sank die Inflation.', D, [['Im vergangenen Monat', '2024-05']]],
  ['Im nächsten Monat steigt die Steuer.', D, [['Im nächsten Monat', '2024-07']]],
  ['Im vergangenen Monat sank die Inflation.', Y, [['Im vergangenen Monat', '2024']]],
  ['In den vergangenen Wochen gab es Gefechte.', D, [['In den vergangenen Wochen', null]]],
  ['In den nächsten Tagen fällt die Entscheidung.', D, [['In den nächsten Tagen', null]]],
  ['In den vergangenen zwei Jahren wuchs die Armee.', D, [['In den vergangenen zwei Jahren', null]]],
  ['In den letzten Jahren wuchs die Armee.', D, [['In den letzten Jahren', null]]],
  ['Vor zwei Jahren begann die Offensive.', D, [['Vor zwei Jahren', '2022']]],
  ['Vor drei Tagen wurde er festgenommen.', D, [['Vor drei Tagen', '2024-06-16']]],
  ['Vor einem Monat wurde er festgenommen.', D, [['Vor einem Monat', '2024-05']]],
  ['Vor zwei Wochen wurde er festgenommen.', D, [['Vor zwei Wochen', '2024-W23']]],
  ['Vor Jahren wurde er festgenommen.', D, [['Vor Jahren', null]]],
  ['Seit Monaten wird verhandelt.', D, [['Seit Monaten', null]]],
  ['Seit zwei Jahren wird verhandelt.', D, [['Seit zwei Jahren', null]]],
  ['Im Vorjahr lag der Wert höher.', D, [['Im Vorjahr', '2023']]],
  ['Bis zum Jahresende soll das Gesetz stehen.', D, [['Bis zum Jahresende', '2024']]],
  ['Ende des Jahres wird gewählt.', D, [['Ende des Jahres', '2024']]],
  ['Ende des vergangenen Jahres fiel die Entscheidung.', D, [['Ende des vergangenen Jahres', '2023']]],
  ['Anfang des Monats kam es zu Angriffen.', D, [['Anfang des Monats', '2024-06']]],
  ['Im Juli soll der Gipfel stattfinden.', D, [['Im Juli', '2024-07']]],
  ['Im Januar kam es zu Protesten.', D, [['Im Januar', '2024-01']]],
  ['Im vergangenen Juli kam es zu Protesten.', D, [['Im vergangenen Juli', '2023-07']]],
  ['Im kommenden März wird gewählt.', D, [['Im kommenden März', '2025-03']]],
  ['Anfang Mai kam es zu Protesten.', D, [['Anfang Mai', '2024-05']]],
  ['Ende Oktober wird gewählt.', D, [['Ende Oktober', '2024-10']]],
  ['Mitte August kam es zu Protesten.', D, [['Mitte August', '2024-08']]],
  ['Seit Februar verhandeln beide Seiten.', D, [['Seit Februar', '2024-02']]],
  ['Im Juli wird gewählt.', Y, [['Im Juli', '2024-07']]],
  ['Im Juli wird gewählt.', null, [['Im Juli', null]]],
  ['Am 3. Juli wird gewählt.', M, [['Am 3. Juli', '2024-07-03']]],
  ['Am 3. Juli wird gewählt.', null, [['Am 3. Juli', null]]],
];

const anaphora: Case[] = [
  ['Am 3. Mai 2021 begann die Offensive. Zwei Tage später fiel die Stadt.', D, [['Am 3. Mai 2021', '2021-05-03'], ['Zwei Tage später', '2021-05-05']]],
  ['Am 3. Mai 2021 begann die Offensive. Am folgenden Tag fiel die Stadt.', D, [['Am 3. Mai 2021', '2021-05-03'], ['Am folgenden Tag', '2021-05-04']]],
  ['Am 3. Mai 2021 begann die Offensive. Am selben Tag fiel die Stadt.', D, [['Am 3. Mai 2021', '2021-05-03'], ['Am selben Tag', '2021-05-03']]],
  ['Am 3. Mai 2021 begann die Offensive. Einen Monat später fiel die Stadt.', D, [['Am 3. Mai 2021', '2021-05-03'], ['Einen Monat später', '2021-06']]],
  ['Am 3. Mai 2021 begann die Offensive. Ein Jahr später fiel die Stadt.', D, [['Am 3. Mai 2021', '2021-05-03'], ['Ein Jahr später', '2022']]],
  ['Am 3. Mai 2021 begann die Offensive. Nach zwei Tagen fiel die Stadt.', D, [['Am 3. Mai 2021', '2021-05-03'], ['Nach zwei Tagen', '2021-05-05']]],
  ['Am 3. Mai 2021 begann die Offensive. Drei Tage zuvor war die Stadt gefallen.', D, [['Am 3. Mai 2021', '2021-05-03'], ['Drei Tage zuvor', '2021-04-30']]],
  ['Im Jahr 2019 kam es zu Wahlen. Im selben Jahr trat er zurück.', D, [['Im Jahr 2019', '2019'], ['Im selben Jahr', '2019']]],
  ['Im Jahr 2019 kam es zu Wahlen. Im folgenden Jahr trat er zurück.', D, [['Im Jahr 2019', '2019'], ['Im folgenden Jahr', '2020']]],
  ['Im Jahr 2019 wurde im Juli gewählt.', D, [['Im Jahr 2019', '2019'], ['im Juli', '2019-07']]],
  ['1940 besetzte die Armee Paris. Im Juni fiel Frankreich. 1941 griff sie die Sowjetunion an. Am 22. Juni begann der Angriff.', '2011-02-16',
    [['1940', '1940'], ['Im Juni', '1940-06'], ['1941', '1941'], ['Am 22. Juni', '1941-06-22']]],
  ['Am 4. August 1914 marschierten Truppen ein. Bis 1915 wuchs die Armee. Am 10. August folgten Gefechte. Im Jahr 1916 kam Verdun.', '2011-02-16',
    [['Am 4. August 1914', '1914-08-04'], ['Bis 1915', '1915'], ['Am 10. August', '1914-08-10'], ['Im Jahr 1916', '1916']]],
  ['Der Krieg begann 1861. Am 4. Juli tagte der Kongress. Am Montag danach kam die Armee. Im Jahr 1862 kämpfte man weiter. Am 3. März ergab sich das Fort.', '2011-02-16',
    [['1861', '1861'], ['Am 4. Juli', '1861-07-04'], ['Am Montag', '1861-07-01'], ['Im Jahr 1862', '1862'], ['Am 3. März', '1862-03-03']]],
  ['Im Herbst 1805 siegte Napoleon. Am 2. Dezember kam es zur Schlacht. Im folgenden Jahr zog er weiter. Ende des Jahres war Preußen besiegt. 1807 folgte Tilsit.', '2011-02-16',
    [['Im Herbst 1805', '1805'], ['Am 2. Dezember', '1805-12-02'], ['Im folgenden Jahr', '1806'], ['Ende des Jahres', '1806'], ['1807', '1807']]],
];

const traps: Case[] = [
  ['Fr. Müller leitet das Amt.', D, []],
  ['Er landete auf Platz 3. Danach ging er.', D, []],
  ['Siehe Seite 2024 im Bericht.', D, []],
  ['Mai Thi Nguyen-Kim moderiert die Sendung.', D, []],
  ['August Bebel gründete die Partei.', D, []],
  ['Die Vision 2030 des Königreichs ist ehrgeizig.', D, []],
  ['Die Agenda 2030 der UN wurde verabschiedet.', D, []],
  ['Die G20 trafen sich in Rio.', D, []],
  ['COVID-19 verbreitete sich schnell.', D, []],
  ['Die Partei erhielt 1500 Stimmen.', D, []],
  ['Mehr als 2000 Soldaten wurden verlegt.', D, []],
  ['Die Zahl stieg auf 1900 Euro.', D, []],
  ['Der Preis lag bei 2010 Dollar.', D, []],
  ['Um 14 Uhr begann die Sitzung.', D, []],
  ['Er sprach am Morgen mit dem Minister.', D, []],
  ['Der Paragraf 2023 regelt das.', D, []],
  ['Das Flugzeug vom Typ Boeing 737 stürzte ab.', D, []],
  ['Die Resolution 2231 gilt weiter.', D, []],
  ['Er lief 1500 Meter in Rekordzeit.', D, []],
  ['Das Ergebnis war 3:1 für Bayern.', D, []],
  ['Die Inflation lag bei 2,4 Prozent.', D, []],
  ['Die Telefonnummer lautet 030 1234567.', D, []],
  ['Das Haus Nr. 1999 wurde verkauft.', D, []],
  ['Der letzte Tag der Konferenz war ruhig.', D, []],
  ['Die nächsten Schritte sind unklar.', D, []],
  ['Montags ist das Museum geschlossen.', D, []],
  ['Die Mai-Kundgebung war groß.', D, []],
  ['Er sprach vor 300 Zuhörern.', D, []],
  ['Die Strecke ist 2024 km lang.', D, []],
  ['Er zahlte 1999 Euro dafür.', D, []],
];

// Every month name, in three forms, against a month-precise and a day-precise document.
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const pad = (n: number) => String(n).padStart(2, '0');
const months: Case[] = MONTHS.flatMap((name, i): Case[] => [
  [`Die Verhandlungen begannen im ${name} 2022.`, D, [[`im ${name} 2022`, `2022-${pad(i + 1)}`]]],
  [`Die Kommission tagt am 15. ${name} erneut.`, M, [[`am 15. ${name}`, `2024-${pad(i + 1)}-15`]]],
  [`Im ${name} wurden neue Gespräche vereinbart.`, M, [[`Im ${name}`, `2024-${pad(i + 1)}`]]],
]);

// Every weekday: past by default, future with a future cue, month precision kept.
const WEEKDAYS: Array<[string, string, string]> = [
  ['Montag', '2024-06-17', '2024-06-24'], ['Dienstag', '2024-06-18', '2024-06-25'], ['Mittwoch', '2024-06-19', '2024-06-19'],
  ['Donnerstag', '2024-06-13', '2024-06-20'], ['Freitag', '2024-06-14', '2024-06-21'], ['Samstag', '2024-06-15', '2024-06-22'],
  ['Sonntag', '2024-06-16', '2024-06-23'],
];
const weekdays: Case[] = WEEKDAYS.flatMap(([wd, past, fut]): Case[] => [
  [`Die Delegation traf am ${wd} ein.`, D, [[`am ${wd}`, past]]],
  [`Die Delegation wird am ${wd} eintreffen.`, D, [[`am ${wd}`, fut]]],
  [`Die Delegation traf am ${wd} ein.`, M, [[`am ${wd}`, '2024-06']]],
]);

const all = [...absolute, ...relative, ...anaphora, ...traps, ...months, ...weekdays];

test('German time table has at least 150 cases', () => {
  assert.ok(all.length >= 150, `only ${all.length} cases`);
});

for (const [text, date, expected] of all) {
  test(`de times [${date}] ${text}`, () => {
    assert.deepEqual(timePairs(timesOf(text, date, 'de')), expected);
  });
}

test('each time record carries its rule id', () => {
  for (const t of timesOf('Am 3. Juli 2024 und gestern.', D, 'de')) assert.match(t.rule ?? '', /^time\.de\./);
});

test('odd input never throws', () => {
  for (const s of ['', ' ', '<p>am 3. Juli</p>', '\u0000\uffff', '9'.repeat(5000), 'am '.repeat(2000)]) timesOf(s, D, 'de');
});
