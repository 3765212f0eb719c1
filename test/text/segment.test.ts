// Segmentation: sentence boundaries (tables per language, incl. false-positive traps) and tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../src/text/segment.js';

function sentencesOf(text: string, lang: string): string[] {
  const tokens = tokenize(text);
  return splitSentences(text, tokens, lang).sentences.map((s) => text.slice(s.start, s.end));
}

// [text, expected sentences]
const GERMAN: Array<[string, string[]]> = [
  ['Der Kanzler reiste am 3. Juli nach Paris. Dort traf er Macron.', ['Der Kanzler reiste am 3. Juli nach Paris.', 'Dort traf er Macron.']],
  ['Am 1. Mai demonstrierten Tausende in Berlin.', ['Am 1. Mai demonstrierten Tausende in Berlin.']],
  ['Der 2. Weltkrieg endete 1945 in Europa.', ['Der 2. Weltkrieg endete 1945 in Europa.']],
  ['Die EU beschloss das 14. Sanktionspaket. Moskau protestierte.', ['Die EU beschloss das 14. Sanktionspaket.', 'Moskau protestierte.']],
  ['Die Partei landete auf Platz 3. hinter der SPD.', ['Die Partei landete auf Platz 3. hinter der SPD.']],
  ['Die Partei landete auf Platz 3. Die Grünen wurden Vierte.', ['Die Partei landete auf Platz 3.', 'Die Grünen wurden Vierte.']],
  ['Fr. Müller leitet die Delegation.', ['Fr. Müller leitet die Delegation.']],
  ['Dr. Schmidt sprach mit Prof. Weber über die Lage.', ['Dr. Schmidt sprach mit Prof. Weber über die Lage.']],
  ['Das Treffen fand u.a. in Genf statt. Ergebnisse gab es keine.', ['Das Treffen fand u.a. in Genf statt.', 'Ergebnisse gab es keine.']],
  ['Es gab z.B. Gespräche über Gefangene.', ['Es gab z.B. Gespräche über Gefangene.']],
  ['Es gab z. B. Gespräche über Gefangene.', ['Es gab z. B. Gespräche über Gefangene.']],
  ['Gefordert wurden u.a. Die Linke und das BSW.', ['Gefordert wurden u.a. Die Linke und das BSW.']],
  ['Die Zahl stieg auf 11.000 Menschen. Das meldete die UN.', ['Die Zahl stieg auf 11.000 Menschen.', 'Das meldete die UN.']],
  ['Die Inflation lag bei 4,5 Prozent. Im Vorjahr war sie höher.', ['Die Inflation lag bei 4,5 Prozent.', 'Im Vorjahr war sie höher.']],
  ['Das Abkommen wurde am 3.7.2024 unterzeichnet. Es tritt im Herbst in Kraft.', ['Das Abkommen wurde am 3.7.2024 unterzeichnet.', 'Es tritt im Herbst in Kraft.']],
  ['Die Sitzung ist für den 3.7. geplant.', ['Die Sitzung ist für den 3.7. geplant.']],
  ['Die Sitzung ist am 3. 7. angesetzt.', ['Die Sitzung ist am 3. 7. angesetzt.']],
  ['Siehe Nr. 5 der Liste.', ['Siehe Nr. 5 der Liste.']],
  ['Die Regierung bzw. das Kabinett entscheidet. Der Bundestag stimmt zu.', ['Die Regierung bzw. das Kabinett entscheidet.', 'Der Bundestag stimmt zu.']],
  ['Der Angriff begann um 4.30 Uhr. Mehrere Gebäude brannten.', ['Der Angriff begann um 4.30 Uhr.', 'Mehrere Gebäude brannten.']],
  ['„Wird es Krieg geben?", fragte der Reporter.', ['„Wird es Krieg geben?", fragte der Reporter.']],
  ['„Wir werden nicht nachgeben!", rief die Ministerin. Die Menge jubelte.', ['„Wir werden nicht nachgeben!", rief die Ministerin.', 'Die Menge jubelte.']],
  ['„Das ist inakzeptabel.“ Mit diesen Worten verließ er den Saal.', ['„Das ist inakzeptabel.“', 'Mit diesen Worten verließ er den Saal.']],
  ['»Wir bleiben«, sagte er.', ['»Wir bleiben«, sagte er.']],
  ['»Wir bleiben.« Dann ging er.', ['»Wir bleiben.«', 'Dann ging er.']],
  ['Er sagte: „Wir bleiben.“ Dann ging er.', ['Er sagte: „Wir bleiben.“', 'Dann ging er.']],
  ['„Warum jetzt?“ So fragte die Opposition.', ['„Warum jetzt?“', 'So fragte die Opposition.']],
  ['Die USA verhängten Sanktionen. Peking reagierte empört.', ['Die USA verhängten Sanktionen.', 'Peking reagierte empört.']],
  ['Der Gipfel endete ohne Ergebnis … Die Gespräche sollen weitergehen.', ['Der Gipfel endete ohne Ergebnis …', 'Die Gespräche sollen weitergehen.']],
  ['Die Verhandlungen … wurden vertagt.', ['Die Verhandlungen … wurden vertagt.']],
  ['Die Lage ist... schwierig.', ['Die Lage ist... schwierig.']],
  ['Die Lage ist ernst... Die Armee ist in Alarmbereitschaft.', ['Die Lage ist ernst...', 'Die Armee ist in Alarmbereitschaft.']],
  ['Was will Moskau? Das fragen sich viele in Brüssel.', ['Was will Moskau?', 'Das fragen sich viele in Brüssel.']],
  ['Unfassbar! So reagierte die Opposition.', ['Unfassbar!', 'So reagierte die Opposition.']],
  ['Wirklich?! Niemand glaubte es.', ['Wirklich?!', 'Niemand glaubte es.']],
  ['Nato warnt Russland\n\nDie Allianz ist besorgt.', ['Nato warnt Russland', 'Die Allianz ist besorgt.']],
  ['Nato warnt Russland\nDie Allianz ist besorgt.', ['Nato warnt Russland', 'Die Allianz ist besorgt.']],
  ['Bericht: Kiew meldet Angriffe\n\nIn der Nacht schlugen Raketen ein. Zwei Menschen starben.', ['Bericht: Kiew meldet Angriffe', 'In der Nacht schlugen Raketen ein.', 'Zwei Menschen starben.']],
  ['Die Beschlüsse:\n- mehr Geld für die Ukraine\n- neue Sanktionen', ['Die Beschlüsse:', '- mehr Geld für die Ukraine', '- neue Sanktionen']],
  ['Die Beschlüsse:\n• mehr Geld\n• neue Sanktionen', ['Die Beschlüsse:', '• mehr Geld', '• neue Sanktionen']],
  ['Die Regierung hat am Montag ein umfangreiches Paket für die Streitkräfte beschlossen, das\nunter anderem höhere Ausgaben vorsieht.', ['Die Regierung hat am Montag ein umfangreiches Paket für die Streitkräfte beschlossen, das\nunter anderem höhere Ausgaben vorsieht.']],
  ['Der Minister (CDU) sagte, man prüfe das. Eine Entscheidung fällt im Mai.', ['Der Minister (CDU) sagte, man prüfe das.', 'Eine Entscheidung fällt im Mai.']],
  ['Am 24. Februar 2022 begann der Angriff. Seitdem herrscht Krieg.', ['Am 24. Februar 2022 begann der Angriff.', 'Seitdem herrscht Krieg.']],
  ['Die Konferenz findet vom 12. bis 14. März statt.', ['Die Konferenz findet vom 12. bis 14. März statt.']],
  ['Sie wurde am 1. Januar 1999 vereidigt.', ['Sie wurde am 1. Januar 1999 vereidigt.']],
  ['Die Zahl der Toten stieg auf 120. Die Behörden rechnen mit mehr.', ['Die Zahl der Toten stieg auf 120.', 'Die Behörden rechnen mit mehr.']],
  ['Das geschah im Jahr 2023. Die Lage blieb angespannt.', ['Das geschah im Jahr 2023.', 'Die Lage blieb angespannt.']],
  ['Er war 20 Jahre alt. Seine Familie trauert.', ['Er war 20 Jahre alt.', 'Seine Familie trauert.']],
  ['Die Hilfe beträgt 5 Mio. Euro. Weitere Mittel sind geplant.', ['Die Hilfe beträgt 5 Mio. Euro.', 'Weitere Mittel sind geplant.']],
  ['Die Hilfe beträgt 2 Mrd. Dollar.', ['Die Hilfe beträgt 2 Mrd. Dollar.']],
  ['Es gilt Art. 5 des Nato-Vertrags.', ['Es gilt Art. 5 des Nato-Vertrags.']],
  ['Das steht auf S. 12 des Berichts.', ['Das steht auf S. 12 des Berichts.']],
  ['Die Kosten stiegen um ca. 30 Prozent.', ['Die Kosten stiegen um ca. 30 Prozent.']],
  ['Vgl. dazu den Bericht des Ausschusses.', ['Vgl. dazu den Bericht des Ausschusses.']],
  ['Die Firma Müller & Co. KG lieferte Teile.', ['Die Firma Müller & Co. KG lieferte Teile.']],
  ['Gas, Öl, Kohle usw. Die Liste ist lang.', ['Gas, Öl, Kohle usw.', 'Die Liste ist lang.']],
  ['Der frühere Gen. Kujat warnte vor einer Eskalation.', ['Der frühere Gen. Kujat warnte vor einer Eskalation.']],
  ['St. Petersburg war Gastgeber des Forums.', ['St. Petersburg war Gastgeber des Forums.']],
  ['Die Sitzung begann um 9.00 Uhr und endete um 11.30 Uhr.', ['Die Sitzung begann um 9.00 Uhr und endete um 11.30 Uhr.']],
  ['Sie erreichte 52,3 Prozent. Ihr Gegner kam auf 47,7 Prozent.', ['Sie erreichte 52,3 Prozent.', 'Ihr Gegner kam auf 47,7 Prozent.']],
  ['Die U.S.-Regierung kritisierte den Schritt.', ['Die U.S.-Regierung kritisierte den Schritt.']],
  ['Er nannte die Vorwürfe „absurd". Dann verließ er die Pressekonferenz.', ['Er nannte die Vorwürfe „absurd".', 'Dann verließ er die Pressekonferenz.']],
  ['„Kommen Sie?“, fragte sie.', ['„Kommen Sie?“, fragte sie.']],
  ['Hamburg, 3. Juli (dpa) - Die Hafenarbeiter streiken.', ['Hamburg, 3. Juli (dpa) - Die Hafenarbeiter streiken.']],
  ['Der 1. FC Köln spielte gestern.', ['Der 1. FC Köln spielte gestern.']],
  ['Seit dem 7. Oktober ist vieles anders. Israel führt Krieg.', ['Seit dem 7. Oktober ist vieles anders.', 'Israel führt Krieg.']],
  ['Frankreich und Deutschland einigten sich. Polen war skeptisch. Ungarn blockierte.', ['Frankreich und Deutschland einigten sich.', 'Polen war skeptisch.', 'Ungarn blockierte.']],
  ['George W. Bush besuchte Berlin.', ['George W. Bush besuchte Berlin.']],
  ['Der Zug fuhr ab. Er hatte 10 Min. Verspätung.', ['Der Zug fuhr ab.', 'Er hatte 10 Min. Verspätung.']],
  ['Er sprach mit Mr. Blinken. Das Gespräch dauerte eine Stunde.', ['Er sprach mit Mr. Blinken.', 'Das Gespräch dauerte eine Stunde.']],
  ['Nr. 10 Downing Street bestätigte den Anruf.', ['Nr. 10 Downing Street bestätigte den Anruf.']],
  ['Die stv. Vorsitzende trat zurück.', ['Die stv. Vorsitzende trat zurück.']],
  ['Der Verein e. V. wurde aufgelöst.', ['Der Verein e. V. wurde aufgelöst.']],
  ['Es ging v.a. um Geld. Man einigte sich nicht.', ['Es ging v.a. um Geld.', 'Man einigte sich nicht.']],
];

