// Data files the build generates into dist/generated/ (scripts/build-data.mjs) so that a fresh thread
// reads a result instead of computing it: the knowledge base with its actor lexicon (src/kb/prebuilt.ts),
// the trigger index of each language (src/extract/events/prebuilt-index.ts). Each file is one JSON header
// line — its format, a fingerprint of everything it is made of and the list of source files that
// fingerprint covers — then the body as JSON. A file whose fingerprint no longer matches its inputs
// (data or code edited without a rebuild) is stale: the caller computes at run time instead.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { dataPath } from './data.js';

export interface GeneratedHeader {
  format: string;
  fingerprint: string;
  /** The source files (relative to the package root) the producing code is made of (sourceClosure). */
  code: string[];
}

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

/** Hash of `format`, `extra` (inputs that are no files) and the files (paths relative to the package root: names and contents). */
export function fingerprintFiles(format: string, files: string[], extra = ''): string {
  const h = createHash('sha1').update(format).update(`\n${extra}`);
  for (const rel of [...new Set(files)].sort()) {
    const path = dataPath(rel);
    h.update(`\n${rel}\n`);
    h.update(existsSync(path) && statSync(path).isFile() ? readFileSync(path) : 'missing');
  }
  return h.digest('hex');
}

/** JSON with every non-ASCII character escaped (\u00e4), so the file can be read as Latin-1. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Writes a generated file: the header line, then the body as JSON, all ASCII: read as Latin-1 the file
 * becomes a string without decoding (an external one-byte string, not a UTF-8 decode into a two-byte
 * copy), and JSON.parse takes its one-byte fast path. Returns its size.
 */
export function writeGenerated(path: string, header: GeneratedHeader, body: unknown): number {
  const text = `${asciiJson(header)}\n${asciiJson(body)}`;
  mkdirSync(dirname(path), { recursive: true });
  // Written beside and renamed into place: a thread starting meanwhile reads the old file or the new one, never half of one.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, 'latin1');
  renameSync(tmp, path);
  return text.length;
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
    const h = JSON.parse(text.slice(0, nl)) as GeneratedHeader;
    if (h.format !== format || !Array.isArray(h.code) || h.fingerprint !== fingerprint(h.code)) return null;
    return text.slice(nl + 1);
  } catch {
    return null;
  }
}
