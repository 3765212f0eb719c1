// The knowledge base with its compiled actor lexicon, prebuilt by the build (scripts/build-data.mjs →
// dist/generated/kb-lexicon.json, gitignored). Loading the KB from src/kb/ and compiling the lexicon
// (tokenising every name, filling the trie) costs a fresh thread over a second of CPU; reading the
// prebuilt file costs a few tens of milliseconds. The file carries a fingerprint of everything it is
// made of: every file under src/kb/ and the sources of the code that loads and compiles the KB. When
// the file is missing or stale (src/kb edited without a rebuild) the KB is built and compiled at run
// time as before. The lexicon part is opaque here: src/extract/actors/lexicon.ts encodes and decodes it.
// The file format and its checks are shared with the other generated files (src/util/generated-file.ts).
//
// What a thread makes at start-up is what it pays for (parsing, fresh memory, the garbage collector
// moving what was parsed), and a run meets few of the KB's names: so only the lexicon's small parts
// are parsed at once. The entities (3,000, most of them persons), the gazetteer's places (8,000) and
// the lexicon's lazy items (its trie below the first level) stay bytes in the file's tail, each parsed
// when first needed; `kb.entities` and `kb.places` make their whole list on first read. The word sets
// the analysis derives from all entities come stored (src/kb/derived.ts), so they need none decoded.
import { readdirSync } from 'node:fs';
import { dataPath } from '../util/data.js';
import { fingerprintFiles, readGenerated, readGeneratedParts, writeGenerated } from '../util/generated-file.js';
import type { Entity, KnowledgeBase, Lang, NameForm, NameVariant } from './types.js';
import { deriveSets, restoreSets, storeSets } from './derived.js';

export { sourceClosure } from '../util/generated-file.js';

/** Where the build writes the file (relative to the package root). */
export const PREBUILT_KB = 'dist/generated/kb-lexicon.json';
const FORMAT = 'lagebild-kb-lexicon/5';
const KB_DIR = 'src/kb';

/**
 * The lexicon as the build hands it over: a part parsed at once and items each parsed on first use
 * (by their number, through PrebuiltLexicon.item).
 */
export interface LexiconPayload { eager: unknown; items: unknown[] }

/** The lexicon of a KB read from the file, for compileLexicon(). */
export interface PrebuiltLexicon {
  eager: unknown;
  /** Lazy item `i`, parsed on every call (the caller keeps what it made of it). */
  item(i: number): unknown;
  /** Entity `i`: kb.entities, then kb.places (decoded on first use, then kept: always the same object). */
  entity(i: number): Entity;
}

/**
 * The body: the KB's other fields and the order of all its keys, the lexicon's eager part, the derived
 * word sets, and the lengths of the tail's items: the lexicon's items, the entities, the places.
 */
interface Body {
  kb: Partial<KnowledgeBase>;
  keys: string[];
  lexicon: unknown;
  derived: [string[], string[]];
  lexiconItems: number;
  entities: number;
  lengths: number[];
}

// Entity names in the file: one flat array per entity instead of an object per name (36,000 of them,
// with their keys spelled out each time): the text, then a code (form · 3 + language, + 18 when the
// veto lists of an ambiguous name follow, + 36 for an exact name). Decoded into the same objects.
const FORMS: readonly NameForm[] = ['name', 'gen', 'adj', 'people', 'abbr', 'desc'];
const LANG_OF: ReadonlyArray<Lang | null> = [null, 'de', 'en'];
const AMB = 18;
const EXACT = 36;
const NAME_KEYS = new Set(['text', 'lang', 'form', 'ambiguous', 'exact']);

function packNames(names: NameVariant[]): unknown[] {
  const out: unknown[] = [];
  for (const v of names) {
    const form = FORMS.indexOf(v.form);
    const lang = LANG_OF.indexOf(v.lang);
    if (form < 0 || lang < 0 || (v.exact !== undefined && v.exact !== true) || Object.keys(v).some((k) => !NAME_KEYS.has(k))) {
      throw new Error(`prebuilt KB: cannot pack name ${JSON.stringify(v)}`);
    }
    out.push(v.text, form * 3 + lang + (v.ambiguous ? AMB : 0) + (v.exact ? EXACT : 0));
    if (v.ambiguous) out.push(v.ambiguous.vetoPrev, v.ambiguous.vetoNext);
  }
  return out;
}

function unpackNames(flat: unknown[]): NameVariant[] {
  const names: NameVariant[] = [];
  for (let i = 0; i < flat.length;) {
    const text = flat[i] as string;
    let c = flat[i + 1] as number;
    i += 2;
    const exact = c >= EXACT;
    if (exact) c -= EXACT;
    const amb = c >= AMB;
    if (amb) c -= AMB;
    const v: NameVariant = { text, lang: LANG_OF[c % 3], form: FORMS[(c - (c % 3)) / 3] };
    if (amb) {
      v.ambiguous = { vetoPrev: flat[i] as string[], vetoNext: flat[i + 1] as string[] };
      i += 2;
    }
    if (exact) v.exact = true;
    names.push(v);
  }
  return names;
}

