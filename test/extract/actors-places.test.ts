// Places (gazetteer): cities and regions named as where something happens are `location`
// mentions with their country's code; traps (words, first names, surnames, longer names) are not.
// Cases are [text, date, expected]: "X@CODE" a location mention with exactly this text and code,
// "X=CODE" any mention (an actor keeps priority over a place), "X=0" no mention overlaps X.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentionsOf, type Case } from './actors/harness.js';

function check(text: string, lang: string, date: string | null, expected: string[]): void {
  const ms = mentionsOf(text, lang, date);
  const shown = ms.map((m) => `${m.text}=${m.code}/${m.kind}`).join(' | ') || '(none)';
  for (let i = 1; i < ms.length; i++) assert.ok(ms[i].start >= ms[i - 1].end, `overlap in ${shown}`);
  for (const exp of expected) {
    const loc = exp.lastIndexOf('@');
    const eq = exp.lastIndexOf('=');
    const cut = Math.max(loc, eq);
    const surface = exp.slice(0, cut);
    const code = exp.slice(cut + 1);
    const at = text.indexOf(surface);
    assert.ok(at >= 0, `test bug: '${surface}' not in text`);
    if (code === '0') {
      const hit = ms.find((m) => m.start < at + surface.length && m.end > at);
      assert.equal(hit, undefined, `'${surface}' should be no mention; got ${shown}`);
    } else if (cut === loc) {
      const hit = ms.find((m) => m.text === surface && m.code === code && m.kind === 'location');
      assert.ok(hit, `expected location ${surface}=${code}; got ${shown}`);
      assert.match(hit.rule, /^kb\.(place\.[a-z0-9-]+|capital\.[a-z0-9-]+\+place)$/, `rule of ${surface}`);
    } else {
      const hit = ms.find((m) => m.text === surface && m.code === code);
      assert.ok(hit, `expected ${surface}=${code}; got ${shown}`);
    }
  }
}

function table(name: string, lang: string, cases: Case[]): void {
  for (const [text, date, expected] of cases) test(`${name}: ${text.slice(0, 70)}`, () => check(text, lang, date, expected));
}

