// Compiles the knowledge base into the recogniser's lookup: a trie keyed by part keys
// (built once), a German compound-head index ("…minister", "…sprecher") and the small
// word sets the composition rules consult. Nothing here runs per document.
import { tokenize } from '../../text/segment.js';
import type { Ambiguity, Entity, KnowledgeBase, Lang, NameForm } from '../../kb/types.js';
import { partKey } from '../../kb/normalize.js';
import { splitParts } from './parts.js';
import { buildKnowledgeBase } from '../../kb/load.js';
import { sourceClosure, takePrebuiltLexicon, writePrebuilt, type LexiconPayload, type PrebuiltLexicon } from '../../kb/prebuilt.js';

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
  /**
   * The root keys under which some entry's first part may be written in lower case (case requirement 0),
   * in root order: a lower-case word ("said", "to", "he") matches no other root key, so the matcher's
   * root filter for such words holds these alone (src/extract/actors/match.ts).
   */
  lowerStarts: string[];
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
  const surnames = new Map<string, Entity[]>();
  for (const e of kb.entities) {
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
    for (const v of e.names) {
      const { keys, texts } = nameParts(v.text);
      if (keys.length === 0) continue;
      insert(root, keys, placeEntry(e, v.form, v.lang, caseReqFor(texts), RANK.place));
    }
  }
  for (const [k, code] of Object.entries(kb.compoundPrefixes)) prefixes.set(partKey(k), { code, entity: prefixes.get(partKey(k))?.entity ?? null });
  return assemble(kb, root, heads, prefixes, descKeys, surnames, lowerStartKeys(root));
}

/** Whether an entry of the node or below it lets its first part be written in lower case. */
function admitsLowerStart(node: TrieNode): boolean {
  if (node.entries) for (const x of node.entries) if (x.caseReq[0] === 0) return true;
  if (node.next) for (const n of node.next.values()) if (admitsLowerStart(n)) return true;
  return false;
}

/** Lexicon.lowerStarts of a trie (walks it whole: for a trie just compiled, never a lazily decoded one). */
function lowerStartKeys(root: Map<string, TrieNode>): string[] {
  const keys: string[] = [];
  for (const [k, node] of root) if (admitsLowerStart(node)) keys.push(k);
  return keys;
}

/** The lexicon object from its parts, with the sets derived from them and from the KB. */
function assemble(
  kb: KnowledgeBase, root: Map<string, TrieNode>, heads: Map<string, Entity>, prefixes: Lexicon['prefixes'],
  descKeys: Map<string, string[]>, surnames: Map<string, Entity[]>, lowerStarts: string[],
): Lexicon {
  const headEndings = new Set([...heads.keys()].map((k) => k.slice(-3)));
  const modifiers = { de: new Set(kb.modifiers.de.map(partKey)), en: new Set(kb.modifiers.en.map(partKey)) };
  let entities: Map<string, Entity> | null = null;
  return {
    root, heads, headEndings, prefixes, modifiers, descKeys,
    // Made on first read: the analysis does not need it, and making it would decode every place of a prebuilt KB.
    get entities() { return (entities ??= entityMap(kb)); },
    surnames, lowerStarts, kb,
  };
}

/** Entity id → entity, over the entities and then the places (a later one of the same id replaces the earlier). */
function entityMap(kb: KnowledgeBase): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  for (const e of kb.entities) entities.set(e.id, e);
  for (const e of kb.places ?? []) entities.set(e.id, e);
  return entities;
}

// ---- the prebuilt lexicon ------------------------------------------------------------
// The build compiles the built-in KB once and stores the lexicon beside it (src/kb/prebuilt.ts);
// a thread then rebuilds the Maps from flat arrays instead of tokenising ~45,000 names.
// Entities are numbers: their index in kb.entities followed by kb.places (the KB is stored too).
// The eager part holds the root keys of the trie (one string, split at load) and the small maps; each
// root key's node is one lazy item of the file (parsed only when the matcher first reads the node,
// PrebuiltNode): a thread makes the ~24,000 root nodes only, and a run meets a small share of the KB's
// names, so the start-up no longer parses or keeps the rest.
// A node's item is a flat array in pre-order: the number of its entries times two plus one when a child
// map follows, each entry, and the child map if any (its size, then per key the key and its node).
// An entry is one packed integer (entity, kind, flags, form, language, rank; see packEntry) and its
// case requirement code, then the veto lists and the exact texts when its flags say so. Few, small
// numbers instead of many: the file, its parse and the garbage it leaves are a fraction of a spelled-out form.

