// Compiles the knowledge base into the recogniser's lookup: a trie keyed by part keys
// (built once), a German compound-head index ("…minister", "…sprecher") and the small
// word sets the composition rules consult. Nothing here runs per document.
import { tokenize } from '../../text/segment.js';
import type { Ambiguity, Entity, KnowledgeBase, Lang, NameForm } from '../../kb/types.js';
import { partKey } from '../../kb/normalize.js';
import { splitParts } from './parts.js';
import { buildKnowledgeBase } from '../../kb/load.js';
import { sourceClosure, takePrebuiltLexicon, writePrebuilt } from '../../kb/prebuilt.js';

export interface LexEntry {
  entity: Entity;
  form: NameForm;
  lang: Lang | null;
  /** Per part: 2 must be all caps, 1 must be capitalised, 0 any case. */
  caseReq: Uint8Array;
  ambiguous?: { vetoPrev: Set<string>; vetoNext: Set<string> };
  /** Priority among entries of the same span (higher wins). */
  rank: number;
  /** Per part: the text as it must be written (diacritics included), for `exact` names. */
  exact?: string[];
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: LexEntry[] | null;
}

export interface Lexicon {
  root: Map<string, TrieNode>;
  /** German compound heads: inflected single-word role forms → role entity. */
  heads: Map<string, Entity>;
  /** The last three letters of every head (a cheap first test for words that cannot end in one). */
  headEndings: Set<string>;
  /** Single-part owner names usable as compound modifiers ("kreml", "nato", "russland"). */
  prefixes: Map<string, { code: string; entity: Entity | null }>;
  modifiers: Record<Lang, Set<string>>;
  /** entity id → keys of its definite descriptions ("allianz"). */
  descKeys: Map<string, string[]>;
  entities: Map<string, Entity>;
  /** Surname key (last word of a person's name) → the people who bear it: "President Bush" without a first name. */
  surnames: Map<string, Entity[]>;
  kb: KnowledgeBase;
}

// Places rank lowest: any other entry of the same span (a country, capital, person, role) wins.
const RANK: Record<string, number> = { block: 9, igo: 7, group: 7, media: 7, person: 6, seat: 5, country: 4, ethnic: 4, region: 3, role: 2, place: 1 };

function reqOf(text: string): number {
  if (/^[A-Z][A-Z.]+$/.test(text) && text.replace(/\./g, '').length >= 2) return 2;
  const c = text.charAt(0);
  return c !== c.toLowerCase() ? 1 : 0;
}

const caseReqs = new Map<number, Uint8Array>();
/**
 * The case requirements of a name from their code (the digits behind a 1: [1, 1, 0] is 1110), one
 * shared array per pattern: a few dozen patterns serve ~45,000 entries, and the matcher only reads them.
 */
function caseReqOf(code: number): Uint8Array {
  let a = caseReqs.get(code);
  if (!a) {
    const digits = String(code);
    a = new Uint8Array(digits.length - 1);
    for (let i = 1; i < digits.length; i++) a[i - 1] = digits.charCodeAt(i) - 48;
    caseReqs.set(code, a);
  }
  return a;
}

/** Longest name whose code is an exact number (15 digits behind the 1); longer ones get their own array. */
const MAX_CODED = 15;

function caseReqFor(texts: string[]): Uint8Array {
  if (texts.length > MAX_CODED) return Uint8Array.from(texts.map(reqOf));
  let code = 1;
  for (const t of texts) code = code * 10 + reqOf(t);
  return caseReqOf(code);
}

function toSets(a: Ambiguity | undefined): LexEntry['ambiguous'] {
  if (!a) return undefined;
  return { vetoPrev: new Set(a.vetoPrev.map(partKey)), vetoNext: new Set(a.vetoNext.map(partKey)) };
}

/** Part keys of a name, tokenised exactly like text. */
export function nameParts(name: string): { keys: string[]; texts: string[] } {
  const parts = splitParts(tokenize(name));
  return { keys: parts.map((p) => p.key), texts: parts.map((p) => p.text) };
}

function insert(root: Map<string, TrieNode>, keys: string[], entry: LexEntry): void {
  let map = root;
  let node: TrieNode | null = null;
  for (let i = 0; i < keys.length; i++) {
    let n = map.get(keys[i]);
    if (!n) { n = { next: null, entries: null }; map.set(keys[i], n); }
    node = n;
    if (i < keys.length - 1) map = n.next ??= new Map();
  }
  if (node) (node.entries ??= []).push(entry);
}

/** Countries whose names put the family name first. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM', 'SGP', 'KHM']);

// The two shapes of trie entries, built in one place for the compiler and the prebuilt file's decoder
// (decodeLexicon below) alike, so both make objects of the same hidden classes.
export function entityEntry(entity: Entity, form: NameForm, lang: Lang | null, caseReq: Uint8Array, ambiguous: LexEntry['ambiguous'], rank: number, exact: string[] | undefined): LexEntry {
  return { entity, form, lang, caseReq, ambiguous, rank, ...(exact ? { exact } : {}) };
}

export function placeEntry(entity: Entity, form: NameForm, lang: Lang | null, caseReq: Uint8Array, rank: number): LexEntry {
  return { entity, form, lang, caseReq, rank };
}

/**
 * The lookup of a knowledge base. The built-in KB as loadKnowledgeBase() read it from the prebuilt
 * file comes with its lexicon, which is decoded instead of compiled (the first time only).
 */
