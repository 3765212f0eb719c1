import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verbForms, lookupVerb, isKonjunktiv1Only, nounForms, compoundHead, type VerbForm } from '../../../src/lang/de/morphology.js';

type Kind = VerbForm['kind'];
type Mood = VerbForm['mood'];
type Tense = VerbForm['tense'];

// [surface form, lemma, kind, mood, tense, detached particle]
const ANALYSES: Array<[string, string, Kind, Mood, Tense, string | null]> = [
  // separable strong: vorwerfen
  ['wirft', 'vorwerfen', 'fin', 'ind', 'pres', 'vor'],
  ['warf', 'vorwerfen', 'fin', 'ind', 'past', 'vor'],
  ['warfen', 'vorwerfen', 'fin', 'ind', 'past', 'vor'],
  ['vorwirft', 'vorwerfen', 'fin', 'ind', 'pres', null],
  ['vorwarfen', 'vorwerfen', 'fin', 'ind', 'past', null],
  ['werfe', 'vorwerfen', 'fin', 'kj1', 'pres', 'vor'],
  ['wärfe', 'vorwerfen', 'fin', 'kj2', 'past', 'vor'],
  ['vorgeworfen', 'vorwerfen', 'pa2', null, null, null],
  ['vorzuwerfen', 'vorwerfen', 'zuinf', null, null, null],
  ['vorwerfen', 'vorwerfen', 'inf', null, null, null],
  // weak: liefern, incl. participles used as adjectives
  ['liefert', 'liefern', 'fin', 'ind', 'pres', null],
  ['lieferte', 'liefern', 'fin', 'ind', 'past', null],
  ['lieferten', 'liefern', 'fin', 'kj2', 'past', null],
  ['liefere', 'liefern', 'fin', 'kj1', 'pres', null],
  ['geliefert', 'liefern', 'pa2', null, null, null],
  ['gelieferte', 'liefern', 'pa2', null, null, null],
  ['gelieferten', 'liefern', 'pa2', null, null, null],
  ['geliefertes', 'liefern', 'pa2', null, null, null],
  ['liefernde', 'liefern', 'pa1', null, null, null],
  // inseparable with a preposition-like prefix: unterstützen (never "stützt … unter")
  ['unterstützt', 'unterstützen', 'fin', 'ind', 'pres', null],
  ['unterstützten', 'unterstützen', 'fin', 'ind', 'past', null],
  ['unterstützten', 'unterstützen', 'fin', 'kj2', 'past', null],
  ['unterstütze', 'unterstützen', 'fin', 'kj1', 'pres', null],
  ['unterstützt', 'unterstützen', 'pa2', null, null, null],
  ['unterstützte', 'unterstützen', 'pa2', null, null, null],
  // separable: angreifen, ankündigen, zurückweisen, festnehmen, freilassen, zurückziehen
  ['greift', 'angreifen', 'fin', 'ind', 'pres', 'an'],
  ['griff', 'angreifen', 'fin', 'ind', 'past', 'an'],
  ['angreift', 'angreifen', 'fin', 'ind', 'pres', null],
  ['angegriffen', 'angreifen', 'pa2', null, null, null],
  ['angegriffenen', 'angreifen', 'pa2', null, null, null],
  ['anzugreifen', 'angreifen', 'zuinf', null, null, null],
  ['kündigte', 'ankündigen', 'fin', 'ind', 'past', 'an'],
  ['angekündigt', 'ankündigen', 'pa2', null, null, null],
  ['angekündigte', 'ankündigen', 'pa2', null, null, null],
  ['anzukündigen', 'ankündigen', 'zuinf', null, null, null],
  ['weist', 'zurückweisen', 'fin', 'ind', 'pres', 'zurück'],
  ['wies', 'zurückweisen', 'fin', 'ind', 'past', 'zurück'],
  ['zurückgewiesen', 'zurückweisen', 'pa2', null, null, null],
  ['zurückzuweisen', 'zurückweisen', 'zuinf', null, null, null],
  ['nimmt', 'festnehmen', 'fin', 'ind', 'pres', 'fest'],
  ['nahmen', 'festnehmen', 'fin', 'ind', 'past', 'fest'],
  ['festnahm', 'festnehmen', 'fin', 'ind', 'past', null],
  ['festgenommen', 'festnehmen', 'pa2', null, null, null],
  ['festgenommenen', 'festnehmen', 'pa2', null, null, null],
  ['festzunehmen', 'festnehmen', 'zuinf', null, null, null],
  ['ließ', 'freilassen', 'fin', 'ind', 'past', 'frei'],
  ['freigelassen', 'freilassen', 'pa2', null, null, null],
  ['zog', 'zurückziehen', 'fin', 'ind', 'past', 'zurück'],
  ['zurückgezogen', 'zurückziehen', 'pa2', null, null, null],
  // auxiliaries and modals (reported speech)
  ['sei', 'sein', 'fin', 'kj1', 'pres', null],
  ['seien', 'sein', 'fin', 'kj1', 'pres', null],
  ['wäre', 'sein', 'fin', 'kj2', 'past', null],
  ['ist', 'sein', 'fin', 'ind', 'pres', null],
  ['war', 'sein', 'fin', 'ind', 'past', null],
  ['gewesen', 'sein', 'pa2', null, null, null],
  ['habe', 'haben', 'fin', 'kj1', 'pres', null],
  ['habe', 'haben', 'fin', 'ind', 'pres', null],
  ['hätte', 'haben', 'fin', 'kj2', 'past', null],
  ['hat', 'haben', 'fin', 'ind', 'pres', null],
  ['werde', 'werden', 'fin', 'kj1', 'pres', null],
  ['würde', 'werden', 'fin', 'kj2', 'past', null],
  ['wurde', 'werden', 'fin', 'ind', 'past', null],
  ['worden', 'werden', 'pa2', null, null, null],
  ['könne', 'können', 'fin', 'kj1', 'pres', null],
  ['könnte', 'können', 'fin', 'kj2', 'past', null],
  ['müsse', 'müssen', 'fin', 'kj1', 'pres', null],
  ['solle', 'sollen', 'fin', 'kj1', 'pres', null],
  // strong and inseparable verbs
  ['erwirbt', 'erwerben', 'fin', 'ind', 'pres', null],
  ['erwarb', 'erwerben', 'fin', 'ind', 'past', null],
  ['erworben', 'erwerben', 'pa2', null, null, null],
  ['empfing', 'empfangen', 'fin', 'ind', 'past', null],
  ['traf', 'treffen', 'fin', 'ind', 'past', null],
  ['getroffen', 'treffen', 'pa2', null, null, null],
  ['beschoss', 'beschießen', 'fin', 'ind', 'past', null],
  ['beschossen', 'beschießen', 'pa2', null, null, null],
  ['verhängte', 'verhängen', 'fin', 'ind', 'past', null],
  ['verhängten', 'verhängen', 'pa2', null, null, null],
  ['besuchte', 'besuchen', 'fin', 'ind', 'past', null],
  ['besucht', 'besuchen', 'pa2', null, null, null],
  ['kritisierte', 'kritisieren', 'fin', 'ind', 'past', null],
  ['verurteilt', 'verurteilen', 'pa2', null, null, null],
  ['bombardiert', 'bombardieren', 'pa2', null, null, null],
  ['droht', 'drohen', 'fin', 'ind', 'pres', null],
  ['gedroht', 'drohen', 'pa2', null, null, null],
  ['forderte', 'fordern', 'fin', 'ind', 'past', null],
  ['gewährt', 'gewähren', 'fin', 'ind', 'pres', null],
];