const FORMS: readonly NameForm[] = ['name', 'gen', 'adj', 'people', 'abbr', 'desc'];
const LANG_OF: ReadonlyArray<Lang | null> = [null, 'de', 'en'];
const HAS_AMB = 1;
const HAS_EXACT = 2;

interface EagerLexicon {
  /** The trie's root keys joined by newlines (no key holds one); root key i's node is lazy item i. */
  rootKeys: string;
  /** [key, entity] pairs, flat. */
  heads: unknown[];
  /** [key, code, entity or -1] triples, flat. */
  prefixes: unknown[];
  descKeys: Array<[string, string[]]>;
  surnames: Array<[string, number[]]>;
  /** Lexicon.lowerStarts as indices of root keys (decoding the lazy nodes to find them would decode them all). */
  lowerStarts: number[];
}

function allEntities(kb: KnowledgeBase): Entity[] {
  return kb.places ? [...kb.entities, ...kb.places] : kb.entities;
}

/**
 * entity · 2 + entity entry (1) or place entry (0), · 4 + flags, · 8 + form, · 4 + language, · 64 + rank · 2:
 * below 2^30 (a small integer) for up to 65,536 entities; ranks are halves below 32.
 */
function packEntry(entity: number, isEntity: boolean, flags: number, form: number, lang: number, rank: number): number {
  const r2 = rank * 2;
  if (entity >= 65536 || !Number.isInteger(r2) || r2 < 0 || r2 >= 64 || form < 0 || lang < 0) throw new Error(`prebuilt lexicon: cannot pack entry (entity ${entity}, rank ${rank})`);
  return ((((entity * 2 + (isEntity ? 1 : 0)) * 4 + flags) * 8 + form) * 4 + lang) * 64 + r2;
}

function encodeEntry(out: unknown[], x: LexEntry, ix: (e: Entity) => number): void {
  const isEntity = 'ambiguous' in x;
  const flags = (x.ambiguous ? HAS_AMB : 0) | (x.exact ? HAS_EXACT : 0);
  out.push(packEntry(ix(x.entity), isEntity, flags, FORMS.indexOf(x.form), LANG_OF.indexOf(x.lang), x.rank));
  out.push(x.caseReq.length > MAX_CODED ? Array.from(x.caseReq) : Number(`1${x.caseReq.join('')}`));
  if (x.ambiguous) out.push([...x.ambiguous.vetoPrev], [...x.ambiguous.vetoNext]);
  if (x.exact) out.push(x.exact);
}

/** A node: the number of its entries times two plus one when a child map follows, the entries, the child map. */
function encodeNode(out: unknown[], node: TrieNode, ix: (e: Entity) => number): void {
  out.push((node.entries?.length ?? 0) * 2 + (node.next ? 1 : 0));
  for (const x of node.entries ?? []) encodeEntry(out, x, ix);
  if (node.next) encodeMap(out, node.next, ix);
}

function encodeMap(out: unknown[], map: Map<string, TrieNode>, ix: (e: Entity) => number): void {
  out.push(map.size);
  for (const [key, node] of map) {
    out.push(key);
    encodeNode(out, node, ix);
  }
}