export function compileLexicon(kb: KnowledgeBase): Lexicon {
  const prebuilt = takePrebuiltLexicon(kb);
  return prebuilt !== undefined ? decodeLexicon(kb, prebuilt) : compileFromNames(kb);
}

function compileFromNames(kb: KnowledgeBase): Lexicon {
  const root = new Map<string, TrieNode>();
  const heads = new Map<string, Entity>();
  const prefixes = new Map<string, { code: string; entity: Entity | null }>();
  const descKeys = new Map<string, string[]>();
  const entities = new Map<string, Entity>();
  const surnames = new Map<string, Entity[]>();
  for (const e of kb.entities) {
    entities.set(e.id, e);
    for (const v of e.names) {
      const { keys, texts } = nameParts(v.text);
      if (keys.length === 0) continue;
      if (e.type === 'person' && keys.length >= 2 && v.form === 'name') {
        // Chinese, Korean and Vietnamese names put the family name first ("Kim Jong Un", "Xi Jinping").
        const family = FAMILY_NAME_FIRST.has(e.code.slice(0, 3)) ? [keys[0], keys[keys.length - 1]] : [keys[keys.length - 1]];
        for (const k of family) {
          const list = surnames.get(k);
          if (!list) surnames.set(k, [e]); else if (!list.includes(e)) list.push(e);
        }
      }
      const caseReq = caseReqFor(texts);
      insert(root, keys, entityEntry(e, v.form, v.lang, caseReq, toSets(v.ambiguous), (RANK[e.type] ?? 0) + (e.fixed ? 0.5 : 0) + (e.source && e.source !== 'src/kb/people' ? 20 : 0), v.exact ? texts : undefined));
      if (v.form === 'desc') {
        const list = descKeys.get(e.id) ?? [];
        list.push(keys.join(' '));
        descKeys.set(e.id, list);
      }
      if (e.type === 'role' && e.head && v.lang === 'de' && keys.length === 1 && keys[0].length >= 4) heads.set(keys[0], e);
      if (keys.length === 1 && v.form !== 'desc' && v.form !== 'adj' && v.form !== 'people' && v.form !== 'gen'
        && (e.type === 'country' || e.type === 'seat' || e.type === 'igo' || e.type === 'group') && !prefixes.has(keys[0])) {
        prefixes.set(keys[0], { code: e.code, entity: e });
      }
    }
  }
  // The gazetteer: looked up like every other name, never an owner or compound prefix.
  for (const e of kb.places ?? []) {
    entities.set(e.id, e);
    for (const v of e.names) {
      const { keys, texts } = nameParts(v.text);
      if (keys.length === 0) continue;
      insert(root, keys, placeEntry(e, v.form, v.lang, caseReqFor(texts), RANK.place));
    }
  }
  for (const [k, code] of Object.entries(kb.compoundPrefixes)) prefixes.set(partKey(k), { code, entity: prefixes.get(partKey(k))?.entity ?? null });
  return assemble(kb, root, heads, prefixes, descKeys, entities, surnames);
}

/** The lexicon object from its parts, with the sets derived from them and from the KB. */
function assemble(
  kb: KnowledgeBase, root: Map<string, TrieNode>, heads: Map<string, Entity>, prefixes: Lexicon['prefixes'],
  descKeys: Map<string, string[]>, entities: Map<string, Entity>, surnames: Map<string, Entity[]>,
): Lexicon {
  const headEndings = new Set([...heads.keys()].map((k) => k.slice(-3)));
  const modifiers = { de: new Set(kb.modifiers.de.map(partKey)), en: new Set(kb.modifiers.en.map(partKey)) };
  return { root, heads, headEndings, prefixes, modifiers, descKeys, entities, surnames, kb };
}

// ---- the prebuilt lexicon ------------------------------------------------------------
// The build compiles the built-in KB once and stores the lexicon beside it (src/kb/prebuilt.ts);
// a thread then rebuilds the Maps from flat arrays instead of tokenising ~45,000 names.
// Entities are numbers: their index in kb.entities followed by kb.places (the KB is stored too).
// The trie is one flat array in pre-order: per map its size, then per key: the key, the number of
// entries, each entry, and the child map (0 for none).

const FORMS: readonly NameForm[] = ['name', 'gen', 'adj', 'people', 'abbr', 'desc'];
const LANG_OF: ReadonlyArray<Lang | null> = [null, 'de', 'en'];

interface EncodedLexicon {
  trie: unknown[];
  /** [key, entity] pairs, flat. */
  heads: unknown[];
  /** [key, code, entity or -1] triples, flat. */
  prefixes: unknown[];
  descKeys: Array<[string, string[]]>;
  surnames: Array<[string, number[]]>;
}

function allEntities(kb: KnowledgeBase): Entity[] {
  return kb.places ? [...kb.entities, ...kb.places] : kb.entities;
}

