// The knowledge base with its compiled actor lexicon, prebuilt by the build (scripts/build-data.mjs →
// dist/generated/kb-lexicon.json, gitignored). Loading the KB from src/kb/ and compiling the lexicon
// (tokenising every name, filling the trie) costs a fresh thread over a second of CPU; reading the
// prebuilt file costs a few tens of milliseconds. The file carries a fingerprint of everything it is
// made of: every file under src/kb/ and the sources of the code that loads and compiles the KB. When
// the file is missing or stale (src/kb edited without a rebuild) the KB is built and compiled at run
// time as before. The lexicon part is opaque here: src/extract/actors/lexicon.ts encodes and decodes it.
// The file format and its checks are shared with the other generated files (src/util/generated-file.ts).
import { readdirSync } from 'node:fs';
import { dataPath } from '../util/data.js';
import { fingerprintFiles, readGenerated, writeGenerated } from '../util/generated-file.js';
import type { Entity, KnowledgeBase, Lang, NameForm, NameVariant } from './types.js';

export { sourceClosure } from '../util/generated-file.js';

/** Where the build writes the file (relative to the package root). */
export const PREBUILT_KB = 'dist/generated/kb-lexicon.json';
const FORMAT = 'lagebild-kb-lexicon/3';
const KB_DIR = 'src/kb';

interface Body { kb: KnowledgeBase; lexicon: unknown }

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

/** The entities with their names packed, every other field as it is (and where it is: the key order stays). */
function packEntities(list: Entity[]): unknown[] {
  return list.map((e) => ({ ...e, names: packNames(e.names) }));
}

/** Unpacks the names of the parsed entities in place. */
function unpackEntities(list: Entity[]): void {
  for (const e of list) e.names = unpackNames(e.names as unknown as unknown[]);
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

/**
 * Writes the file: the header line, then the body (the KB and the encoded lexicon), all ASCII
 * (src/util/generated-file.ts). Returns its size.
 */
export function writePrebuilt(kb: KnowledgeBase, lexicon: unknown, code: string[], path: string = dataPath(PREBUILT_KB)): number {
  const packed = { ...kb, entities: packEntities(kb.entities), ...(kb.places ? { places: packEntities(kb.places) } : {}) };
  const body = { kb: packed, lexicon };
  return writeGenerated(path, { format: FORMAT, fingerprint: fingerprint(code), code }, body);
}

/** Whether the file is there and current (the build skips regenerating it then). */
export function prebuiltCurrent(path: string = dataPath(PREBUILT_KB)): boolean {
  return readGenerated(path, FORMAT, fingerprint) !== null;
}

/** Lexicon payloads of the KBs read from the file, until compileLexicon() takes them. */
const payloads = new WeakMap<KnowledgeBase, unknown>();

/**
 * The built-in knowledge base from the prebuilt file, or null when there is none or it is stale. Every
 * call reads the file afresh (callers may change what they get); the encoded lexicon stays attached to
 * the returned object for takePrebuiltLexicon().
 */
export function readPrebuilt(path: string = dataPath(PREBUILT_KB)): KnowledgeBase | null {
  const text = readGenerated(path, FORMAT, fingerprint);
  if (text === null) return null;
  try {
    const body = JSON.parse(text) as Body;
    unpackEntities(body.kb.entities);
    if (body.kb.places) unpackEntities(body.kb.places);
    payloads.set(body.kb, body.lexicon);
    return body.kb;
  } catch {
    return null; // unreadable: built at run time
  }
}

/**
 * The encoded lexicon that came with `kb` from the prebuilt file, once: later calls (and any other KB,
 * such as one with user dictionaries merged in) get undefined and compile.
 */
export function takePrebuiltLexicon(kb: KnowledgeBase): unknown {
  const p = payloads.get(kb);
  payloads.delete(kb);
  return p;
}