test('lookupVerb analyses German verb forms', () => {
  for (const [form, lemma, kind, mood, tense, particle] of ANALYSES) {
    const hits = lookupVerb(form);
    const ok = hits.some((a) => a.lemma === lemma && a.kind === kind && a.mood === mood && a.tense === tense && a.particle === particle);
    assert.ok(ok, `${form}: expected ${lemma}/${kind}/${mood}/${tense}/${particle}, got ${JSON.stringify(hits.filter((a) => a.lemma === lemma))}`);
  }
});

test('verbForms generates the analysed forms of the lemma', () => {
  for (const [form, lemma, kind, , , particle] of ANALYSES) {
    const forms = verbForms(lemma);
    assert.ok(forms.some((f) => f.form === form && f.kind === kind && f.particle === particle), `${lemma} lacks ${form} (${kind}, ${particle})`);
  }
});

test('no spurious analyses', () => {
  assert.ok(!lookupVerb('stützt').some((a) => a.lemma === 'unterstützen'), 'unterstützen is inseparable');
  assert.deepEqual(lookupVerb('sanktionen'), []);
  assert.deepEqual(lookupVerb(''), []);
  assert.ok(!lookupVerb('angegriffen').some((a) => a.kind === 'fin'));
});

// verbs the dictionary lacks: derived from a known base, or regular weak conjugation
const DERIVED: Array<[string, string, Kind, string | null]> = [
  ['vorhaben', 'hat', 'fin', 'vor'],
  ['vorhaben', 'vorgehabt', 'pa2', null],
  ['erstechen', 'erstochen', 'pa2', null],
  ['erstechen', 'ersticht', 'fin', null],
  ['herabstufen', 'stufte', 'fin', 'herab'],
  ['herabstufen', 'herabgestuft', 'pa2', null],
  ['vereinbaren', 'vereinbart', 'pa2', null],
  ['vereinbaren', 'vereinbarten', 'fin', null],
  ['einschüchtern', 'schüchtert', 'fin', 'ein'],
  ['einschüchtern', 'eingeschüchtert', 'pa2', null],
  ['einschüchtern', 'einzuschüchtern', 'zuinf', null],
  ['kondolieren', 'kondolierte', 'fin', null],
  ['kondolieren', 'kondoliert', 'pa2', null],
  ['zwangsumsiedeln', 'zwangsumsiedelt', 'fin', null],
];

