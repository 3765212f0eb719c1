// The gazetteer: populated places and regions that news name as where something happens
// ("Russian forces shelled Kherson", "Angriff auf Charkiw", "protests in Basra"). Each place
// is coded with its country's CAMEO code and recognised as a mention of kind `location`,
// never as an acting party. Two files:
//   src/kb/places.json           curated: exonyms, spelling variants, regions (win over generated)
//   src/kb/places.generated.json cities ≥ 50,000 inhabitants (src/kb/generate/places.ts, GeoNames CC BY 4.0)
import { existsSync } from 'node:fs';
import { dataPath, loadJson } from '../util/data.js';
import { germanGenitive } from './load.js';
import type { DatedCode, Entity, NameVariant } from './types.js';

/** A curated entry of src/kb/places.json. Names in `de`/`en`/`any` match in every language
 *  (the split documents where a spelling is used); German genitive -s is added for cities and
 *  for regions with `gen: true` ("Charkiws", "des Westjordanlands"; not "der Krim"). */
export interface CuratedPlace {
  id: string;
  code: string;
  type: 'city' | 'region';
  names: { de?: string[]; en?: string[]; any?: string[] };
  gen?: boolean;
  note?: string;
}

export interface GeneratedPlaceRow { id: string; code: string; name: string; pop: number; gen?: false }

const GENERATED = 'src/kb/places.generated.json';
const CODE_RE = /^[A-Z]{3}$/;
const ID_RE = /^kb\.place\.[a-z0-9]+(-[a-z0-9]+)*$/;

/** Slug of a place name for its id: "Khan Younis" → "khan-younis", "Saporischschja" → "saporischschja". */
export function placeSlug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/ı/g, 'i')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Schema problems of the curated file (tests and the loader use it). */
export function validateCuratedPlaces(rows: unknown): string[] {
  const errs: string[] = [];
  if (!Array.isArray(rows)) return ['places must be an array'];
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const r of rows as CuratedPlace[]) {
    const where = r?.id ?? JSON.stringify(r).slice(0, 40);
    if (!r || typeof r.id !== 'string' || !ID_RE.test(r.id)) errs.push(`${where}: id must be kb.place.<slug>`);
    if (ids.has(r.id)) errs.push(`${where}: duplicate id`);
    ids.add(r.id);
    if (typeof r.code !== 'string' || !CODE_RE.test(r.code)) errs.push(`${where}: code must be a 3-letter CAMEO country code`);
    if (r.type !== 'city' && r.type !== 'region') errs.push(`${where}: type must be city or region`);
    if (!r.names || typeof r.names !== 'object') { errs.push(`${where}: names missing`); continue; }
    for (const k of Object.keys(r.names)) if (k !== 'de' && k !== 'en' && k !== 'any') errs.push(`${where}: unknown names key ${k}`);
    const all = Object.values(r.names).flat();
    if (all.length === 0) errs.push(`${where}: no names`);
    for (const n of all) {
      if (typeof n !== 'string' || !n.trim() || !/\p{Lu}/u.test(n)) { errs.push(`${where}: bad name ${JSON.stringify(n)}`); continue; }
      const prev = names.get(n);
      if (prev && prev !== r.id) errs.push(`${where}: name ${n} also in ${prev}`);
      names.set(n, r.id);
    }
    for (const k of Object.keys(r)) if (!['id', 'code', 'type', 'names', 'gen', 'note'].includes(k)) errs.push(`${where}: unknown field ${k}`);
  }
  return errs;
}

function push(list: NameVariant[], v: NameVariant): void {
  if (!list.some((x) => x.text === v.text && x.lang === v.lang)) list.push(v);
}

function withGenitive(list: NameVariant[], name: string, gen: boolean): void {
  push(list, { text: name, lang: null, form: 'name' });
  if (!gen || name.includes(' ')) return;
  const g = germanGenitive(name);
  if (g) push(list, { text: g, lang: 'de', form: 'gen' });
}

function generatedRows(): GeneratedPlaceRow[] {
  // Missing only before the generator has run for the first time.
  if (!existsSync(dataPath(GENERATED))) return [];
  return loadJson<{ places: GeneratedPlaceRow[] }>(GENERATED).places;
}

interface Succession { code: string; was: string; since: string }

/** The day before an ISO date ("2011-07-09" → "2011-07-08"). */
function dayBefore(iso: string): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Dated codes per current country code from src/kb/successions.json (Juba: SDN before 2011-07-09). */
export function successionCodes(): Map<string, DatedCode[]> {
  const rows = loadJson<{ successions: Succession[] }>('src/kb/successions.json').successions;
  const out = new Map<string, DatedCode[]>();
  for (const r of rows) {
    if (!CODE_RE.test(r.code) || !CODE_RE.test(r.was) || !/^\d{4}-\d{2}-\d{2}$/.test(r.since)) throw new Error(`src/kb/successions.json: bad row ${JSON.stringify(r)}`);
    out.set(r.code, [{ code: r.was, to: dayBefore(r.since) }, { code: r.code, from: r.since }]);
  }
  return out;
}

/** Place entities: curated first, then generated ones whose id and names the curated file does not claim. */
export function loadPlaces(): Entity[] {
  const dated = successionCodes();
  const curated = loadJson<{ places: CuratedPlace[] }>('src/kb/places.json').places;
  const errs = validateCuratedPlaces(curated);
  if (errs.length) throw new Error(`src/kb/places.json invalid:\n  ${errs.slice(0, 20).join('\n  ')}`);
  const out: Entity[] = [];
  const ids = new Set<string>();
  const claimed = new Set<string>();
  for (const r of curated) {
    const names: NameVariant[] = [];
    const gen = r.gen ?? r.type === 'city';
    for (const n of [...(r.names.de ?? []), ...(r.names.en ?? []), ...(r.names.any ?? [])]) {
      withGenitive(names, n, gen);
      claimed.add(n.toLowerCase());
    }
    const display = r.names.en?.[0] ?? r.names.any?.[0] ?? r.names.de![0];
    out.push({ id: r.id, type: 'place', code: r.code, name: display, kind: 'location', names, place: r.type, ...(dated.has(r.code) ? { codes: dated.get(r.code) } : {}) });
    ids.add(r.id);
  }
  for (const g of generatedRows()) {
    if (ids.has(g.id) || claimed.has(g.name.toLowerCase())) continue;
    const names: NameVariant[] = [];
    withGenitive(names, g.name, g.gen !== false);
    out.push({ id: g.id, type: 'place', code: g.code, name: g.name, kind: 'location', names, place: 'city', guarded: true, ...(dated.has(g.code) ? { codes: dated.get(g.code) } : {}) });
  }
  return out;
}
