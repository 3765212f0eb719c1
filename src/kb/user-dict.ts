// User dictionaries: YAML or JSON files that add or override actors and roles
// (`--dict my-actors.yaml`). Format in docs/dictionaries.md. Errors name the file,
// the line (YAML/JSON position of the entry) and the problem.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import type { Node as YamlNode } from 'yaml';
import { checkPerson, type PersonRecord } from './people.js';
import { englishPlural, germanNounForms, germanGenitive, personEntity } from './load.js';
import type { DatedCode, Entity, EntityType, KnowledgeBase, Lang, NameVariant } from './types.js';
import { LANGS } from './types.js';
import type { ActorKind } from '../model/analysis.js';

export interface UserActor {
  id: string;
  /** Names in every language, or per language. */
  names: string[] | Partial<Record<Lang, string[]>>;
  code?: string;
  codes?: DatedCode[];
  kind?: ActorKind;
  type?: EntityType;
}

export interface UserRole {
  id: string;
  names: string[] | Partial<Record<Lang, string[]>>;
  /** Sector code composed with the owner (GOV, MIL…), or a full code with `fixed: true`. */
  sector?: string;
  code?: string;
  person?: boolean;
}

export interface UserDictionary {
  source: string;
  actors: UserActor[];
  roles: UserRole[];
  /** Entry ids to remove from the built-in knowledge base. */
  remove: string[];
  /** Line of each entry id, for messages. */
  lines?: Map<string, number>;
}

export class DictionaryError extends Error {
  constructor(readonly file: string, readonly line: number | null, readonly problem: string) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
  }
}

const CODE = /^[A-Z0-9]{3,15}$/;
const KINDS: ActorKind[] = ['state', 'government', 'igo', 'person', 'role', 'region', 'media', 'group', 'other'];

function namesOf(n: UserActor['names']): Array<[string, Lang | null]> {
  if (Array.isArray(n)) return n.map((x) => [x, null]);
  const out: Array<[string, Lang | null]> = [];
  for (const lang of LANGS) for (const x of n[lang] ?? []) out.push([x, lang]);
  return out;
}

function checkNames(n: unknown): string | null {
  if (Array.isArray(n)) return n.length && n.every((x) => typeof x === 'string' && x.trim()) ? null : 'names must be a non-empty list of strings';
  if (n && typeof n === 'object') {
    const vals = Object.entries(n as Record<string, unknown>);
    if (!vals.length) return 'names is empty';
    for (const [k, v] of vals) {
      if (!LANGS.includes(k as Lang)) return `unknown language '${k}' in names (use ${LANGS.join(', ')})`;
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) return `names.${k} must be a list of strings`;
    }
    return null;
  }
  return 'names missing';
}

/** Validates a parsed dictionary object; throws DictionaryError naming the entry's line. */
export function checkUserDictionary(raw: unknown, source: string, lineOf: (path: (string | number)[]) => number | null = () => null): UserDictionary {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new DictionaryError(source, 1, 'expected a mapping with `actors`, `roles` and/or `remove`');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!['actors', 'roles', 'remove', 'people'].includes(k)) throw new DictionaryError(source, lineOf([k]), `unknown section '${k}' (expected actors, roles, people, remove)`);
  const dict: UserDictionary = { source, actors: [], roles: [], remove: [], lines: new Map() };
  const seen = new Set<string>();
  const list = (key: string): unknown[] => {
    const v = r[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new DictionaryError(source, lineOf([key]), `'${key}' must be a list`);
    return v;
  };
  list('actors').forEach((a, i) => {
    const line = lineOf(['actors', i]);
    const e = a as UserActor;
    if (!e || typeof e !== 'object') throw new DictionaryError(source, line, `actors[${i}] is not a mapping`);
    if (typeof e.id !== 'string' || !e.id.trim()) throw new DictionaryError(source, line, `actors[${i}] has no id`);
    if (seen.has(e.id)) throw new DictionaryError(source, line, `duplicate id '${e.id}'`);
    seen.add(e.id);
    const bad = checkNames(e.names);
    if (bad) throw new DictionaryError(source, line, `actor '${e.id}': ${bad}`);
    if (e.code === undefined && !e.codes) throw new DictionaryError(source, line, `actor '${e.id}': needs code or codes`);
    if (e.code !== undefined && (typeof e.code !== 'string' || !CODE.test(e.code))) throw new DictionaryError(source, line, `actor '${e.id}': bad CAMEO code ${JSON.stringify(e.code)} (3–15 upper-case letters/digits)`);
    if (e.codes) {
      const errs = checkPerson({ id: 'person.x', name: 'x', codes: e.codes });
      if (errs.length) throw new DictionaryError(source, line, `actor '${e.id}': ${errs.join('; ')}`);
    }
    if (e.kind !== undefined && !KINDS.includes(e.kind)) throw new DictionaryError(source, line, `actor '${e.id}': unknown kind '${e.kind}' (${KINDS.join(', ')})`);
    dict.actors.push(e);
    dict.lines!.set(e.id, line ?? 0);
  });
  list('people').forEach((p, i) => {
    const line = lineOf(['people', i]);
    const errs = checkPerson(p);
    if (errs.length) throw new DictionaryError(source, line, `people[${i}]: ${errs.join('; ')}`);
    const pr = p as PersonRecord;
    dict.actors.push({ id: pr.id, names: [pr.name, ...(pr.variants ?? [])], codes: pr.codes, code: pr.default, kind: 'person', type: 'person' });
  });
  list('roles').forEach((a, i) => {
    const line = lineOf(['roles', i]);
    const e = a as UserRole;
    if (!e || typeof e !== 'object' || typeof e.id !== 'string') throw new DictionaryError(source, line, `roles[${i}] has no id`);
    const bad = checkNames(e.names);
    if (bad) throw new DictionaryError(source, line, `role '${e.id}': ${bad}`);
    if (e.code !== undefined ? !CODE.test(e.code) : typeof e.sector !== 'string' || !/^([A-Z]{3,6})?$/.test(e.sector)) {
      throw new DictionaryError(source, line, `role '${e.id}': needs sector (e.g. GOV) or a full code`);
    }
    dict.roles.push(e);
  });
  for (const id of list('remove')) {
    if (typeof id !== 'string') throw new DictionaryError(source, lineOf(['remove']), 'remove must list entry ids');
    dict.remove.push(id);
  }
  return dict;
}