/** Entry: entity, 0 place / 1 entity entry, form, lang, case requirement code (see caseReqOf; the digits for longer names), rank, then for entity entries the veto lists (0 for none) and the exact texts (0 for none). */
function encodeEntry(out: unknown[], x: LexEntry, index: Map<Entity, number>): void {
  out.push(index.get(x.entity), 'ambiguous' in x ? 1 : 0, FORMS.indexOf(x.form), LANG_OF.indexOf(x.lang), x.caseReq.length > MAX_CODED ? Array.from(x.caseReq) : Number(`1${x.caseReq.join('')}`), x.rank);
  if (!('ambiguous' in x)) return;
  out.push(x.ambiguous ? [[...x.ambiguous.vetoPrev], [...x.ambiguous.vetoNext]] : 0, x.exact ?? 0);
}

function encodeTrie(out: unknown[], map: Map<string, TrieNode>, index: Map<Entity, number>): void {
  out.push(map.size);
  for (const [key, node] of map) {
    out.push(key, node.entries?.length ?? 0);
    for (const x of node.entries ?? []) encodeEntry(out, x, index);
    if (node.next) encodeTrie(out, node.next, index);
    else out.push(0);
  }
}

/** The lexicon as JSON-ready arrays (for the build). */
export function encodeLexicon(lex: Lexicon): EncodedLexicon {
  const index = new Map(allEntities(lex.kb).map((e, i) => [e, i]));
  const ix = (e: Entity) => {
    const i = index.get(e);
    if (i === undefined) throw new Error(`prebuilt lexicon: ${e.id} is not in the KB`);
    return i;
  };
  const trie: unknown[] = [];
  encodeTrie(trie, lex.root, index);
  return {
    trie,
    heads: [...lex.heads].flatMap(([k, e]) => [k, ix(e)]),
    prefixes: [...lex.prefixes].flatMap(([k, p]) => [k, p.code, p.entity ? ix(p.entity) : -1]),
    descKeys: [...lex.descKeys],
    surnames: [...lex.surnames].map(([k, list]) => [k, list.map(ix)]),
  };
}

/** Rebuilds the lexicon compileFromNames() would make, from encodeLexicon()'s arrays and the KB they were stored with. */
function decodeLexicon(kb: KnowledgeBase, payload: unknown): Lexicon {
  const enc = payload as EncodedLexicon;
  const all = allEntities(kb);
  const t = enc.trie;
  let pos = 0;
  const entry = (): LexEntry => {
    const entity = all[t[pos] as number];
    const isEntity = t[pos + 1] === 1;
    const form = FORMS[t[pos + 2] as number];
    const lang = LANG_OF[t[pos + 3] as number];
    const c = t[pos + 4] as number | number[];
    const caseReq = typeof c === 'number' ? caseReqOf(c) : Uint8Array.from(c);
    const rank = t[pos + 5] as number;
    pos += 6;
    if (!isEntity) return placeEntry(entity, form, lang, caseReq, rank);
    const amb = t[pos] as [string[], string[]] | 0;
    const exact = t[pos + 1] as string[] | 0;
    pos += 2;
    return entityEntry(entity, form, lang, caseReq, amb ? { vetoPrev: new Set(amb[0]), vetoNext: new Set(amb[1]) } : undefined, rank, exact || undefined);
  };
  const level = (): Map<string, TrieNode> => {
    const map = new Map<string, TrieNode>();
    const size = t[pos++] as number;
    for (let k = 0; k < size; k++) {
      const key = t[pos++] as string;
      const n = t[pos++] as number;
      const node: TrieNode = { next: null, entries: null };
      map.set(key, node);
      if (n > 0) {
        const entries: LexEntry[] = [];
        for (let i = 0; i < n; i++) entries.push(entry());
        node.entries = entries;
      }
      if (t[pos] === 0) pos++;
      else node.next = level();
    }
    return map;
  };
  const root = level();
  const heads = new Map<string, Entity>();
  for (let i = 0; i < enc.heads.length; i += 2) heads.set(enc.heads[i] as string, all[enc.heads[i + 1] as number]);
  const prefixes: Lexicon['prefixes'] = new Map();
  for (let i = 0; i < enc.prefixes.length; i += 3) {
    const e = enc.prefixes[i + 2] as number;
    prefixes.set(enc.prefixes[i] as string, { code: enc.prefixes[i + 1] as string, entity: e >= 0 ? all[e] : null });
  }
  const entities = new Map<string, Entity>();
  for (const e of all) entities.set(e.id, e);
  const surnames = new Map(enc.surnames.map(([k, list]) => [k, list.map((i) => all[i])]));
  return assemble(kb, root, heads, prefixes, new Map(enc.descKeys), entities, surnames);
}

/** Builds the KB from src/kb/, compiles it and writes both to the prebuilt file (scripts/build-data.mjs). Returns its size. */
export function writePrebuiltLexicon(): number {
  const kb = buildKnowledgeBase();
  return writePrebuilt(kb, encodeLexicon(compileFromNames(kb)), sourceClosure(['src/extract/actors/lexicon.ts']));
}