test('verbForms covers verbs missing from the dictionary', () => {
  for (const [lemma, form, kind, particle] of DERIVED) {
    assert.ok(verbForms(lemma).some((f) => f.form === form && f.kind === kind && f.particle === particle), `${lemma} lacks ${form}`);
  }
});

test('lookupVerb guesses unknown -ieren verbs', () => {
  assert.ok(lookupVerb('drohnisierte').some((a) => a.lemma === 'drohnisieren' && a.kind === 'fin'));
});

const KJ1: Array<[string, boolean]> = [
  ['sei', true], ['seien', true], ['habe', true], ['werde', true], ['könne', true], ['müsse', true], ['wolle', true], ['solle', true],
  ['dürfe', true], ['liefere', true], ['unterstütze', true], ['gebe', true], ['wisse', true], ['befürchte', true],
  ['hat', false], ['haben', false], ['ist', false], ['sind', false], ['wird', false], ['werden', false], ['liefert', false],
  ['kann', false], ['unterstützt', false], ['war', false], ['hätte', false], ['würde', false], ['seine', false], ['', false],
];

test('isKonjunktiv1Only', () => {
  for (const [form, expected] of KJ1) assert.equal(isKonjunktiv1Only(form), expected, form);
});

const NOUNS: Array<[string, string[]]> = [
  ['Sanktion', ['sanktion', 'sanktionen']],
  ['Besuch', ['besuch', 'besuchs', 'besuches', 'besuche', 'besuchen']],
  ['Angriff', ['angriff', 'angriffe', 'angriffen', 'angriffs']],
  ['Waffe', ['waffe', 'waffen']],
  ['Verhandlung', ['verhandlung', 'verhandlungen']],
  ['Anschlag', ['anschlag', 'anschläge', 'anschlägen']],
  ['Abkommen', ['abkommen', 'abkommens']],
  ['Luftangriff', ['luftangriff', 'luftangriffe', 'luftangriffen']], // not in the dictionary: declined by its head
  ['Drohnenschlag', ['drohnenschlag', 'drohnenschläge']],
  ['Quatschverhandlung', ['quatschverhandlung', 'quatschverhandlungen']],
  ['Fantasierung', ['fantasierung', 'fantasierungen']], // rule-based
];

test('nounForms declines nouns', () => {
  for (const [lemma, expected] of NOUNS) {
    const forms = nounForms(lemma);
    for (const f of expected) assert.ok(forms.includes(f), `${lemma} lacks ${f}: ${forms.join(',')}`);
  }
  assert.ok(!nounForms('Gipfeltreffen').includes('gipfeltreffenes'));
  assert.deepEqual(nounForms(''), []);
});

const HEADS = new Set(['sanktionen', 'sanktion', 'lieferungen', 'besuch', 'besuches', 'angriff', 'angriffe', 'reise', 'kauf', 'hilfe']);
const COMPOUNDS: Array<[string, string | null]> = [
  ['wirtschaftssanktionen', 'sanktionen'],
  ['raketen-lieferungen', 'lieferungen'],
  ['us-sanktionen', 'sanktionen'],
  ['eu-wirtschaftssanktionen', 'sanktionen'],
  ['staatsbesuches', 'besuches'],
  ['luftangriffe', 'angriffe'],
  ['militärhilfe', 'hilfe'],
  ['waffenlieferungen', 'lieferungen'],
  ['sanktionen', null], // not a compound
  ['ausreise', null], // verb prefix, not a modifier
  ['verkauf', null],
  ['abangriff', null], // modifier too short
  ['sanktionenxyz', null],
  ['', null],
];

test('compoundHead finds the known head', () => {
  for (const [word, head] of COMPOUNDS) assert.equal(compoundHead(word, HEADS), head, word);
});

test('odd input never throws', () => {
  for (const s of ['', ' ', '-', '--', '\u0000', '😀😀😀', 'x'.repeat(5000), '<b>angriff</b>']) {
    verbForms(s); lookupVerb(s); isKonjunktiv1Only(s); nounForms(s); compoundHead(s, HEADS);
  }
});
