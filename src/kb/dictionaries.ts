// User dictionaries for a run: YAML/JSON files in lagebild's own format, or PETRARCH/TABARI
// `.txt` dictionaries, loaded in order (later ones override earlier ones) and registered
// with the actors stage. Worker threads receive the paths and load them themselves.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configureActors } from '../extract/actors.js';
import { importPetrarchFile } from './petrarch.js';
import { loadUserDictionary } from './user-dict.js';

let active: string[] = [];

/** Loads and registers the dictionaries; throws with file, line and problem on a broken one. */
export function useDictionaries(paths: string[]): void {
  const dicts = paths.map((p) => (p.toLowerCase().endsWith('.txt') ? importPetrarchFile(p).dict : loadUserDictionary(p)));
  configureActors({ dictionaries: dicts });
  active = [...paths];
}

/** The dictionary paths in use (passed on to worker threads). */
export function activeDictionaries(): string[] {
  return active;
}

/** The config file: `$LAGEBILD_CONFIG`, else `./lagebild.config.json` when present. */
export function configPath(): string | null {
  const p = process.env.LAGEBILD_CONFIG ?? 'lagebild.config.json';
  return existsSync(p) ? p : process.env.LAGEBILD_CONFIG ? p : null;
}

/**
 * Dictionaries named in the config file (`{"dictionaries": ["my-actors.yaml", …]}`, paths relative to the
 * file), followed by those given with --dict. A broken config is an error naming the file.
 */
export function dictionaryPaths(cliDicts: string[] = []): string[] {
  const p = configPath();
  if (!p) return cliDicts;
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(p, 'utf8'));
  } catch (e) {
    throw new Error(`${p}: ${(e as Error).message}`);
  }
  const dicts = (config as { dictionaries?: unknown }).dictionaries ?? [];
  if (!Array.isArray(dicts) || dicts.some((d) => typeof d !== 'string')) throw new Error(`${p}: "dictionaries" must be a list of file paths`);
  return [...(dicts as string[]).map((d) => resolve(dirname(p), d)), ...cliDicts];
}
