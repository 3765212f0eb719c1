// Data files the build generates into dist/generated/ (scripts/build-data.mjs) so that a fresh thread
// reads a result instead of computing it: the knowledge base with its actor lexicon (src/kb/prebuilt.ts),
// the trigger index of each language (src/extract/events/prebuilt-index.ts). Each file is one JSON header
// line — its format, a fingerprint of everything it is made of and the list of source files that
// fingerprint covers — then the body as JSON. A file whose fingerprint no longer matches its inputs
// (data or code edited without a rebuild) is stale: the caller computes at run time instead.
//
// Checking the fingerprint means reading and hashing every input (the knowledge base alone is 1.6 MB),
// and every fresh thread checks every file it reads. So the header also keeps the size and modification
// time each input had when it was hashed (`stamps`): while they are unchanged the content is taken as
// unchanged, as make does, and nothing is read; any difference (a checkout, an edit, a touch) falls back
// to hashing the contents, so a file that was touched but not changed is still current.
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { dataPath } from './data.js';

export interface GeneratedHeader {
  format: string;
  fingerprint: string;
  /** The source files (relative to the package root) the producing code is made of (sourceClosure). */
  code: string[];
  /** What the fingerprint was computed from, for the cheap check (see above); written by writeGenerated(). */
  stamps?: Stamps;
  /** With a tail: the lengths of the body and of the tail (see writeGenerated()). */
  body?: number;
  tail?: number;
}

/**
 * The inputs of a fingerprint as they were when it was computed: the fingerprint, a hash of the format,
 * the extra inputs and the file names, and per file (in sorted order) its size and modification time,
 * null when missing.
 */
interface Stamps { fingerprint: string; inputs: string; files: Array<[number, number] | null> }

const IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.{1,2}\/[^']+)\.js'|^\s*import\s+'(\.{1,2}\/[^']+)\.js'/gm;

/**
 * The TypeScript sources `entries` import, transitively (relative value imports; `import type` carries
 * no code). Computed by the build and stored in the header: a change to any of them, including a new
 * import, changes the fingerprint.
 */
export function sourceClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const rel = todo.pop()!;
    if (seen.has(rel)) continue;
    seen.add(rel);
    const path = dataPath(rel);
    if (!existsSync(path)) continue;
    for (const m of readFileSync(path, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      todo.push(join(dirname(rel), spec + '.ts').replace(/\\/g, '/'));
    }
  }
  return [...seen].sort();
}

/** The size and modification time of a file, null when it is missing or no file. */
function stampOf(path: string): [number, number] | null {
  const st = statSync(path, { throwIfNoEntry: false });
  return st && st.isFile() ? [st.size, st.mtimeMs] : null;
}

function sameStamp(a: [number, number] | null, b: [number, number] | null): boolean {
  return a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1];
}

/** Stamps of the fingerprints computed in this thread, by fingerprint, for writeGenerated(). */
const computed = new Map<string, Stamps>();
/** The header being checked by readGenerated(): its fingerprint holds while its stamps do. */
let checking: GeneratedHeader | null = null;

/** Hash of `format`, `extra` (inputs that are no files) and the files (paths relative to the package root: names and contents). */
export function fingerprintFiles(format: string, files: string[], extra = ''): string {
  const sorted = [...new Set(files)].sort();
  const inputs = createHash('sha1').update(`${format}\n${extra}\n${sorted.join('\n')}`).digest('hex');
  // Stamped before the contents are read: a file changed meanwhile has another stamp, and is hashed again next time.
  const stamps = sorted.map((rel) => stampOf(dataPath(rel)));
  const h = checking?.stamps;
  if (h && h.fingerprint === checking!.fingerprint && h.inputs === inputs && h.files.length === stamps.length && stamps.every((st, i) => sameStamp(st, h.files[i]))) {
    return h.fingerprint;
  }
  const hash = createHash('sha1').update(format).update(`\n${extra}`);
  for (let i = 0; i < sorted.length; i++) {
    hash.update(`\n${sorted[i]}\n`);
    hash.update(stamps[i] ? readFileSync(dataPath(sorted[i])) : 'missing');
  }
  const fp = hash.digest('hex');
  computed.set(fp, { fingerprint: fp, inputs, files: stamps });
  return fp;
}