/** The entity with its names packed, every other field as it is (and where it is: the key order stays). */
function packEntity(e: Entity): unknown {
  return { ...e, names: packNames(e.names) };
}

/** One entity parsed from its JSON text, names unpacked. */
function unpackEntity(json: string): Entity {
  const e = JSON.parse(json) as Entity;
  e.names = unpackNames(e.names as unknown as unknown[]);
  return e;
}

/** Every file under src/kb/ (data and code), relative to the package root, sorted. */
function kbFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const d of readdirSync(dataPath(rel), { withFileTypes: true })) {
      const r = `${rel}/${d.name}`;
      if (d.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk(KB_DIR);
  return out.sort();
}

/** Hash of the files the prebuilt KB is made of (paths and contents). */
function fingerprint(code: string[]): string {
  return fingerprintFiles(FORMAT, [...code, ...kbFiles()]);
}

/** JSON of an item of the tail, ASCII (non-ASCII characters escaped, as in the body). */
function itemJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Writes the file: the header line, the body (the KB's small fields, the lexicon's eager part, the
 * derived sets), the tail (the lexicon's items, the entities, the places: each its JSON;
 * src/util/generated-file.ts). Returns its size.
 */
export function writePrebuilt(kb: KnowledgeBase, lexicon: LexiconPayload, code: string[], path: string = dataPath(PREBUILT_KB)): number {
  const items = [...lexicon.items, ...kb.entities.map(packEntity), ...(kb.places ?? []).map(packEntity)].map(itemJson);
  const { entities, places, ...rest } = kb;
  const body: Body = {
    kb: rest, keys: Object.keys(kb), lexicon: lexicon.eager, derived: storeSets(deriveSets(entities)),
    lexiconItems: lexicon.items.length, entities: entities.length, lengths: items.map((x) => x.length),
  };
  if (places === undefined) body.keys = body.keys.filter((k) => k !== 'places');
  return writeGenerated(path, { format: FORMAT, fingerprint: fingerprint(code), code }, body, items.join(''));
}

/** Whether the file is there and current (the build skips regenerating it then). */
export function prebuiltCurrent(path: string = dataPath(PREBUILT_KB)): boolean {
  return readGenerated(path, FORMAT, fingerprint) !== null;
}

/** Lexicon payloads of the KBs read from the file, until compileLexicon() takes them. */
const payloads = new WeakMap<KnowledgeBase, PrebuiltLexicon>();

/**
 * The built-in knowledge base from the prebuilt file, or null when there is none or it is stale. Every
 * call reads the file afresh (callers may change what they get); the encoded lexicon stays attached to
 * the returned object for takePrebuiltLexicon().
 */
export function readPrebuilt(path: string = dataPath(PREBUILT_KB)): KnowledgeBase | null {
  const parts = readGeneratedParts(path, FORMAT, fingerprint);
  if (parts === null) return null;
  try {
    const body = JSON.parse(parts.body) as Body;
    const tail = parts.tail;
    const n = body.lengths.length;
    // Where each item of the tail starts (and the next one, so where it ends).
    const starts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) starts[i + 1] = starts[i] + body.lengths[i];
    if (starts[n] !== tail.length) return null;
    const text = (i: number): string => tail.toString('latin1', starts[i], starts[i + 1]);
    // Entities and places alike, numbered as the lexicon numbers them: entities first.
    const first = body.lexiconItems;
    const decoded: Array<Entity | undefined> = new Array(n - first);
    const entity = (i: number): Entity => (decoded[i] ??= unpackEntity(text(first + i)));
    const kb = {} as KnowledgeBase;
    for (const key of body.keys) {
      if (key === 'entities') lazyList(kb, key, 0, body.entities, entity);
      else if (key === 'places') lazyList(kb, key, body.entities, n - first - body.entities, entity);
      else (kb as unknown as Record<string, unknown>)[key] = (body.kb as Record<string, unknown>)[key];
    }
    restoreSets(kb, body.derived);
    payloads.set(kb, { eager: body.lexicon, item: (i) => JSON.parse(text(i)), entity });
    return kb;
  } catch {
    return null; // unreadable: built at run time
  }
}

/**
 * A list of the KB (`entities`, `places`) as a property that makes it on first read (the very objects
 * the lexicon decodes: entities from..from+count) and is a plain property from then on, also when assigned.
 */
function lazyList(kb: KnowledgeBase, key: 'entities' | 'places', from: number, count: number, entity: (i: number) => Entity): void {
  const settle = (value: Entity[] | undefined): void => {
    Object.defineProperty(kb, key, { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(kb, key, {
    get() {
      const list: Entity[] = [];
      for (let i = 0; i < count; i++) list.push(entity(from + i));
      settle(list);
      return list;
    },
    set(value: Entity[] | undefined) { settle(value); },
    enumerable: true,
    configurable: true,
  });
}

/**
 * The encoded lexicon that came with `kb` from the prebuilt file, once: later calls (and any other KB,
 * such as one with user dictionaries merged in) get undefined and compile.
 */
export function takePrebuiltLexicon(kb: KnowledgeBase): PrebuiltLexicon | undefined {
  const p = payloads.get(kb);
  payloads.delete(kb);
  return p;
}
