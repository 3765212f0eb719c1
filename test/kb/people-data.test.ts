// Self-check of the people part of the actor knowledge base (src/kb/people/*.json):
// shape, ids, dated CAMEO codes and name variants. Reads the JSON from disk so that
// it checks exactly what the loader will read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../../src/util/data.js';

interface RawCode { code: string; from?: string; to?: string }
interface RawPerson {
  id: string;
  name: string;
  variants: string[];
  codes: RawCode[];
  default: string;
  desc?: string;
}

const dir = dataPath('src/kb/people');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const people: { file: string; p: RawPerson }[] = [];
for (const f of files) {
  const arr = JSON.parse(readFileSync(join(dir, f), 'utf8')) as RawPerson[];
  assert.ok(Array.isArray(arr), `${f}: not an array`);
  for (const p of arr) people.push({ file: f, p });
}

// Country prefixes: the country list of the knowledge base when present, plus codes
// CAMEO uses that are not ISO 3166 (Kosovo KSV).
const countries = new Set<string>(['KSV']);
const genPath = dataPath('src/kb/countries.generated.json');
if (existsSync(genPath)) {
  for (const c of JSON.parse(readFileSync(genPath, 'utf8')) as { code: string }[]) countries.add(c.code);
}
// CAMEO sector (agent) codes used for persons.
const SECTORS = new Set(['GOV', 'MIL', 'REB', 'OPP', 'LEG', 'JUD', 'ELI', 'SPY', 'COP', 'MED', 'BUS', 'PTY', 'CVL', 'REL', 'EDU', 'HLH', 'LAB', 'NGO']);

