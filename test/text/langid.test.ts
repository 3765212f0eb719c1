// Language identification: short and long de/en texts, headlines, mixed names, HTML, foreign text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/text/langid.js';

// [text, expected language]
const CASES: Array<[string, string]> = [
  // German headlines
  ['Merkel trifft Macron in Paris', 'de'],
  ['Putin droht dem Westen', 'de'],
  ['Scholz entlässt Finanzminister Lindner', 'de'],
  ['Nato warnt vor russischer Aufrüstung', 'de'],
  ['Bundestag beschließt Wehrdienstgesetz', 'de'],
  ['Zehntausende protestieren in Tiflis', 'de'],
  ['Kiew meldet schwere Angriffe auf Charkiw', 'de'],
  ['Biden und Xi wollen Militärdialog wieder aufnehmen', 'de'],
  // English headlines
  ['Nato warns Russia', 'en'],
  ['Biden meets Scholz in Berlin', 'en'],
  ['Putin threatens the West', 'en'],
  ['Hungary clears way for Sweden to join NATO', 'en'],
  ['Iran launches drones at Israel', 'en'],
  ['Protesters rally against foreign agents law', 'en'],
  ['Ukraine says it shot down 30 drones overnight', 'en'],
  ['White House rejects court ruling', 'en'],
  // German sentences with English names and phrases
  ['Der Sprecher des Weißen Hauses, John Kirby, sagte am Montag, die Gespräche seien konstruktiv gewesen.', 'de'],
  ['Die New York Times berichtete, das Pentagon habe die Lieferung gestoppt.', 'de'],
  ['Auf der Konferenz sprach Jake Sullivan von einem "game changer" für die Ukraine.', 'de'],
  ['Laut Washington Post wurde der Deal mit Boeing und Lockheed Martin verschoben.', 'de'],
  ['Donald Trump kündigte an, im Falle eines Wahlsiegs die Zölle auf chinesische Waren zu erhöhen.', 'de'],
  // English sentences with German names and words
  ['German Chancellor Olaf Scholz met Friedrich Merz at the Bundestag on Wednesday.', 'en'],
  ['The Bundeswehr has struggled with a shortage of ammunition, Defence Minister Boris Pistorius said.', 'en'],
  ['Members of the Alternative für Deutschland party walked out of the Landtag in Dresden.', 'en'],
  ['The word Zeitenwende has become shorthand for Germany\'s change of course.', 'en'],
  ['Annalena Baerbock travelled to Kyiv with Außenministerium officials.', 'en'],
  // Long texts
  ['Die Europäische Union hat ihr 13. Sanktionspaket gegen Russland in Kraft gesetzt. Betroffen sind knapp 200 weitere Personen und Unternehmen. Der Kreml wies die Strafmaßnahmen als illegal zurück und kündigte Gegenmaßnahmen an. Ungarn hatte sich bis zuletzt gegen einzelne Punkte gesperrt, stimmte am Ende aber zu.', 'de'],
  ['Iran launched more than 300 drones and missiles at Israel overnight, its first direct military attack on Israeli territory. The Israeli military said about 99 percent of the projectiles were intercepted with help from the United States, Britain and Jordan. Tehran said the operation was retaliation for an air strike on its consulate in Damascus.', 'en'],
  ['In der georgischen Hauptstadt Tiflis haben am Dienstag erneut Zehntausende Menschen gegen das umstrittene Gesetz demonstriert. Das Parlament verabschiedete den Entwurf dennoch in dritter Lesung. '.repeat(20), 'de'],
  ['Leaders of the alliance met in Washington on Tuesday for a three-day summit. The allies pledged a minimum of 40 billion euros in military aid within the next year. '.repeat(20), 'en'],
  // HTML remnants
  ['<div class="article"><p>Die Regierung hat am Montag neue Sanktionen gegen Moskau verhängt.</p></div>', 'de'],
  ['<p>The government imposed new sanctions on Moscow on Monday.</p><br/>&nbsp;', 'en'],
  ['<html><head><title>Nachrichten</title></head><body><h1>Polen schließt die Grenze zu Belarus</h1><p>Warschau wirft Minsk vor, Migranten an die Grenze zu bringen.</p></body></html>', 'de'],
  ['<a href="https://example.org/politik/ukraine-krieg">Read more</a> The ministry said the talks would continue next week.', 'en'],
  // Very short and odd inputs
  ['Krieg', 'de'],
  ['Die Lage ist ernst.', 'de'],
  ['The talks failed.', 'en'],
  ['Sanktionen gegen China', 'de'],
  ['Sanctions against China', 'en'],
  ['Über 200 Tote', 'de'],
  ['Gespräche in Genf', 'de'],
  ['Talks in Geneva', 'en'],
  ['', 'en'],
  ['12345 !!! ???', 'en'],
  // Quotes and reported speech
  ['„Wir werden nicht nachgeben“, sagte die Ministerin.', 'de'],
  ['"We will not back down," the minister said.', 'en'],
  // Clearly other languages (long enough) are not forced into de/en
  ['Le président de la République a annoncé mardi une nouvelle série de mesures pour soutenir l\'Ukraine face à l\'invasion russe, a déclaré le ministère des Affaires étrangères.', 'fr'],
  ['El gobierno español anunció el martes que enviará más ayuda militar a Ucrania, según informó el ministerio de Defensa en un comunicado.', 'es'],
];

test('at least 40 cases', () => assert.ok(CASES.length >= 40));

for (const [text, lang] of CASES) {
  test(`${lang}: ${JSON.stringify(text).slice(0, 70)}`, () => {
    assert.equal(detectLanguage(text), lang);
  });
}

test('a very long text is identified from its prefix (the rest is never read)', () => {
  // A German opening followed by ~15 MB of English: reading the whole text would say English.
  const german = 'Die Bundesregierung stellt weitere Mittel für die Zivilbevölkerung bereit. '.repeat(20);
  const english = 'The government is providing further funds for the civilian population. '.repeat(200_000);
  assert.equal(detectLanguage(german + english), 'de');
  assert.equal(detectLanguage(english + german), 'en');
});