/** The lexicon for the prebuilt file (for the build): the eager part and one lazy item per root key. */
export function encodeLexicon(lex: Lexicon): LexiconPayload {
  const index = new Map(allEntities(lex.kb).map((e, i) => [e, i]));
  const ix = (e: Entity) => {
    const i = index.get(e);
    if (i === undefined) throw new Error(`prebuilt lexicon: ${e.id} is not in the KB`);
    return i;
  };
  const keys: string[] = [];
  const items: unknown[][] = [];
  const lower = new Set(lex.lowerStarts);
  const lowerStarts: number[] = [];
  for (const [key, node] of lex.root) {
    if (lower.has(key)) lowerStarts.push(keys.length);
    if (key.includes('\n')) throw new Error(`prebuilt lexicon: root key ${JSON.stringify(key)} holds a newline`);
    const item: unknown[] = [];
    encodeNode(item, node, ix);
    keys.push(key);
    items.push(item);
  }
  const eager: EagerLexicon = {
    rootKeys: keys.join('\n'),
    heads: [...lex.heads].flatMap(([k, e]) => [k, ix(e)]),
    prefixes: [...lex.prefixes].flatMap(([k, p]) => [k, p.code, p.entity ? ix(p.entity) : -1]),
    descKeys: [...lex.descKeys],
    surnames: [...lex.surnames].map(([k, list]) => [k, list.map(ix)]),
    lowerStarts,
  };
  return { eager, items };
}

const NO_ITEM: unknown[] = [];

/** Decodes the lazy items of a prebuilt lexicon into trie nodes, one root node at a time. */
class TrieReader {
  private t: unknown[] = NO_ITEM;
  private pos = 0;
  constructor(private readonly src: PrebuiltLexicon) {}

  /** The root map, its nodes undecoded. */
  root(keys: string[]): Map<string, TrieNode> {
    const map = new Map<string, TrieNode>();
    for (let i = 0; i < keys.length; i++) map.set(keys[i], new PrebuiltNode(this, i));
    return map;
  }

  /** Decodes root node `item` (with its whole subtree) into `into`. */
  node(item: number, into: { entries: LexEntry[] | null; next: Map<string, TrieNode> | null }): void {
    this.t = this.src.item(item) as unknown[];
    this.pos = 0;
    this.fill(into);
    this.t = NO_ITEM; // the parsed item is garbage now: what it held lives on in the nodes
  }

  private fill(node: { entries: LexEntry[] | null; next: Map<string, TrieNode> | null }): void {
    const m = this.t[this.pos++] as number;
    const n = m >>> 1;
    if (n > 0) {
      const entries: LexEntry[] = [];
      for (let i = 0; i < n; i++) entries.push(this.entry());
      node.entries = entries;
    }
    if (m & 1) node.next = this.level();
  }

  private level(): Map<string, TrieNode> {
    const map = new Map<string, TrieNode>();
    const size = this.t[this.pos++] as number;
    for (let k = 0; k < size; k++) {
      const key = this.t[this.pos++] as string;
      const node: TrieNode = { next: null, entries: null };
      map.set(key, node);
      this.fill(node);
    }
    return map;
  }

  private entry(): LexEntry {
    const t = this.t;
    let p = t[this.pos] as number;
    const c = t[this.pos + 1] as number | number[];
    this.pos += 2;
    const rank = (p & 63) / 2;
    p >>>= 6;
    const lang = LANG_OF[p & 3];
    p >>>= 2;
    const form = FORMS[p & 7];
    p >>>= 3;
    const flags = p & 3;
    p >>>= 2;
    const isEntity = (p & 1) === 1;
    const entity = this.src.entity(p >>> 1);
    const caseReq = typeof c === 'number' ? caseReqOf(c) : Uint8Array.from(c);
    if (!isEntity) return placeEntry(entity, form, lang, caseReq, rank);
    let ambiguous: LexEntry['ambiguous'];
    if (flags & HAS_AMB) {
      ambiguous = { vetoPrev: new Set(t[this.pos] as string[]), vetoNext: new Set(t[this.pos + 1] as string[]) };
      this.pos += 2;
    }
    const exact = flags & HAS_EXACT ? (t[this.pos++] as string[]) : undefined;
    return entityEntry(entity, form, lang, caseReq, ambiguous, rank, exact);
  }
}

/**
 * A root node of the prebuilt trie: its entries and children are decoded on first read (either field),
 * then kept. Every root node of a prebuilt lexicon is one of these, so the matcher's reads of
 * `entries` and `next` stay monomorphic (and the getters inline).
 */
class PrebuiltNode implements TrieNode {
  private decoded: { entries: LexEntry[] | null; next: Map<string, TrieNode> | null } | null = null;
  constructor(private readonly reader: TrieReader, private readonly item: number) {}