const de: Case[] = [
  // curated exonyms and spellings
  ['Russland griff Charkiw in der Nacht mit Drohnen an.', '2024-05', ['Charkiw@UKR', 'Russland=RUS']],
  ['Die Bewohner Charkiws harren in Kellern aus.', '2024-05', ['Charkiws@UKR']],
  ['In Odessa heulten erneut die Sirenen.', '2024-05', ['Odessa@UKR']],
  ['Das Atomkraftwerk bei Saporischschja ist vom Netz.', '2024-05', ['Saporischschja@UKR']],
  ['Russische Truppen beschossen die Stadt Cherson.', '2024-05', ['Cherson@UKR', 'Russische Truppen=RUSMIL']],
  ['Um Bachmut wurde monatelang gekämpft.', '2023-05', ['Bachmut@UKR']],
  ['Mariupol wurde im Frühjahr 2022 belagert.', '2022-05', ['Mariupol@UKR']],
  ['Separatisten in Donezk und Luhansk riefen Republiken aus.', '2014-05', ['Donezk@UKR', 'Luhansk@UKR']],
  ['Die Separatisten in Lugansk meldeten Beschuss.', '2014-06', ['Lugansk@UKR']],
  ['Russland annektierte 2014 die Krim.', '2014-03', ['Krim@UKR', 'Russland=RUS']],
  ['Explosionen erschütterten die Halbinsel Krim.', '2023-08', ['Halbinsel Krim@UKR']],
  ['Im Donbass wird weiter gekämpft.', '2023-08', ['Donbass@UKR']],
  ['Bei einem Angriff auf Dnipro starben Zivilisten.', '2023-01', ['Dnipro@UKR']],
  ['In Lwiw trafen sich die Außenminister.', '2023-01', ['Lwiw@UKR']],
  ['Die Armee zog sich aus Awdijiwka zurück.', '2024-02', ['Awdijiwka@UKR']],
  ['Russische Einheiten rücken auf Pokrowsk vor.', '2024-09', ['Pokrowsk@UKR']],
  ['Die Gräueltaten von Butscha schockierten die Welt.', '2022-04', ['Butscha@UKR']],
  ['Der Staudamm von Nowa Kachowka wurde zerstört.', '2023-06', ['Nowa Kachowka@UKR']],
  ['Drohnen trafen ein Öllager in Sewastopol.', '2023-09', ['Sewastopol@UKR']],
  ['Ukrainische Drohnen griffen Belgorod an.', '2024-01', ['Belgorod@RUS', 'Ukrainische=UKR']],
  ['Die Offensive in der Oblast Kursk dauert an.', '2024-08', ['Oblast Kursk@RUS']],
  ['In Sankt Petersburg fand das Wirtschaftsforum statt.', '2024-06', ['Sankt Petersburg@RUS']],
  ['Die Lage in Tschetschenien bleibt angespannt.', '2024-06', ['Tschetschenien@RUS']],
  ['Transnistrien bat Moskau um Schutz.', '2024-02', ['Transnistrien@MDA', 'Moskau=RUSGOV']],
  ['Russische Soldaten sind in Abchasien und Südossetien stationiert.', '2024-02', ['Abchasien@GEO', 'Südossetien@GEO']],
  ['Aserbaidschan eroberte Bergkarabach zurück.', '2023-09', ['Bergkarabach@AZE', 'Aserbaidschan=AZE']],
  ['Tausende flohen aus Berg-Karabach.', '2023-09', ['Berg-Karabach@AZE']],
  // Nahost
  ['Israelische Truppen rückten in Dschenin ein.', '2023-07', ['Dschenin@PSE', 'Israelische Truppen=ISRMIL']],
  ['Luftangriffe auf Chan Yunis forderten viele Opfer.', '2023-12', ['Chan Yunis@PSE']],
  ['Hunderttausende flohen nach Rafah.', '2024-02', ['Rafah@PSE']],
  ['In Gaza-Stadt wurde ein Krankenhaus getroffen.', '2023-11', ['Gaza-Stadt@PSE']],
  ['Siedler griffen Dörfer bei Nablus an.', '2024-04', ['Nablus@PSE']],
  ['Die Polizei räumte Häuser in Ostjerusalem.', '2024-04', ['Ostjerusalem@PSE']],
  ['Raketen schlugen in Aschkelon und Sderot ein.', '2023-10', ['Aschkelon@ISR', 'Sderot@ISR']],
  ['In Tel Aviv demonstrierten Zehntausende.', '2024-03', ['Tel Aviv@ISR']],
  ['Die Hisbollah beschoss Ziele in Galiläa.', '2024-03', ['Galiläa@ISR']],
  ['Israel bombardierte Ziele im Südlibanon.', '2024-09', ['Südlibanon@LBN', 'Israel=ISR']],
  ['Rebellen nahmen Aleppo und Hama ein.', '2024-12', ['Aleppo@SYR', 'Hama@SYR']],
  ['Die Hamas feuerte Raketen ab, nicht auf Hama.', '2024-01', ['Hamas=PSEREBHMS', 'Hama@SYR']],
  ['In Idlib leben Millionen Vertriebene.', '2024-01', ['Idlib@SYR']],
  ['Die Kurden verteidigten Kobane.', '2015-01', ['Kobane@SYR']],
  ['Der IS wurde 2017 aus Mossul vertrieben.', '2017-07', ['Mossul@IRQ']],
  ['In Basra protestierten Tausende gegen Stromausfälle.', '2023-07', ['Basra@IRQ']],
  ['Drohnen griffen einen Stützpunkt bei Erbil an.', '2024-01', ['Erbil@IRQ']],
  ['Die Autonomieregierung in Irakisch-Kurdistan widersprach.', '2024-01', ['Irakisch-Kurdistan@IRQ']],
  ['Die Anlage in Natanz wurde beschädigt.', '2024-04', ['Natanz@IRN']],
  ['Explosionen erschütterten Isfahan.', '2024-04', ['Isfahan@IRN']],
  ['Die Huthis kontrollieren den Hafen von Hodeida.', '2024-01', ['Hodeida@YEM']],
  ['Die Taliban eroberten Kandahar und Herat.', '2021-08', ['Kandahar@AFG', 'Herat@AFG']],
  // Afrika, Asien
  ['In Darfur wurden Massaker gemeldet.', '2024-06', ['Darfur@SDN']],
  ['Die RSF belagern al-Faschir seit Monaten.', '2024-06', ['al-Faschir@SDN']],
  ['Der Krieg in Tigray kostete Hunderttausende Leben.', '2022-11', ['Tigray@ETH']],
  ['Die M23 rückte auf Goma vor.', '2025-01', ['Goma@COD']],
  ['Peking verschärft die Überwachung in Xinjiang und Tibet.', '2024-01', ['Xinjiang@CHN', 'Tibet@CHN', 'Peking=CHNGOV']],
  ['Ägypten verstärkte die Truppen auf dem Sinai.', '2024-01', ['Sinai@EGY', 'Ägypten=EGY']],
  ['Die Konferenz fand in Scharm el-Scheich statt.', '2022-11', ['Scharm el-Scheich@EGY']],
  ['In München beginnt die Sicherheitskonferenz.', '2024-02', ['München@DEU']],
  ['Der Gipfel in Den Haag endete am Mittwoch.', '2025-06', ['Den Haag@NLD']],
  ['Die Ramstein-Gruppe tagte in Genf.', '2024-06', ['Genf@CHE']],
  ['Die Verhandlungen in Istanbul scheiterten.', '2022-03', ['Istanbul@TUR']],
  // generated gazetteer
  ['Drohnen trafen eine Raffinerie in Kasan.', '2024-04', ['Kasan@RUS']],
  ['Die Stadt Kasan wurde erneut getroffen.', '2024-04', ['Kasan@RUS']],
  ['In Kassel wurde die Documenta eröffnet.', '2022-06', ['Kassel@DEU']],
  ['Die Polizei in Mainz nahm drei Männer fest.', '2024-01', ['Mainz@DEU']],
  ['In Detroit streikten die Autoarbeiter.', '2023-09', ['Detroit@USA']],
  // capitals keep their behaviour
  ['Die Regierung in Kiew widersprach.', '2024-01', ['Regierung in Kiew=UKRGOV']],
  ['Kiew wies die Vorwürfe zurück.', '2024-01', ['Kiew=UKRGOV']],
  ['Der Gipfel in Washington endete.', '2024-07', ['Washington@USAGOV']],
  // traps: German words and names
  ['Das Essen in der Kantine war kalt.', '2024-01', ['Essen=0']],
  ['Die Halle war bis auf den letzten Platz gefüllt.', '2024-01', ['Halle=0']],
  ['Bergen und Retten sind Aufgaben der Feuerwehr.', '2024-01', ['Bergen=0']],
  ['Siegen ist nicht alles, sagte der Trainer.', '2024-01', ['Siegen=0']],
  ['Frau Kassel leitet das Amt seit Mai.', '2024-01', ['Kassel=0']],
  ['Der Gazastreifen wird weiter beschossen.', '2024-01', ['Gazastreifen=PSE']],
  ['Das Westjordanland ist abgeriegelt.', '2024-01', ['Westjordanland=PSE']],
];

