// Loads the knowledge base from its data files (src/kb/*.json, src/kb/people/*.json),
// expands inflected forms, validates, and merges user dictionaries. Pure data in,
// Entity list out; compiling it into a lookup is the recogniser's job.
import type { ActorKind } from '../model/analysis.js';
import { loadJson } from '../util/data.js';
import { loadPeopleDir, type PersonRecord } from './people.js';
import { loadPlaces, successionCodes } from './places.js';
import { readPrebuilt } from './prebuilt.js';
import type { Ambiguity, DatedCode, Entity, EntityType, KnowledgeBase, Lang, NameForm, NameVariant } from './types.js';
import { LANGS } from './types.js';

type LangNames = Partial<Record<Lang, string[]>>;
interface GeneratedCountry { id: string; code: string; iso2: string; territory: boolean; names: Record<Lang, string[]> }
/** countries.json also takes `codes` beside `de`/`en`: date-bounded codes of the whole entry (Kosovo → SRB until 2008-02-16). */
interface CuratedCountry { names?: string[]; adj?: string[]; people?: string[]; desc?: string[]; drop?: string[]; ambiguous?: Record<string, Partial<Ambiguity>> }
interface SeatRow { id: string; code: string; type: 'capital' | 'seat'; names: string[]; ambiguous?: Partial<Ambiguity> }
interface NamedRow { id: string; code: string; names: LangNames; abbr?: string[]; desc?: LangNames; cased?: boolean; kind?: ActorKind }
interface FlatRow { id: string; code: string; names: string[]; kind?: ActorKind; codes?: DatedCode[]; exact?: string[] }
interface RoleRow { id: string; sector?: string; code?: string; kind?: ActorKind; person?: boolean; head?: boolean; de?: string[]; en?: string[] }
interface RolesFile { modifiers: Record<Lang, string[]>; roles: RoleRow[]; fixed: RoleRow[]; compoundPrefixes: Record<string, string> }

const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
const CODE_RE = /^[A-Z0-9]{3,15}$/;
const SECTOR_RE = /^([A-Z]{3,6})?$/;

/** German genitive: "Russland" → "Russlands", "Weißes Haus" → "Weißes Hauses"; plurals in -en have none. */
export function germanGenitive(name: string): string | null {
  if (/en$/.test(name) || /[^\p{L}]$/u.test(name) || /^[A-Z]+$/.test(name)) return null;
  if (/[sxzß]$/.test(name)) return /(us|ss|ß|z|x)$/.test(name) && !/^\p{Lu}\p{Ll}+is$/u.test(name) ? name + 'es' : null;
  return name + 's';
}

/** German role noun forms: "Rat|es,e" lists endings; otherwise a default set by the ending of the word. */
export function germanNounForms(spec: string, person: boolean): string[] {
  const bar = spec.indexOf('|');
  if (bar >= 0) {
    const base = spec.slice(0, bar);
    return spec.slice(bar + 1).split(',').map((e) => base + e.trim());
  }
  const forms = [spec];
  if (/[^aeiou]in$/.test(spec) && spec.length > 5) forms.push(spec + 'nen');
  else if (/e$/.test(spec)) forms.push(spec + 'n', spec + 'r', spec + 's');
  else if (/en$/.test(spec)) { /* already a plural or oblique form */ }
  else if (/(er|el)$/.test(spec)) forms.push(spec + 's', spec + 'n');
  else forms.push(spec + 's', spec + 'es', spec + 'e', spec + 'en');
  if (person && !/(e|en|in|innen)$/.test(spec)) forms.push(spec + 'in', spec + 'innen');
  return forms;
}

/** English plural of a role noun ("spokesman" → "spokesmen", "authority" → "authorities"). */
export function englishPlural(name: string): string[] {
  if (/(s|men|people|ff|staff)$/.test(name)) return [name];
  if (/man$/.test(name)) return [name, name.replace(/man$/, 'men')];
  if (/[^aeiou]y$/.test(name)) return [name, name.replace(/y$/, 'ies')];
  if (/(ch|sh|x)$/.test(name)) return [name, name + 'es'];
  return [name, name + 's'];
}

function variant(text: string, lang: Lang | null, form: NameForm): NameVariant {
  return { text, lang, form };
}

function pushOne(list: NameVariant[], v: NameVariant): void {
  if (!v.text.trim()) return;
  if (!list.some((x) => x.text === v.text && x.lang === v.lang && x.form === v.form)) list.push(v);
}

const ADJ_WORD = /^(\p{Lu}[\p{Ll}ß]{2,}?)(e|er|es|en|em)$/u;