  get entries(): LexEntry[] | null { return (this.decoded ?? this.decode()).entries; }
  get next(): Map<string, TrieNode> | null { return (this.decoded ?? this.decode()).next; }

  private decode(): { entries: LexEntry[] | null; next: Map<string, TrieNode> | null } {
    const d = { entries: null, next: null };
    this.reader.node(this.item, d);
    return (this.decoded = d);
  }
}

/** Rebuilds the lexicon compileFromNames() would make, from encodeLexicon()'s parts and the KB they were stored with (the trie below its first level on first use). */
function decodeLexicon(kb: KnowledgeBase, src: PrebuiltLexicon): Lexicon {
  const enc = src.eager as EagerLexicon;
  const entity = (i: number) => src.entity(i);
  const rootKeys = enc.rootKeys === '' ? [] : enc.rootKeys.split('\n');
  const root = new TrieReader(src).root(rootKeys);
  const heads = new Map<string, Entity>();
  for (let i = 0; i < enc.heads.length; i += 2) heads.set(enc.heads[i] as string, entity(enc.heads[i + 1] as number));
  const prefixes: Lexicon['prefixes'] = new Map();
  for (let i = 0; i < enc.prefixes.length; i += 3) {
    const e = enc.prefixes[i + 2] as number;
    prefixes.set(enc.prefixes[i] as string, { code: enc.prefixes[i + 1] as string, entity: e >= 0 ? entity(e) : null });
  }
  const lowerStarts = enc.lowerStarts.map((i) => rootKeys[i]);
  return assemble(kb, root, heads, prefixes, new Map(enc.descKeys), new PrebuiltSurnames(enc.surnames, entity), lowerStarts);
}

/**
 * The surname index of a prebuilt lexicon: the people of a surname are decoded on its first get() (the
 * one lookup the recogniser makes), so that the start-up decodes no person; anything else (iteration,
 * size, changes) first makes the whole map, in the order compileFromNames() gives.
 */
class PrebuiltSurnames extends Map<string, Entity[]> {
  private pending: Map<string, number[]> | null;
  private readonly early = new Map<string, Entity[]>();

  constructor(stored: Array<[string, number[]]>, private readonly entity: (i: number) => Entity) {
    super();
    this.pending = new Map(stored);
  }

  override get(key: string): Entity[] | undefined {
    if (this.pending === null) return super.get(key);
    let list = this.early.get(key);
    if (list === undefined) {
      const ix = this.pending.get(key);
      if (ix === undefined) return undefined;
      list = ix.map(this.entity);
      this.early.set(key, list);
    }
    return list;
  }

  override has(key: string): boolean {
    return this.pending === null ? super.has(key) : this.pending.has(key);
  }

  override get size(): number {
    return this.pending === null ? super.size : this.pending.size;
  }

  /** The whole map, in stored order (lists already handed out stay the same objects). */
  private settle(): void {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    for (const [key, ix] of pending) super.set(key, this.early.get(key) ?? ix.map(this.entity));
    this.early.clear();
  }

  override set(key: string, value: Entity[]): this { this.settle(); return super.set(key, value); }
  override delete(key: string): boolean { this.settle(); return super.delete(key); }
  override clear(): void { this.settle(); super.clear(); }
  override forEach(f: (value: Entity[], key: string, map: Map<string, Entity[]>) => void, thisArg?: unknown): void { this.settle(); super.forEach(f, thisArg); }
  override keys(): IterableIterator<string> { this.settle(); return super.keys(); }
  override values(): IterableIterator<Entity[]> { this.settle(); return super.values(); }
  override entries(): IterableIterator<[string, Entity[]]> { this.settle(); return super.entries(); }
  override [Symbol.iterator](): IterableIterator<[string, Entity[]]> { this.settle(); return super[Symbol.iterator](); }
}

/** Builds the KB from src/kb/, compiles it and writes both to the prebuilt file (scripts/build-data.mjs). Returns its size. */
export function writePrebuiltLexicon(): number {
  const kb = buildKnowledgeBase();
  return writePrebuilt(kb, encodeLexicon(compileFromNames(kb)), sourceClosure(['src/extract/actors/lexicon.ts']));
}
