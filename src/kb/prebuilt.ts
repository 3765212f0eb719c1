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
import type { KnowledgeBase } from './types.js';

export { sourceClosure } from '../util/generated-file.js';

/** Where the build writes the file (relative to the package root). */
export const PREBUILT_KB = 'dist/generated/kb-lexicon.json';
const FORMAT = 'lagebild-kb-lexicon/2';
const KB_DIR = 'src/kb';

interface Body { kb: KnowledgeBase; lexicon: unknown }

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
  const body: Body = { kb, lexicon };
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