const ENGLISH: Array<[string, string[]]> = [
  ['The U.S. imposed new sanctions. Moscow protested.', ['The U.S. imposed new sanctions.', 'Moscow protested.']],
  ['The sanctions target the U.S. The move angered Washington.', ['The sanctions target the U.S.', 'The move angered Washington.']],
  ['U.S. President Joe Biden spoke on Monday.', ['U.S. President Joe Biden spoke on Monday.']],
  ['Mr. Smith met Gen. Austin in Brussels.', ['Mr. Smith met Gen. Austin in Brussels.']],
  ['Dr. Tedros warned of a new outbreak. The WHO called a meeting.', ['Dr. Tedros warned of a new outbreak.', 'The WHO called a meeting.']],
  ['Gov. Newsom signed the bill. Critics objected.', ['Gov. Newsom signed the bill.', 'Critics objected.']],
  ['Sen. Schumer said the vote would take place on Thursday.', ['Sen. Schumer said the vote would take place on Thursday.']],
  ['The attack killed 11,000 people, officials said.', ['The attack killed 11,000 people, officials said.']],
  ['Inflation rose to 4.5 percent in March. Prices for food climbed.', ['Inflation rose to 4.5 percent in March.', 'Prices for food climbed.']],
  ['The talks took place on March 3. The next round is in April.', ['The talks took place on March 3.', 'The next round is in April.']],
  ['The talks took place on March 3, 2024. No deal was reached.', ['The talks took place on March 3, 2024.', 'No deal was reached.']],
  ['"Will there be war?" the reporter asked.', ['"Will there be war?" the reporter asked.']],
  ['"We will not back down!" the minister said. The crowd cheered.', ['"We will not back down!" the minister said.', 'The crowd cheered.']],
  ['"This is unacceptable," she said. "We will respond."', ['"This is unacceptable," she said.', '"We will respond."']],
  ['He said: "We are ready." Then he left.', ['He said: "We are ready."', 'Then he left.']],
  ['“We are ready.” Then he left.', ['“We are ready.”', 'Then he left.']],
  ['The U.N. Security Council met on Friday.', ['The U.N. Security Council met on Friday.']],
  ['The U.N. said aid was blocked. Trucks waited at the border.', ['The U.N. said aid was blocked.', 'Trucks waited at the border.']],
  ['The summit ended without a deal ... Talks will continue.', ['The summit ended without a deal ...', 'Talks will continue.']],
  ['The situation is ... difficult.', ['The situation is ... difficult.']],
  ['What does Moscow want? Many in Brussels ask that question.', ['What does Moscow want?', 'Many in Brussels ask that question.']],
  ['NATO warns Russia over troop build-up\n\nThe alliance is worried.', ['NATO warns Russia over troop build-up', 'The alliance is worried.']],
  ['NATO warns Russia over troop build-up\nThe alliance is worried.', ['NATO warns Russia over troop build-up', 'The alliance is worried.']],
  ['The leaders agreed on:\n- more aid for Ukraine\n- new sanctions', ['The leaders agreed on:', '- more aid for Ukraine', '- new sanctions']],
  ['Apple Inc. said it would comply.', ['Apple Inc. said it would comply.']],
  ['Shares of Acme Corp. fell sharply. The company denied wrongdoing.', ['Shares of Acme Corp. fell sharply.', 'The company denied wrongdoing.']],
  ['They traded oil, gas, etc. The deal collapsed.', ['They traded oil, gas, etc.', 'The deal collapsed.']],
  ['No. 10 Downing Street confirmed the call.', ['No. 10 Downing Street confirmed the call.']],
  ['The answer was no. The minister left.', ['The answer was no.', 'The minister left.']],
  ['See Art. 5 of the treaty.', ['See Art. 5 of the treaty.']],
  ['John F. Kennedy visited Berlin in 1963. He gave a famous speech.', ['John F. Kennedy visited Berlin in 1963.', 'He gave a famous speech.']],
  ['The vote was 52 to 48. Republicans objected.', ['The vote was 52 to 48.', 'Republicans objected.']],
  ['Prices rose 2.5% in May. Wages lagged.', ['Prices rose 2.5% in May.', 'Wages lagged.']],
  ['The deal is worth $23 billion. Congress must approve it.', ['The deal is worth $23 billion.', 'Congress must approve it.']],
  ['Lt. Col. Vindman testified. He was later dismissed.', ['Lt. Col. Vindman testified.', 'He was later dismissed.']],
  ['St. Louis hosted the meeting.', ['St. Louis hosted the meeting.']],
  ['The meeting started at 10:30 a.m. and ended at noon.', ['The meeting started at 10:30 a.m. and ended at noon.']],
  ['The meeting ended at 11 p.m. The leaders left.', ['The meeting ended at 11 p.m.', 'The leaders left.']],
  ['Ukraine\'s President Volodymyr Zelensky met Sen. Graham.', ['Ukraine\'s President Volodymyr Zelensky met Sen. Graham.']],
  ['"Is this the end?", he asked.', ['"Is this the end?", he asked.']],
  ['They said it was over. "It is not," he replied.', ['They said it was over.', '"It is not," he replied.']],
  ['The minister (who resigned later) denied it. The opposition demanded an inquiry.', ['The minister (who resigned later) denied it.', 'The opposition demanded an inquiry.']],
  ['Russia launched 40 missiles. Ukraine shot down 30.', ['Russia launched 40 missiles.', 'Ukraine shot down 30.']],
  ['Ukraine shot down 30. Russia denied losses.', ['Ukraine shot down 30.', 'Russia denied losses.']],
  ['Washington, Jan. 5 (Reuters) - The Pentagon confirmed the strike.', ['Washington, Jan. 5 (Reuters) - The Pentagon confirmed the strike.']],
  ['The vote is set for Oct. 12. Lawmakers are divided.', ['The vote is set for Oct. 12.', 'Lawmakers are divided.']],
  ['The war began in 2022. Millions fled.', ['The war began in 2022.', 'Millions fled.']],
  ['He met Ms. Harris and Mrs. Clinton.', ['He met Ms. Harris and Mrs. Clinton.']],
  ['Officials said the U.S.-led coalition struck 60 targets.', ['Officials said the U.S.-led coalition struck 60 targets.']],
  ['Hamas released 24 hostages. Israel freed 39 prisoners.', ['Hamas released 24 hostages.', 'Israel freed 39 prisoners.']],
  ['Is it over? No. The fighting continues.', ['Is it over?', 'No.', 'The fighting continues.']],
  ['The E.U. agreed a deal. Hungary abstained.', ['The E.U. agreed a deal.', 'Hungary abstained.']],
  ['They met in the U.K. On Friday they flew home.', ['They met in the U.K.', 'On Friday they flew home.']],
  ['The U.K. Foreign Office issued a warning.', ['The U.K. Foreign Office issued a warning.']],
  ['The strike hit at 3 a.m. local time.', ['The strike hit at 3 a.m. local time.']],
  ['He cited p. 12 of the report.', ['He cited p. 12 of the report.']],
  ['Protesters chanted "No war!" in front of the embassy.', ['Protesters chanted "No war!" in front of the embassy.']],
  ['The ministry said: "We will respond." It gave no details.', ['The ministry said: "We will respond."', 'It gave no details.']],
  ['Reporters asked whether talks would resume. "Maybe," she said.', ['Reporters asked whether talks would resume.', '"Maybe," she said.']],
  ['A ceasefire took effect at 8 a.m. on Sunday.', ['A ceasefire took effect at 8 a.m. on Sunday.']],
  ['The deal—signed in Doha—ended the war.', ['The deal—signed in Doha—ended the war.']],
  ['Pres. Biden traveled to Kyiv.', ['Pres. Biden traveled to Kyiv.']],
  ['Fighting continued overnight.\nThe army said it repelled 12 attacks.', ['Fighting continued overnight.', 'The army said it repelled 12 attacks.']],
  ['The government announced on Monday that it would send additional troops to\nthe border region, officials said.', ['The government announced on Monday that it would send additional troops to\nthe border region, officials said.']],
  ['Capt. Smith and Sgt. Jones were injured.', ['Capt. Smith and Sgt. Jones were injured.']],
  ['The talks (in Geneva.) failed. Both sides left.', ['The talks (in Geneva.) failed.', 'Both sides left.']],
  ['Turnout was 61.2 percent. Results are due on Monday.', ['Turnout was 61.2 percent.', 'Results are due on Monday.']],
];