/**
 * German multi-word names decline their adjectives ("Vereinigtes Königreich" → "des Vereinigten
 * Königreichs", "Weißes Haus" → "im Weißen Haus"): every capitalised adjective-like word before
 * the last takes each ending in turn (all together, as German agreement does).
 */
export function germanPhraseForms(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [name];
  const idx = words.slice(0, -1).map((w, i) => (ADJ_WORD.test(w) ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return [name];
  const out = new Set([name]);
  for (const end of ADJ_ENDINGS.slice(1)) {
    const w = words.slice();
    for (const i of idx) w[i] = w[i].replace(ADJ_WORD, `$1${end}`);
    out.add(w.join(' '));
    const g = germanGenitive(w.join(' '));
    if (g && end === 'en') out.add(g);
  }
  return [...out];
}

function pushUnique(list: NameVariant[], v: NameVariant): void {
  if (v.lang !== 'en' && v.form !== 'adj' && v.text.includes(' ')) {
    for (const t of germanPhraseForms(v.text)) pushOne(list, { ...v, text: t });
  } else pushOne(list, v);
}

function countryEntities(): Entity[] {
  const gen = loadJson<GeneratedCountry[]>('src/kb/countries.generated.json');
  const cur = loadJson<Record<string, (Record<Lang, CuratedCountry> & { codes?: DatedCode[] }) | string>>('src/kb/countries.json');
  return gen.map((g) => {
    const names: NameVariant[] = [];
    const c = typeof cur[g.code] === 'object' ? (cur[g.code] as Record<Lang, CuratedCountry> & { codes?: DatedCode[] }) : undefined;
    for (const lang of LANGS) {
      const extra = c?.[lang] ?? {};
      const base = g.names[lang]
        .map((n) => n.replace(/\s*\([^)]*\)\s*/g, ' ').trim())
        .flatMap((n) => (n.includes('&') ? [n.replace(/&/g, lang === 'de' ? 'und' : 'and')] : [n]))
        .filter((n) => !(extra.drop ?? []).includes(n));
      for (const n of [...base, ...(extra.names ?? [])]) {
        const abbr = /^[A-Z.]{2,6}$/.test(n);
        const v = variant(n, lang, abbr ? 'abbr' : 'name');
        const amb = extra.ambiguous?.[n];
        if (amb) v.ambiguous = { vetoPrev: amb.vetoPrev ?? [], vetoNext: amb.vetoNext ?? [] };
        pushUnique(names, v);
        if (lang === 'de' && !abbr) {
          const g2 = germanGenitive(n);
          if (g2) pushUnique(names, variant(g2, lang, 'gen'));
        }
      }
      for (const a of extra.adj ?? []) {
        if (lang === 'de') for (const e of ADJ_ENDINGS) pushUnique(names, variant(a + e, lang, 'adj'));
        else pushUnique(names, variant(a, lang, 'adj'));
      }
      for (const p of extra.people ?? []) pushUnique(names, variant(p, lang, 'people'));
      for (const d of extra.desc ?? []) pushUnique(names, variant(d, lang, 'desc'));
    }
    return { id: g.id, type: 'country', code: g.code, name: g.names.en[g.names.en.length > 1 && g.names.en[0].length > 24 ? 1 : 0] ?? g.code, kind: 'state', names, ...(c?.codes ? { codes: c.codes } : {}) };
  });
}

function seatEntities(): Entity[] {
  const dated = successionCodes();
  return loadJson<SeatRow[]>('src/kb/seats.json').map((s) => {
    const names: NameVariant[] = [];
    const ambiguous = s.ambiguous ? { vetoPrev: s.ambiguous.vetoPrev ?? [], vetoNext: s.ambiguous.vetoNext ?? [] } : undefined;
    for (const n of s.names) {
      // No `ambiguous` key at all when there is none: the prebuilt KB (JSON) could not keep an undefined one.
      const v = variant(n, null, 'name');
      if (ambiguous && !n.includes(' ')) v.ambiguous = ambiguous;
      pushUnique(names, v);
      const g = germanGenitive(n);
      if (g && !n.includes(' ')) pushUnique(names, variant(g, 'de', 'gen'));
    }
    return {
      id: s.id, type: 'seat', code: s.code, name: s.names[0], kind: 'government', names, seat: s.type,
      // The capital of a state that became independent spoke for the old state before (Pristina 1995 → SRBGOV).
      ...(dated.has(s.code.slice(0, 3)) ? { codes: dated.get(s.code.slice(0, 3))!.map((d) => ({ ...d, code: d.code + s.code.slice(3) })) } : {}),
    };
  });
}

function namedEntities(file: string, type: EntityType, kind: ActorKind): Entity[] {
  return loadJson<NamedRow[]>(file).map((r) => {
    const names: NameVariant[] = [];
    for (const a of r.abbr ?? []) pushUnique(names, variant(a, null, 'abbr'));
    for (const lang of LANGS) {
      for (const n of r.names[lang] ?? []) {
        pushUnique(names, variant(n, lang, 'name'));
        if (lang === 'de' && type !== 'region') { const g = germanGenitive(n); if (g && !/\s/.test(n)) pushUnique(names, variant(g, lang, 'gen')); }
      }
      for (const d of r.desc?.[lang] ?? []) pushUnique(names, variant(d, lang, 'desc'));
    }
    const en = r.names.en?.[0] ?? r.abbr?.[0] ?? r.names.de?.[0] ?? r.id;
    return { id: r.id, type, code: r.code, name: r.abbr?.[0] && type === 'igo' ? r.abbr[0] : en, kind: r.kind ?? kind, names };
  });
}

function flatEntities(file: string, type: EntityType, kind: ActorKind): Entity[] {
  return loadJson<FlatRow[]>(file).map((r) => {
    const names: NameVariant[] = [];
    for (const n of r.names) {
      const v = variant(n, null, /^[A-Z0-9.]{2,6}$/.test(n) ? 'abbr' : 'name');
      if (r.exact?.includes(n)) v.exact = true;
      pushUnique(names, v);
      const g = germanGenitive(n);
      if (g && !/\s/.test(n) && !/^[A-Z0-9.]+$/.test(n)) pushUnique(names, variant(g, 'de', 'gen'));
    }
    return { id: r.id, type, code: r.code, name: r.names[0], kind: r.kind ?? kind, names, ...(r.codes ? { codes: r.codes } : {}) };
  });
}

function roleEntity(r: RoleRow, fixed: boolean): Entity {
  const names: NameVariant[] = [];
  for (const spec of r.de ?? []) {
    if (/\s/.test(spec) && !spec.includes('|')) pushUnique(names, variant(spec, 'de', 'name'));
    else for (const f of germanNounForms(spec, !!r.person)) pushUnique(names, variant(f, 'de', 'name'));
  }
  for (const n of r.en ?? []) {
    const forms = /^[A-Z]/.test(n) || / of /.test(n) ? [n] : englishPlural(n);
    for (const f of forms) pushUnique(names, variant(f, 'en', 'name'));
  }
  const label = r.en?.[0] ?? (r.de?.[0] ?? r.id).replace(/\|.*/, '');
  return {
    id: r.id, type: 'role', code: fixed ? r.code! : r.sector ?? '', name: label, kind: r.kind ?? 'role', names,
    person: !!r.person, head: !!r.head, fixed,
  };
}

interface EthnicRow {
  id: string; kin?: string; home?: string; lives: string[];
  names?: Partial<Record<Lang, { people?: string[]; adj?: string[] }>>;
}

/**
 * Ethnic groups (src/kb/ethnic.json): a group with a kin state adds `lives` to that country's
 * entity (its people noun and adjective are the country's: "Albanians", "Serb"); a group without
 * one becomes an `ethnic` entity coded with its `home` state, or '' when it has none (Kurds).
 */
function ethnicEntities(countries: Entity[]): Entity[] {
  const rows = loadJson<{ groups: EthnicRow[] }>('src/kb/ethnic.json').groups;
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const out: Entity[] = [];
  for (const r of rows) {
    for (const c of [r.kin, r.home, ...r.lives]) if (c !== undefined && !byCode.has(c)) throw new Error(`src/kb/ethnic.json: ${r.id}: unknown country ${c}`);
    if (r.kin) {
      byCode.get(r.kin)!.lives = r.lives;
      continue;
    }
    const names: NameVariant[] = [];
    for (const lang of LANGS) {
      for (const p of r.names?.[lang]?.people ?? []) pushUnique(names, variant(p, lang, 'people'));
      for (const a of r.names?.[lang]?.adj ?? []) {
        if (lang === 'de') for (const e of ADJ_ENDINGS) pushUnique(names, variant(a + e, lang, 'adj'));
        else pushUnique(names, variant(a, lang, 'adj'));
      }
    }
    const label = r.names?.en?.people?.[0] ?? r.id;
    out.push({ id: r.id, type: 'ethnic', code: r.home ?? '', name: label, kind: 'group', names, lives: r.lives });
  }
  return out;
}

function blockerEntities(): Entity[] {
  const b = loadJson<Record<string, string[] | string>>('src/kb/blockers.json');
  const names: NameVariant[] = [];
  for (const lang of LANGS) for (const n of (b[lang] as string[]) ?? []) pushUnique(names, variant(n, lang, 'name'));
  return [{ id: 'kb.block', type: 'block', code: '', name: 'not an actor', kind: 'other', names }];
}

/** A person record as an entity: name and variants in every language, German genitive -s. */
export function personEntity(p: PersonRecord, source?: string): Entity {
  const names: NameVariant[] = [];
  for (const n of [p.name, ...(p.variants ?? [])]) {
    pushUnique(names, variant(n, null, 'name'));
    const g = germanGenitive(n);
    if (g) pushUnique(names, variant(g, 'de', 'gen'));
  }
  return { id: p.id, type: 'person', code: p.default ?? '', codes: p.codes, name: p.name, kind: 'person', names, source, desc: p.desc };
}

/** Problems of the whole entity list: duplicate ids, malformed codes, empty names. */
export function validateEntities(entities: Entity[]): string[] {
  const errs: string[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    const where = `${e.source ? e.source + ': ' : ''}${e.id}`;
    if (!/^[a-z][\w.-]*$/i.test(e.id)) errs.push(`${where}: malformed id`);
    if (seen.has(e.id) && e.type !== 'block') errs.push(`${where}: duplicate id`);
    seen.add(e.id);
    if (e.type === 'role' && !e.fixed) { if (!SECTOR_RE.test(e.code)) errs.push(`${where}: bad sector ${JSON.stringify(e.code)}`); }
    else if (e.type === 'person') { if (e.code && !CODE_RE.test(e.code)) errs.push(`${where}: bad default code`); }
    else if (e.type === 'ethnic') { if (e.code && !CODE_RE.test(e.code)) errs.push(`${where}: bad home code`); }
    else if (e.type !== 'block' && !CODE_RE.test(e.code)) errs.push(`${where}: bad code ${JSON.stringify(e.code)}`);
    for (const d of e.type === 'person' ? [] : e.codes ?? []) {
      if (!CODE_RE.test(d.code)) errs.push(`${where}: bad dated code ${JSON.stringify(d.code)}`);
      for (const x of [d.from, d.to]) if (x !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(x)) errs.push(`${where}: bad date ${JSON.stringify(x)}`);
      if (d.from && d.to && d.from > d.to) errs.push(`${where}: from after to`);
    }
    if (e.names.length === 0) errs.push(`${where}: no names`);
    for (const n of e.names) if (!n.text.trim()) errs.push(`${where}: empty name`);
  }
  return errs;
}

/**
 * The built-in knowledge base (people from src/kb/people/ unless given): read from the file the build
 * prebuilt when it is current (src/kb/prebuilt.ts), else built from src/kb/. Every call returns a fresh
 * object. The one read from the prebuilt file brings its compiled lexicon along, which the first
 * compileLexicon() of that very object uses: compile a changed KB from a copy ({ ...kb, entities }),
 * as applyUserDictionaries() does, not by editing the object in place.
 */
export function loadKnowledgeBase(opts: { people?: PersonRecord[] } = {}): KnowledgeBase {
  return (opts.people ? null : readPrebuilt()) ?? buildKnowledgeBase(opts);
}

/** Loads and validates the built-in knowledge base from src/kb/ (people from src/kb/people/ unless given). */
export function buildKnowledgeBase(opts: { people?: PersonRecord[] } = {}): KnowledgeBase {
  const roles = loadJson<RolesFile>('src/kb/roles.json');
  const countries = countryEntities();
  const entities: Entity[] = [
    ...countries,
    ...ethnicEntities(countries),
    ...seatEntities(),
    ...namedEntities('src/kb/regions.json', 'region', 'region'),
    ...namedEntities('src/kb/igos.json', 'igo', 'igo'),
    ...flatEntities('src/kb/groups.json', 'group', 'group'),
    ...flatEntities('src/kb/media.json', 'media', 'media'),
    ...roles.roles.map((r) => roleEntity(r, false)),
    ...roles.fixed.map((r) => roleEntity(r, true)),
    ...(opts.people ?? loadPeopleDir()).map((p) => personEntity(p, 'src/kb/people')),
    ...blockerEntities(),
  ];
  const errs = validateEntities(entities);
  if (errs.length) throw new Error(`knowledge base invalid:\n  ${errs.slice(0, 20).join('\n  ')}`);
  const prefixes: Record<string, string> = {};
  for (const [k, v] of Object.entries(roles.compoundPrefixes)) if (!k.startsWith('_')) prefixes[k] = v;
  return { entities, modifiers: roles.modifiers, compoundPrefixes: prefixes, places: loadPlaces() };
}

export { roleEntity as roleEntityFromRow };
export type { RoleRow };
