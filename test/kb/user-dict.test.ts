// User dictionaries (YAML/JSON) and the PETRARCH/TABARI importer.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DictionaryError, loadUserDictionary, parseUserDictionary } from '../../src/kb/user-dict.js';
import { importPetrarchActors, importPetrarchAgents, importPetrarchFile, petrarchDate } from '../../src/kb/petrarch.js';
import { configureActors } from '../../src/extract/actors.js';
import { dataPath } from '../../src/util/data.js';
import { mentionsOf } from '../extract/actors/harness.js';

after(() => configureActors());

const dir = mkdtempSync(join(tmpdir(), 'lagebild-dict-'));
const YAML = `# my actors
actors:
  - id: my.acme
    names: [Acme Defence, ACME]
    code: USABUS
  - id: my.nordland
    names: {de: [Nordland], en: [Northland]}
    code: NLD
    kind: state
  - id: my.senator
    names: [Gerda Holm]
    codes:
      - {code: SWELEG, from: "2019-01-01", to: "2022-12-31"}
      - {code: SWEGOV, from: "2023-01-01"}
roles:
  - id: my.role.sheriff
    names: {en: [sheriff], de: [Sheriff]}
    sector: COP
    person: true
remove: [kb.capital.london]
`;

test('YAML user dictionary adds actors, dated codes, roles and removals', () => {
  const p = join(dir, 'my.yaml');
  writeFileSync(p, YAML);
  configureActors({ dictionaries: [loadUserDictionary(p)] });
  const en = (t: string, d = '2024-01') => mentionsOf(t, 'en', d).map((m) => `${m.text}=${m.code}`);
  assert.deepEqual(en('Acme Defence signed a contract.'), ['Acme Defence=USABUS']);
  assert.deepEqual(en('Northland protested.'), ['Northland=NLD']);
  assert.deepEqual(en('Gerda Holm spoke.', '2020-05'), ['Gerda Holm=SWELEG']);
  assert.deepEqual(en('Gerda Holm spoke.', '2024-05'), ['Gerda Holm=SWEGOV']);
  assert.deepEqual(en('The Swedish sheriff arrived.'), ['Swedish sheriff=SWECOP']);
  assert.deepEqual(en('London objected.'), []);
  configureActors();
  assert.deepEqual(mentionsOf('London objected.', 'en', '2024-01').map((m) => m.code), ['GBRGOV']);
});

test('JSON user dictionary overrides a built-in name', () => {
  const p = join(dir, 'o.json');
  writeFileSync(p, JSON.stringify({ actors: [{ id: 'my.kremlin', names: ['Kremlin'], code: 'RUSELI' }] }));
  configureActors({ dictionaries: [loadUserDictionary(p)] });
  assert.deepEqual(mentionsOf('The Kremlin denied it.', 'en', '2024-01').map((m) => m.code), ['RUSELI']);
  configureActors();
});

const broken: Array<[string, number | null, RegExp]> = [
  ['actors:\n  - id: a\n    names: [X]\n    code: usa\n', 2, /bad CAMEO code/],
  ['actors:\n  - id: a\n    code: USA\n', 2, /names missing/],
  ['actors:\n  - names: [X]\n    code: USA\n', 2, /has no id/],
  ['actors:\n  - id: a\n    names: [X]\n    code: USA\n  - id: a\n    names: [Y]\n    code: USA\n', 5, /duplicate id/],
  ['roles:\n  - id: r\n    names: [chief]\n', 2, /needs sector/],
  ['actors: [\n', null, /./],
  ['foo: 1\n', 1, /unknown section 'foo'/],
  ['actors:\n  - id: a\n    names: {fr: [X]}\n    code: USA\n', 2, /unknown language 'fr'/],
  ['actors:\n  - id: a\n    names: [X]\n    codes: [{code: USAGOV, from: "2020-1-1"}]\n', 2, /not YYYY-MM-DD/],
];

test('broken user dictionaries name file, line and problem', () => {
  for (const [src, line, re] of broken) {
    assert.throws(() => parseUserDictionary(src, 'bad.yaml'), (e: unknown) => {
      assert.ok(e instanceof DictionaryError, String(e));
      assert.equal(e.file, 'bad.yaml');
      if (line !== null) assert.equal(e.line, line, `${e.message} for ${JSON.stringify(src)}`);
      assert.match(e.problem, re);
      assert.match(e.message, /^bad\.yaml(:\d+)?: /);
      return true;
    });
  }
  assert.throws(() => loadUserDictionary(join(dir, 'missing.yaml')), /missing\.yaml: cannot read/);
});

const PETR = '../shared/peer/petrarch2/';