for (const [lang, table] of [['de', GERMAN], ['en', ENGLISH]] as const) {
  test(`sentence table ${lang} has at least 60 cases`, () => assert.ok(table.length >= 60, `${table.length}`));
  for (const [text, expected] of table) {
    test(`${lang}: ${JSON.stringify(text).slice(0, 70)}`, () => {
      assert.deepEqual(sentencesOf(text, lang), expected);
    });
  }
}

// [text, expected token texts]
const TOKENS: Array<[string, string[]]> = [
  ['Die Sprecherin des US-Verteidigungsministeriums', ['Die', 'Sprecherin', 'des', 'US-Verteidigungsministeriums']],
  ['Die U.S. Army', ['Die', 'U.S.', 'Army']],
  ['Dr. Müller und Prof. Weber', ['Dr.', 'Müller', 'und', 'Prof.', 'Weber']],
  ['u.a. in Genf', ['u.a.', 'in', 'Genf']],
  ['mehr als 14.000 Kisten', ['mehr', 'als', '14.000', 'Kisten']],
  ['4,5 Prozent am 3.7.2024', ['4,5', 'Prozent', 'am', '3.7.2024']],
  ['Raketen- und Atomprogramm', ['Raketen-', 'und', 'Atomprogramm']],
  ['„Wir glauben“, sagte er.', ['„', 'Wir', 'glauben', '“', ',', 'sagte', 'er', '.']],
  ['Russia\'s F-35 jets', ["Russia's", 'F-35', 'jets']],
  ['the U.S.-led coalition', ['the', 'U.S.-led', 'coalition']],
  ['Nr. 5 und Nr. 6', ['Nr.', '5', 'und', 'Nr.', '6']],
  ['The answer was no.', ['The', 'answer', 'was', 'no', '.']],
  ['George W. Bush', ['George', 'W.', 'Bush']],
  ['Ende...', ['Ende', '...']],
  ['$23 billion', ['$', '23', 'billion']],
];