/** JSON with every non-ASCII character escaped (\u00e4), so the file can be read as Latin-1. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Writes a generated file: the header line, then the body as JSON, then the tail if any, all ASCII: read
 * as Latin-1 the file becomes a string without decoding (an external one-byte string, not a UTF-8 decode
 * into a two-byte copy), and JSON.parse takes its one-byte fast path. The tail (ASCII text, e.g. JSON
 * items the reader parses one by one when it needs them) is returned apart by readGeneratedParts().
 * Returns the file's size.
 */
export function writeGenerated(path: string, header: GeneratedHeader, body: unknown, tail?: string): number {
  const json = asciiJson(body);
  if (tail !== undefined && !/^[\x00-\x7f]*$/.test(tail)) throw new Error(`${path}: the tail must be ASCII`);
  const stamps = computed.get(header.fingerprint);
  const head: GeneratedHeader = { ...header, ...(stamps ? { stamps } : {}), ...(tail !== undefined ? { body: json.length, tail: tail.length } : {}) };
  const text = `${asciiJson(head)}\n${json}${tail ?? ''}`;
  mkdirSync(dirname(path), { recursive: true });
  // Written beside and renamed into place: a thread starting meanwhile reads the old file or the new one, never half of one.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, 'latin1');
  renameSync(tmp, path);
  return text.length;
}

/** The header of a generated file if it has `format` and its fingerprint equals `fingerprint(header.code)` (the inputs as they are now). */
function checkHeader(line: string, format: string, fingerprint: (code: string[]) => string): GeneratedHeader | null {
  const h = JSON.parse(line) as GeneratedHeader;
  if (h.format !== format || !Array.isArray(h.code)) return null;
  checking = h;
  try {
    return h.fingerprint === fingerprint(h.code) ? h : null;
  } finally {
    checking = null;
  }
}

/**
 * The body text of a generated file whose header has `format` and whose fingerprint equals
 * `fingerprint(header.code)` (the inputs as they are now), or null: missing, stale or unreadable.
 */
export function readGenerated(path: string, format: string, fingerprint: (code: string[]) => string): string | null {
  try {
    if (!existsSync(path)) return null;
    const text = readFileSync(path).toString('latin1');
    const nl = text.indexOf('\n');
    if (nl < 0) return null;
    const h = checkHeader(text.slice(0, nl), format, fingerprint);
    if (!h) return null;
    return h.body === undefined ? text.slice(nl + 1) : text.slice(nl + 1, nl + 1 + h.body);
  } catch {
    return null;
  }
}

/**
 * A generated file with a tail, read as readGenerated() does: the body as text, the tail as bytes (its
 * own buffer: no string is made of it until a part is asked for). Null when missing, stale or unreadable.
 */
export function readGeneratedParts(path: string, format: string, fingerprint: (code: string[]) => string): { body: string; tail: Buffer } | null {
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    // The header first (a few hundred bytes; grown when a long one does not fit), checked before the rest is read.
    let head = Buffer.allocUnsafe(Math.min(size, 8192));
    let n = readSync(fd, head, 0, head.length, 0);
    let nl = head.subarray(0, n).indexOf(10);
    if (nl < 0 && n < size) {
      head = Buffer.allocUnsafe(size);
      n = readSync(fd, head, 0, size, 0);
      nl = head.subarray(0, n).indexOf(10);
    }
    if (nl < 0) return null;
    const h = checkHeader(head.toString('latin1', 0, nl), format, fingerprint);
    if (!h || h.body === undefined || h.tail === undefined) return null;
    const bodyAt = nl + 1;
    const tailAt = bodyAt + h.body;
    if (tailAt + h.tail !== size) return null;
    const bodyBytes = Buffer.allocUnsafe(h.body);
    const tail = Buffer.allocUnsafeSlow(size - tailAt);
    if (readSync(fd, bodyBytes, 0, bodyBytes.length, bodyAt) !== bodyBytes.length || readSync(fd, tail, 0, tail.length, tailAt) !== tail.length) return null;
    return { body: bodyBytes.toString('latin1'), tail };
  } catch {
    return null;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
