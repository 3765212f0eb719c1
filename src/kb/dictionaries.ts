// User dictionaries for a run: YAML/JSON files in lagebild's own format, or PETRARCH/TABARI
// `.txt` dictionaries, loaded in order (later ones override earlier ones) and registered
// with the actors stage. Worker threads receive the paths and load them themselves.
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