for (const [text, expected] of TOKENS) {
  test(`tokens: ${text}`, () => {
    const toks = tokenize(text);
    assert.deepEqual(toks.map((t) => t.text), expected);
    for (const t of toks) assert.equal(t.text, text.slice(t.start, t.end));
  });
}

test('token fields: norm, kind, spaceBefore, sentence', () => {
  const text = 'Die NATO‒Staaten zahlen 2 Mrd. Euro. Moskau’s Antwort: Nein!';
  const toks = tokenize(text);
  splitSentences(text, toks, 'de');
  const by = (s: string) => toks.find((t) => t.text === s)!;
  assert.equal(by('NATO').norm, 'nato');
  assert.equal(by('Moskau’s').norm, "moskau's");
  assert.equal(by('2').kind, 'number');
  assert.equal(by('Mrd.').kind, 'word');
  assert.equal(by(':').kind, 'punct');
  assert.equal(by('‒').norm, '-');
  assert.equal(by('‒').spaceBefore, false);
  assert.equal(by('zahlen').spaceBefore, true);
  assert.equal(by('Die').sentence, 0);
  assert.equal(by('Nein').sentence, 1);
});

test('sentence ranges cover every token exactly once, in order', () => {
  const text = 'Erster Satz. Zweiter Satz mit „Zitat?“, sagte er. Dritter!\n\nVierter';
  const toks = tokenize(text);
  const { sentences, ranges } = splitSentences(text, toks, 'de');
  assert.equal(sentences.length, 4);
  let next = 0;
  ranges.forEach(([a, b], i) => {
    assert.equal(a, next);
    assert.ok(b > a);
    for (let k = a; k < b; k++) assert.equal(toks[k].sentence, i);
    assert.equal(sentences[i].start, toks[a].start);
    assert.equal(sentences[i].end, toks[b - 1].end);
    next = b;
  });
  assert.equal(next, toks.length);
});