/** Reads a .yaml/.yml/.json user dictionary. */
export function loadUserDictionary(path: string): UserDictionary {
  let src: string;
  try {
    src = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DictionaryError(path, null, `cannot read: ${(e as Error).message}`);
  }
  return parseUserDictionary(src, path, extname(path).toLowerCase() === '.json' ? 'json' : 'yaml');
}

// The YAML parser is loaded on first use: every analysis worker imports this module (through the actor
// stage), most never read a user dictionary, and importing `yaml` costs ~3 % of a thread's start-up.
let yamlModule: typeof import('yaml') | null = null;
function yaml(): typeof import('yaml') {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}

/** Parses dictionary text (YAML is a superset of JSON, so one parser serves both and knows lines). */
export function parseUserDictionary(src: string, source: string, _format: 'yaml' | 'json' = 'yaml'): UserDictionary {
  const { LineCounter, isMap, isSeq, parseDocument } = yaml();
  const counter = new LineCounter();
  const doc = parseDocument(src, { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new DictionaryError(source, e.linePos?.[0]?.line ?? null, e.message.split('\n')[0]);
  }
  const lineOf = (path: (string | number)[]): number | null => {
    let node = doc.contents as YamlNode | null;
    for (const p of path) {
      if (isMap(node)) node = (node.get(p, true) as YamlNode) ?? null;
      else if (isSeq(node)) node = (node.get(p as number, true) as YamlNode) ?? null;
      else return null;
    }
    return node?.range ? counter.linePos(node.range[0]).line : null;
  };
  return checkUserDictionary(doc.toJS(), source, lineOf);
}

function userActorEntity(a: UserActor, source: string): Entity {
  if (a.type === 'person' || a.codes) {
    const names = namesOf(a.names).map(([t]) => t);
    return personEntity({ id: a.id, name: names[0], variants: names.slice(1), codes: a.codes ?? [{ code: a.code! }], default: a.code }, source);
  }
  const names: NameVariant[] = [];
  for (const [t, lang] of namesOf(a.names)) {
    names.push({ text: t, lang, form: /^[A-Z0-9.]{2,6}$/.test(t) ? 'abbr' : 'name' });
    const g = germanGenitive(t);
    if (g && lang !== 'en' && !/\s/.test(t) && !/^[A-Z0-9.]+$/.test(t)) names.push({ text: g, lang: 'de', form: 'gen' });
  }
  const code = a.code!;
  const type: EntityType = a.type ?? (code.startsWith('IGO') ? 'igo' : code.length === 3 ? 'country' : 'group');
  const kind: ActorKind = a.kind ?? (type === 'igo' ? 'igo' : type === 'country' ? 'state' : 'group');
  return { id: a.id, type, code, name: namesOf(a.names)[0][0], kind, names, source };
}

function userRoleEntity(r: UserRole, source: string): Entity {
  const names: NameVariant[] = [];
  for (const [t, lang] of namesOf(r.names)) {
    const forms = lang === 'de' ? germanNounForms(t, !!r.person) : lang === 'en' ? englishPlural(t) : [t];
    for (const f of forms) names.push({ text: f, lang, form: 'name' });
  }
  const fixed = r.code !== undefined;
  return { id: r.id, type: 'role', code: fixed ? r.code! : r.sector!, name: namesOf(r.names)[0][0], kind: 'role', names, person: !!r.person, head: !fixed, fixed, source };
}

/** The knowledge base with user dictionaries applied in order: later entries replace same-id ones. */
export function applyUserDictionaries(kb: KnowledgeBase, dicts: UserDictionary[]): KnowledgeBase {
  if (dicts.length === 0) return kb;
  const byId = new Map(kb.entities.map((e) => [e.id, e] as const));
  const block = kb.entities.filter((e) => e.type === 'block');
  for (const d of dicts) {
    for (const id of d.remove) byId.delete(id);
    for (const a of d.actors) byId.set(a.id, userActorEntity(a, d.source));
    for (const r of d.roles) byId.set(r.id, userRoleEntity(r, d.source));
  }
  return { ...kb, entities: [...[...byId.values()].filter((e) => e.type !== 'block'), ...block] };
}