const en: Case[] = [
  ['Russian forces shelled Kherson overnight.', '2024-05', ['Kherson@UKR', 'Russian forces=RUSMIL']],
  ['Missiles struck Kharkiv and Odesa on Sunday.', '2024-05', ['Kharkiv@UKR', 'Odesa@UKR']],
  ['Russia pounded Kharkov for a week.', '2022-03', ['Kharkov@UKR']],
  ['The plant at Zaporizhzhia lost external power.', '2023-05', ['Zaporizhzhia@UKR']],
  ['Wagner fighters claimed Bakhmut in May.', '2023-05', ['Bakhmut@UKR']],
  ['The siege of Mariupol ended in May.', '2022-05', ['Mariupol@UKR']],
  ['Shelling in Donetsk killed two people.', '2024-01', ['Donetsk@UKR']],
  ['Russia annexed Crimea in 2014.', '2014-03', ['Crimea@UKR', 'Russia=RUS']],
  ['Fighting continued across the Donbas.', '2023-03', ['Donbas@UKR']],
  ['Ukraine withdrew from Avdiivka.', '2024-02', ['Avdiivka@UKR', 'Ukraine=UKR']],
  ['Russian troops advanced on Pokrovsk.', '2024-09', ['Pokrovsk@UKR']],
  ['Investigators documented killings in Bucha.', '2022-04', ['Bucha@UKR']],
  ['The Nova Kakhovka dam was destroyed.', '2023-06', ['Nova Kakhovka@UKR']],
  ['Drones hit a port in Sevastopol.', '2023-09', ['Sevastopol@UKR']],
  ['Ukrainian drones struck Belgorod.', '2024-01', ['Belgorod@RUS']],
  ['Ukraine launched an incursion into the Kursk region.', '2024-08', ['Kursk region@RUS']],
  ['The forum opened in St. Petersburg on Thursday.', '2024-06', ['St. Petersburg@RUS']],
  ['Moscow backs separatists in Transnistria.', '2024-02', ['Transnistria@MDA', 'Moscow=RUSGOV']],
  ['Russian troops remain in Abkhazia and South Ossetia.', '2024-02', ['Abkhazia@GEO', 'South Ossetia@GEO']],
  ['Azerbaijan retook Nagorno-Karabakh in a day.', '2023-09', ['Nagorno-Karabakh@AZE']],
  ['Israeli airstrikes on Jenin killed three people.', '2023-07', ['Jenin@PSE']],
  ['Tanks moved into Khan Younis.', '2023-12', ['Khan Younis@PSE']],
  ['Over a million people sheltered in Rafah.', '2024-02', ['Rafah@PSE']],
  ['A hospital in Gaza City was hit.', '2023-11', ['Gaza City@PSE']],
  ['Settlers attacked villages near Nablus and Hebron.', '2024-04', ['Nablus@PSE', 'Hebron@PSE']],
  ['Evictions in East Jerusalem drew protests.', '2021-05', ['East Jerusalem@PSE']],
  ['Rockets landed in Ashkelon and Sderot.', '2023-10', ['Ashkelon@ISR', 'Sderot@ISR']],
  ['Tens of thousands rallied in Tel Aviv.', '2024-03', ['Tel Aviv@ISR']],
  ['Hezbollah fired rockets at the Galilee.', '2024-03', ['Galilee@ISR']],
  ['Israel struck targets in South Lebanon.', '2024-09', ['South Lebanon@LBN', 'Israel=ISR']],
  ['Rebels seized Aleppo and Hama.', '2024-12', ['Aleppo@SYR', 'Hama@SYR']],
  ['Hamas fired rockets at Hama, rebels said.', '2024-01', ['Hamas=PSEREBHMS', 'Hama@SYR']],
  ['Millions of displaced people live in Idlib.', '2024-01', ['Idlib@SYR']],
  ['Islamic State was driven out of Mosul in 2017.', '2017-07', ['Mosul@IRQ']],
  ['Protests in Basra turned violent.', '2023-07', ['Basra@IRQ']],
  ['A drone attacked a base near Erbil.', '2024-01', ['Erbil@IRQ']],
  ['Explosions were heard near Isfahan.', '2024-04', ['Isfahan@IRN']],
  ['The enrichment site at Fordow was struck.', '2025-06', ['Fordow@IRN']],
  ['The Houthis control the port of Hodeidah.', '2024-01', ['Hodeidah@YEM']],
  ['The Taliban took Kandahar and Herat.', '2021-08', ['Kandahar@AFG', 'Herat@AFG']],
  ['Massacres were reported in Darfur.', '2024-06', ['Darfur@SDN']],
  ['The RSF besieged El Fasher for months.', '2024-06', ['El Fasher@SDN']],
  ['The war in Tigray killed hundreds of thousands.', '2022-11', ['Tigray@ETH']],
  ['M23 rebels advanced on Goma.', '2025-01', ['Goma@COD']],
  ['China tightened controls in Xinjiang and Tibet.', '2024-01', ['Xinjiang@CHN', 'Tibet@CHN']],
  ['Egypt reinforced troops in the Sinai.', '2024-01', ['Sinai@EGY']],
  ['The climate summit was held in Sharm el-Sheikh.', '2022-11', ['Sharm el-Sheikh@EGY']],
  ['Leaders met in Munich for the security conference.', '2024-02', ['Munich@DEU']],
  ['Judges in The Hague issued warrants.', '2024-11', ['The Hague@NLD']],
  ['Talks in Istanbul broke down.', '2022-03', ['Istanbul@TUR']],
  ['Police in Mumbai arrested two men.', '2024-01', ['Mumbai@IND']],
  ['Floods hit Karachi and Lahore.', '2022-08', ['Karachi@PAK', 'Lahore@PAK']],
  // generated gazetteer
  ['Drones hit a refinery in Kazan.', '2024-04', ['Kazan@RUS']],
  ['Auto workers went on strike in Detroit.', '2023-09', ['Detroit@USA']],
  ['Lawmakers gathered in Houston on Monday.', '2024-01', ['Houston@USA']],
  ['Kobe is a port city in Japan.', '2024-01', ['Kobe@JPN', 'Japan=JPN']],
  // capitals keep their behaviour
  ['The summit in Washington ended.', '2024-07', ['Washington@USAGOV']],
  ['Kyiv rejected the claims.', '2024-01', ['Kyiv=UKRGOV']],
  // traps: words, first names, surnames, longer names
  ['Mobile phones were banned in schools.', '2024-01', ['Mobile=0']],
  ['Reading the report took an hour.', '2024-01', ['Reading=0']],
  ['The vote was a split decision.', '2024-01', ['split=0']],
  ['Nice work, the minister said.', '2024-01', ['Nice=0']],
  ['Bath time is over, the coach joked.', '2024-01', ['Bath=0']],
  ['Jackson said the bill would pass.', '2024-01', ['Jackson=0']],
  ['Actor Jon Hamm visited the troops.', '2024-01', ['Hamm=0']],
  ['Kobe Bryant died in 2020.', '2020-01', ['Kobe=0']],
  ['The Detroit Pistons won again.', '2024-01', ['Detroit=0']],
  ['Mr. Houston declined to comment.', '2024-01', ['Houston=0']],
  ['Charlotte and Madison signed the letter.', '2024-01', ['Charlotte=0', 'Madison=0']],
  ['The Gaza Strip is under blockade.', '2024-01', ['Gaza Strip=PSE']],
  ['Clashes broke out in the West Bank.', '2024-01', ['West Bank=PSE']],
];

table('places de', 'de', de);
table('places en', 'en', en);