// Bad input: no crash, sane output.
const ODD: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace', ' \n\n\t '],
  ['only punctuation', '...!!!???…'],
  ['html', '<p>Die Regierung trat zurück.</p><p>Neuwahlen folgen.</p>'],
  ['html entities', 'Merkel&nbsp;trifft&amp;Macron &lt;b&gt;'],
  ['emoji and symbols', '🇺🇦 Слава Україні! 🙏 ✊ 100 % — §5 © ™'],
  ['lone surrogate', 'Text \ud800 mit kaputtem Zeichen. Weiter.'],
  ['control chars', 'A\u0000B\u0007C. D\u200bE\ufeff.'],
  ['combining marks', 'Cafe\u0301 und Mu\u0308ller. Ende.'],
  ['no punctuation at all', 'wort '.repeat(2000)],
  ['endless dots', '.'.repeat(5000)],
  ['bullets only', '-\n-\n•\n*'],
  ['CRLF', 'Titel\r\n\r\nErster Satz.\r\nZweiter Satz.'],
];

for (const [name, text] of ODD) {
  test(`odd input does not crash: ${name}`, () => {
    const toks = tokenize(text);
    const { sentences } = splitSentences(text, toks, 'de');
    for (const t of toks) assert.equal(t.text, text.slice(t.start, t.end));
    let prev = 0;
    for (const s of sentences) {
      assert.ok(s.start >= prev && s.end > s.start && s.end <= text.length);
      prev = s.end;
    }
  });
}

