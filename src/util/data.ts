// Locating the package's data files (lexicons, knowledge base) at run time.
// Data files live beside the sources (src/lang/xx/*.json, src/kb/*.json) and are
// read from there by the compiled code, so there is one copy of every file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The package root: the nearest folder above this module holding package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('lagebild: cannot find package root');
    dir = up;
  }
  root = dir;
  return dir;
}

/** Absolute path of a file under the package root, e.g. dataPath('src/kb/countries.json'). */
export function dataPath(rel: string): string {
  return join(packageRoot(), rel);
}

/** Reads and parses a JSON data file under the package root; errors name the file. */
export function loadJson<T>(rel: string): T {
  const p = dataPath(rel);
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as T;
  } catch (e) {
    throw new Error(`${rel}: ${(e as Error).message}`);
  }
}

/** Language-pack data by convention: src/lang/<lang>/<name>.json, or null when the pack has none. */
export function loadLangData<T>(lang: string, name: string): T | null {
  const rel = `src/lang/${lang}/${name}.json`;
  return existsSync(dataPath(rel)) ? loadJson<T>(rel) : null;
}
