// readDocuments: every input (file, directory, glob, `-` for stdin) as a stream of documents
// or per-document errors, in input order. Memory stays flat: files are read one at a time,
// JSONL line by line, and nothing larger than MAX_DOC_BYTES is ever held.
//
// Which files: a file named on the command line is read whatever its name (`.jsonl`/`.ndjson`
// as JSON lines, `.json` as one record or an array of records, anything else as text).
// Directories are walked recursively in sorted order and contribute only `.txt`, `.text`,
// `.jsonl` and `.ndjson` files (not `.json`: folders hold package.json, gold files...);
// hidden files and folders are skipped. Glob matches count as named files.
import { createReadStream, openSync, readSync, closeSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ReadOptions, ReadResult, SourceRef } from './types.js';
import { decodeDocument, looksBinary, MAX_DOC_BYTES, tooLarge, invalidUtf8At } from './decode.js';
import { textDocument } from './text-file.js';
import { parseRecordLine, recordToDocument } from './json-record.js';
import { readLines } from './lines.js';
import { globFiles, hasGlobChars } from './glob.js';

export type { ReadOptions, ReadResult, SourceRef } from './types.js';
export { contentHash, docKeyOf } from './hash.js';
export { MAX_DOC_BYTES } from './decode.js';

const DIR_EXTENSIONS = new Set(['.txt', '.text', '.jsonl', '.ndjson']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

type Kind = 'text' | 'jsonl' | 'json';

function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXTENSIONS.has(ext)) return 'jsonl';
  if (ext === '.json') return 'json';
  return 'text';
}

function fail(from: SourceRef, reason: string): ReadResult {
  return { ok: false, from, reason };
}

function errnoReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file or directory';
  if (err.code === 'EACCES') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a directory';
  return err.message;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

async function* readTextFile(path: string, size: number, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const from = { file: path };
  if (size > MAX_DOC_BYTES) {
    // Only peek: a huge binary file should say "binary file", not "too large".
    const head = Buffer.alloc(8192);
    const fd = openSync(path, 'r');
    try { readSync(fd, head, 0, head.length, 0); } finally { closeSync(fd); }
    yield fail(from, looksBinary(head) ? 'binary file' : tooLarge(size));
    return;
  }
  const decoded = decodeDocument(readFileSync(path));
  if (!decoded.ok) { yield fail(from, decoded.reason); return; }
  const r = textDocument(path, decoded.text, opts);
  yield r.ok ? { ok: true, doc: r.doc, from } : fail(from, r.reason);
}

/** JSON lines from any byte stream; `file` names the source in errors. */
async function* readJsonLines(file: string, chunks: AsyncIterable<Buffer | string>, opts: ReadOptions): AsyncGenerator<ReadResult> {
  let sniffed = false;
  for await (const line of readLines(chunks)) {
    const from = { file, line: line.n };
    if (line.bytes === null) { yield fail(from, tooLarge(line.size)); continue; }
    if (!sniffed) {
      sniffed = true;
      if (looksBinary(line.bytes)) { yield fail({ file }, 'binary file'); return; }
    }
    let text: string;
    try {
      text = fatalUtf8.decode(line.bytes);
    } catch {
      yield fail(from, `invalid UTF-8 at byte ${invalidUtf8At(line.bytes)} of the line`);
      continue;
    }
    if (line.n === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') continue;
    const r = parseRecordLine(text, opts);
    yield r.ok ? { ok: true, doc: r.doc, from } : fail(from, r.reason);
  }
}

async function* readJsonFile(path: string, size: number, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const from = { file: path };
  if (size > MAX_DOC_BYTES) { yield fail(from, tooLarge(size)); return; }
  const decoded = decodeDocument(readFileSync(path));
  if (!decoded.ok) { yield fail(from, decoded.reason); return; }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    yield fail(from, `broken JSON: ${(e as Error).message}`);
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  for (let i = 0; i < records.length; i++) {
    const r = recordToDocument(records[i], opts);
    const where = Array.isArray(value) ? { file: `${path}[${i}]` } : from;
    yield r.ok ? { ok: true, doc: r.doc, from: where } : fail(where, r.reason);
  }
}

async function* readFile(path: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) { yield* readDirectory(path, opts); return; }
    size = st.size;
  } catch (e) {
    yield fail({ file: path }, errnoReason(e));
    return;
  }
  try {
    const kind = kindOf(path);
    if (kind === 'jsonl') {
      if (size === 0) { yield fail({ file: path }, 'empty file'); return; }
      yield* readJsonLines(path, createReadStream(path, { highWaterMark: 1 << 16 }), opts);
    } else if (kind === 'json') yield* readJsonFile(path, size, opts);
    else yield* readTextFile(path, size, opts);
  } catch (e) {
    yield fail({ file: path }, errnoReason(e));
  }
}

async function* readDirectory(dir: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    yield fail({ file: dir }, errnoReason(e));
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      yield fail({ file: p }, errnoReason(e));
      continue;
    }
    if (isDir) yield* readDirectory(p, opts);
    else if (DIR_EXTENSIONS.has(extname(name).toLowerCase())) yield* readFile(p, opts);
  }
}

/** Standard input: JSON lines when the first non-blank character is `{`, else one text document `-`. */
async function* readStdin(stream: AsyncIterable<Buffer | string>, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const it = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first: number | undefined;
  let done = false;
  while (first === undefined) {
    const r = await it.next();
    if (r.done) { done = true; break; }
    const b = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    head.push(b);
    for (const byte of b) {
      if (byte !== 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 0xef && byte !== 0xbb && byte !== 0xbf) { first = byte; break; }
    }
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    }
  }
  if (first === 0x7b /* { */) { yield* readJsonLines('-', rest(), opts); return; }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const b of rest()) {
    size += b.length;
    if (size <= MAX_DOC_BYTES) parts.push(b);
  }
  const from = { file: '-' };
  if (size > MAX_DOC_BYTES) { yield fail(from, tooLarge(size)); return; }
  const decoded = decodeDocument(Buffer.concat(parts, size));
  if (!decoded.ok) { yield fail(from, decoded.reason); return; }
  const r = textDocument('-', decoded.text, opts);
  yield r.ok ? { ok: true, doc: r.doc, from } : fail(from, r.reason);
}

export interface ReadInputOptions extends ReadOptions {
  /** Stream read for `-` (default process.stdin; tests pass their own). */
  stdin?: AsyncIterable<Buffer | string>;
}

/** All documents of all inputs, in input order, one ReadResult per document or per problem. */
export async function* readDocuments(inputs: string[], opts: ReadInputOptions = {}): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    if (input === '-') yield* readStdin(opts.stdin ?? process.stdin, opts);
    else if (hasGlobChars(input) && !exists(input)) {
      let any = false;
      for (const p of globFiles(input)) {
        any = true;
        yield* readFile(p, opts);
      }
      if (!any) yield fail({ file: input }, 'no files match this pattern');
    } else yield* readFile(input, opts);
  }
}

function exists(p: string): boolean {
  try { statSync(p); return true; } catch { return false; }
}