test('html remnants: tags do not glue two sentences together', () => {
  const text = '<p>Die Regierung trat zurück.</p><p>Neuwahlen folgen.</p>';
  const s = sentencesOf(text, 'de');
  assert.ok(!s.some((x) => x.includes('zurück') && x.includes('Neuwahlen')), JSON.stringify(s));
});

test('a text without punctuation is cut into bounded sentences', () => {
  const text = 'wort '.repeat(2000);
  const toks = tokenize(text);
  const { ranges } = splitSentences(text, toks, 'de');
  assert.ok(ranges.length > 1);
  for (const [a, b] of ranges) assert.ok(b - a <= 301);
});

// Speed is the benchmark's business (npm run bench); this only guards against a quadratic blow-up, which on
// 1 MB would run for hours: the timeout is far above any load, so the test cannot fail on a busy machine.
test('segmentation of 1 MB of text finishes (no quadratic blow-up)', { timeout: 60_000 }, () => {
  const base = 'Am 3. Juli traf Dr. Müller u.a. den U.S.-Botschafter in Berlin. „Wir sind besorgt“, sagte er. ';
  const text = base.repeat(Math.ceil(1_000_000 / base.length));
  const toks = tokenize(text);
  const { sentences } = splitSentences(text, toks, 'de');
  assert.equal(sentences.length, 2 * Math.ceil(1_000_000 / base.length));
});