test('PETRARCH validation actors import: codes, synonyms, date-bounded codes', () => {
  const { dict, skipped } = importPetrarchFile(dataPath(PETR + 'PETR.Validate.actors.txt'));
  assert.ok(dict.actors.length > 100, `${dict.actors.length}`);
  const byId = new Map(dict.actors.map((a) => [a.id, a]));
  assert.deepEqual(byId.get('petrarch.north-korea')?.names, ['north korea', 'pyongyang', 'the hermit kingdom']);
  assert.equal(byId.get('petrarch.north-korea')?.code, 'PRK');
  assert.deepEqual(byId.get('petrarch.gollum')?.codes, [
    { code: 'HOB', to: '1995-05-31' }, { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' }, { code: 'HOBREB', from: '1999-08-16' },
  ]);
  assert.equal(byId.get('petrarch.zimbabwe')?.code, 'ZBW');
  assert.equal(byId.get('petrarch.palestinian')?.code, 'PSE');
  assert.ok((byId.get('petrarch.united-states')?.names as string[]).includes('U.S.'));
  assert.deepEqual(skipped.map((s) => s.name).sort(), ['boromir', 'isildur']);
  configureActors({ dictionaries: [dict] });
  const ms = (t: string, d: string) => mentionsOf(t, 'en', d).map((m) => `${m.text}=${m.code}`);
  assert.deepEqual(ms('Smeagol attacked the Shire.', '1997-03-01'), ['Smeagol=HOBGOV', 'the Shire=FRO']);
  assert.deepEqual(ms('Smeagol attacked again.', '2005-03-01'), ['Smeagol=HOBREB']);
  assert.deepEqual(ms('Sam Gamgee returned.', '2010-01-10'), ['Sam Gamgee=ORCHOB']);
  assert.deepEqual(ms('Sam Gamgee returned.', '2009-01-10'), ['Sam Gamgee=HOBMIL']);
  configureActors();
});

test('PETRARCH validation agents import: macros, plurals, sector codes', () => {
  const { dict } = importPetrarchFile(dataPath(PETR + 'PETR.Validate.agents.txt'));
  assert.ok(dict.roles.length > 80);
  const names = (id: string) => { const r = dict.roles.find((x) => x.id === id); return r && !Array.isArray(r.names) ? r.names.en ?? [] : []; };
  assert.ok(names('petrarch.agent.congressman').includes('congresswomen'));
  assert.ok(names('petrarch.agent.minister-of-silly-walks').includes('ministry of silly walks'));
  assert.deepEqual(names('petrarch.agent.golden-goose'), ['golden goose', 'golden geese']);
  assert.deepEqual(names('petrarch.agent.media'), ['media']);
  assert.equal(dict.roles.find((x) => x.id === 'petrarch.agent.foreign-minister')?.sector, 'GOVFRM');
  assert.equal(dict.roles.find((x) => x.id === 'petrarch.agent.human-rights-body')?.sector, 'NGO');
  configureActors({ dictionaries: [dict] });
  assert.deepEqual(mentionsOf('The Norwegian congresswomen objected.', 'en', '2024-01').map((m) => `${m.text}=${m.code}`), ['Norwegian congresswomen=NORLEG']);
  configureActors();
});

const badPetrarch: Array<[string, 'actors' | 'agents', number, RegExp]> = [
  ['RUSSIA [RUS\n', 'actors', 1, /unclosed '\['/],
  ['+RUSSIAN\n', 'actors', 1, /synonym .* before any entry/],
  ['\t[RUS]\n', 'actors', 1, /code block before any entry/],
  ['GOLLUM\n\t[HOB >991399]\n', 'actors', 2, /bad date/],
  ['<!-- never closed\nRUSSIA [RUS]\n', 'actors', 1, /never closed/],
  ['RUSSIA [R$S]\n', 'actors', 1, /cannot read code block/],
  ['PRESIDENT [~GOV\n', 'agents', 1, /unclosed '\['/],
  ['!MINST!_OF_X [~GOV]\n', 'agents', 1, /unknown macro !MINST!/],
  ['OK [~GOV]\nBROKEN LINE\n', 'agents', 2, /cannot read agent line/],
];

test('broken PETRARCH dictionaries name file, line and problem', () => {
  for (const [src, kind, line, re] of badPetrarch) {
    const run = () => (kind === 'actors' ? importPetrarchActors(src, 'x.txt') : importPetrarchAgents(src, 'x.txt'));
    assert.throws(run, (e: unknown) => e instanceof DictionaryError && e.line === line && re.test(e.problem) && e.message.startsWith(`x.txt:${line}: `), src);
  }
  assert.equal(petrarchDate('011222', 'f', 1), '2001-12-22');
  assert.equal(petrarchDate('911226', 'f', 1), '1991-12-26');
  assert.equal(petrarchDate('20130119', 'f', 1), '2013-01-19');
});