/** Why a code is not a CAMEO actor code of the forms this KB uses, or null when fine. */
function codeProblem(code: string): string | null {
  if (/^IGO[A-Z0-9]{2,9}$/.test(code)) return null; // IGOUNO, IGOWSTNAT, IGOUNOIAE, IGOOPCW
  if (/^IMG[A-Z]{6}$/.test(code)) return null; // international militarised group: IMGMOSALQ
  const m = /^([A-Z]{3})([A-Z]{3})([A-Z0-9]{3})?$/.exec(code);
  if (!m) return 'not country+sector[+group]';
  if (countries.size > 1 && !countries.has(m[1]!)) return `unknown country ${m[1]}`;
  if (!SECTORS.has(m[2]!)) return `unknown sector ${m[2]}`;
  return null;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// Surnames too common to identify one politician on their own.
const COMMON_SURNAMES = new Set([
  'miller', 'campbell', 'johnson', 'kim', 'lee', 'singh', 'müller', 'mueller', 'schmidt', 'wagner', 'jones',
  'smith', 'brown', 'williams', 'wilson', 'taylor', 'davis', 'clark', 'white', 'harris', 'martin', 'thompson',
  'moore', 'walker', 'allen', 'young', 'king', 'wright', 'scott', 'green', 'baker', 'hall', 'carter', 'mitchell',
  'roberts', 'turner', 'phillips', 'parker', 'evans', 'edwards', 'collins', 'stewart', 'sanders', 'murphy',
  'cook', 'rogers', 'cooper', 'reed', 'ward', 'price', 'bennett', 'wood', 'barnes', 'ross', 'henderson', 'coleman',
  'jenkins', 'perry', 'powell', 'long', 'patterson', 'hughes', 'washington', 'butler', 'simmons', 'foster',
  'bryant', 'alexander', 'russell', 'griffin', 'hayes', 'myers', 'ford', 'graham', 'sullivan', 'wallace', 'west',
  'cole', 'jordan', 'reynolds', 'hamilton', 'graham', 'kennedy', 'wells', 'austin', 'meyer', 'schneider',
  'fischer', 'weber', 'becker', 'schulz', 'hoffmann', 'schäfer', 'koch', 'bauer', 'richter', 'klein', 'wolf',
  'schröder', 'neumann', 'schwarz', 'zimmermann', 'braun', 'krüger', 'hofmann', 'hartmann', 'lange', 'schmitt',
  'werner', 'krause', 'meier', 'lehmann', 'schmid', 'schulze', 'maier', 'köhler', 'herrmann', 'könig', 'walter',
  'mayer', 'huber', 'kaiser', 'fuchs', 'peters', 'lang', 'möller', 'weiß', 'jung', 'hahn', 'vogel',
  'park', 'choi', 'chung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'wang', 'li', 'zhang', 'liu', 'chen',
  'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'lin', 'tsai', 'nguyen',
  'tran', 'khan', 'ali', 'ahmed', 'hussein', 'hassan', 'mohammed', 'kumar', 'sharma', 'patel', 'gandhi', 'shah',
  'sharif', 'gonzález', 'gonzalez', 'rodríguez', 'rodriguez', 'fernández', 'fernandez', 'lópez', 'lopez',
  'martínez', 'sánchez', 'sanchez', 'pérez', 'garcía', 'garcia', 'silva', 'santos', 'ivanov', 'petrov', 'smirnov',
  'kuznetsov', 'popov', 'cohen', 'levy', 'katz', 'moon', 'may', 'rice', 'kelly', 'ryan', 'reid', 'hunt',
  'dan', 'pavel', 'morales', 'ortega', 'mustafa', 'salam', 'aoun', 'abdullah', 'saleh', 'russell',
]);

// Folds case, diacritics, hyphens and apostrophes the way a recogniser would, so that
// "Erdoğan"/"Erdogan" or "Kim Jong-un"/"Kim Jong Un" count as one form.
const norm = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss').replace(/ı/g, 'i')
    .replace(/[\u2010-\u2015-]/g, ' ').replace(/['\u2019`.]/g, '').replace(/\s+/g, ' ').trim();

test('people: at least 550 entries across the region files', () => {
  assert.ok(files.length >= 5, `only ${files.length} files`);
  assert.ok(people.length >= 550, `only ${people.length} people`);
});

test('people: ids are unique person.<ascii-slug> and fields are well-formed', () => {
  const seen = new Map<string, string>();
  const bad: string[] = [];
  for (const { file, p } of people) {
    if (!/^person\.[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id)) bad.push(`${file}: bad id ${p.id}`);
    if (seen.has(p.id)) bad.push(`${file}: duplicate id ${p.id} (also in ${seen.get(p.id)})`);
    seen.set(p.id, file);
    if (typeof p.name !== 'string' || p.name.trim() === '' || p.name !== p.name.trim()) bad.push(`${p.id}: bad name`);
    if (!Array.isArray(p.variants) || p.variants.some((v) => typeof v !== 'string' || v.trim() === '' || v !== v.trim())) {
      bad.push(`${p.id}: bad variants`);
    } else {
      // Spellings differing only in diacritics are kept (a loader may not fold them); exact repeats are not.
      const own = new Set<string>([p.name.toLowerCase()]);
      for (const v of p.variants) {
        if (own.has(v.toLowerCase())) bad.push(`${p.id}: variant repeats a name: ${v}`);
        own.add(v.toLowerCase());
      }
    }
    if (!Array.isArray(p.codes) || p.codes.length === 0) bad.push(`${p.id}: no codes`);
    if (typeof p.default !== 'string') bad.push(`${p.id}: no default`);
    if (typeof p.desc !== 'string' || p.desc.length < 10) bad.push(`${p.id}: missing desc`);
  }
  assert.deepEqual(bad, []);
});

test('people: codes and defaults look like CAMEO actor codes', () => {
  const bad: string[] = [];
  for (const { p } of people) {
    for (const c of [...p.codes.map((x) => x.code), p.default]) {
      const why = codeProblem(c);
      if (why) bad.push(`${p.id}: ${c}: ${why}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('people: dates are valid ISO dates, from <= to, ranges per person do not overlap', () => {
  const bad: string[] = [];
  for (const { p } of people) {
    for (const c of p.codes) {
      for (const k of ['from', 'to'] as const) {
        const v = c[k];
        if (v !== undefined && !isIsoDate(v)) bad.push(`${p.id}: ${c.code} ${k}=${v} not an ISO date`);
      }
      if (c.from && c.to && c.from > c.to) bad.push(`${p.id}: ${c.code} from ${c.from} after to ${c.to}`);
    }
    // Inclusive bounds: sorted by start, each range must end before the next one starts.
    const sorted = [...p.codes].sort((a, b) => (a.from ?? '0000').localeCompare(b.from ?? '0000'));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (prev.to === undefined || cur.from === undefined || prev.to >= cur.from) {
        bad.push(`${p.id}: ${prev.code} ${prev.from ?? '…'}..${prev.to ?? '…'} overlaps ${cur.code} ${cur.from ?? '…'}..${cur.to ?? '…'}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test('people: no surname-only variant that is a common surname', () => {
  const bad: string[] = [];
  for (const { p } of people) {
    for (const v of p.variants) {
      if (!/\s/.test(v) && COMMON_SURNAMES.has(norm(v))) bad.push(`${p.id}: ${v}`);
    }
  }
  assert.deepEqual(bad, []);
});

// Names shared by two people on purpose: none of the pair's spellings is used for anyone else,
// and the recogniser must pick by document date or context. Keyed by the shared form.
const INTENTIONAL_SHARED = new Map<string, string[]>([]);

test('people: no name or variant is shared by two people unless listed as intentional', () => {
  const owners = new Map<string, Set<string>>();
  for (const { p } of people) {
    for (const n of [p.name, ...p.variants]) {
      const k = norm(n);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(p.id);
    }
  }
  const collisions: string[] = [];
  for (const [k, ids] of owners) {
    if (ids.size < 2) continue;
    const allowed = INTENTIONAL_SHARED.get(k);
    const list = [...ids].sort();
    if (allowed && allowed.slice().sort().join() === list.join()) continue;
    collisions.push(`${k}: ${list.join(', ')}`);
  }
  assert.deepEqual(collisions, []);
});

// Spot checks that dates resolve as expected (table: id, date, expected code).
function codeAt(p: RawPerson, date: string): string {
  for (const c of p.codes) {
    if ((c.from === undefined || c.from <= date) && (c.to === undefined || date <= c.to)) return c.code;
  }
  return p.default;
}

const SPOT: [string, string, string][] = [
  ['person.jens-stoltenberg', '2013-01-01', 'NORGOV'],
  ['person.jens-stoltenberg', '2024-09-30', 'IGOWSTNAT'],
  ['person.jens-stoltenberg', '2024-10-01', 'NORELI'],
  ['person.jens-stoltenberg', '2025-03-01', 'NORGOV'],
  ['person.mark-rutte', '2024-10-01', 'IGOWSTNAT'],
  ['person.donald-trump', '2022-06-01', 'USAELI'],
  ['person.donald-trump', '2025-01-20', 'USAGOV'],
  ['person.antony-blinken', '2023-05-01', 'USAGOV'],
  ['person.antony-blinken', '2025-02-01', 'USAELI'],
  ['person.vladimir-putin', '2024-06-01', 'RUSGOV'],
  ['person.olaf-scholz', '2025-06-01', 'DEUELI'],
  ['person.friedrich-merz', '2024-06-01', 'DEUOPP'],
  ['person.annalena-baerbock', '2023-01-01', 'DEUGOV'],
  ['person.ahmed-al-sharaa', '2024-06-01', 'SYRREBHTS'],
  ['person.ahmed-al-sharaa', '2025-02-01', 'SYRGOV'],
  ['person.hibatullah-akhundzada', '2021-09-01', 'AFGGOV'],
  ['person.mohamed-hamdan-dagalo', '2023-06-01', 'SDNREBRSF'],
  ['person.matthew-miller-state-dept', '2024-03-01', 'USAGOV'],
  ['person.ursula-von-der-leyen', '2018-01-01', 'DEUGOV'],
  ['person.ursula-von-der-leyen', '2020-01-01', 'IGOEUREEC'],
];

test('people: spot checks of codes at a date', () => {
  const byId = new Map(people.map(({ p }) => [p.id, p]));
  for (const [id, date, expected] of SPOT) {
    const p = byId.get(id);
    assert.ok(p, `missing ${id}`);
    assert.equal(codeAt(p, date), expected, `${id} at ${date}`);
  }
});

test('people: per-file counts (informational)', () => {
  const counts = new Map<string, number>();
  for (const { file } of people) counts.set(file, (counts.get(file) ?? 0) + 1);
  for (const [f, n] of counts) assert.ok(n > 0, f);
  console.log([...counts].map(([f, n]) => `${f}: ${n}`).join(', '), `total ${people.length}`);
});
