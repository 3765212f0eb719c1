// The ratchet: eval/floors.json records, per gold file (by base name) and figure, the
// lowest value the project accepts. Floors only go up: --update-floors raises them to
// the current figures, and CI fails when a figure falls below its floor.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { FileReport } from './run.js';
import { FIGURES, type FigureName } from './score.js';

export type Floors = Record<string, Partial<Record<FigureName, number>>>;

/** Tolerance for float noise when comparing a figure with its floor. */
export const EPSILON = 1e-9;

/** A figure as stored in the ratchet: rounded down to 3 decimals, so an unchanged run never fails. */
export function floorOf(value: number): number {
  return Math.floor(value * 1000 + EPSILON) / 1000;
}

export function readFloors(path: string): Floors {
  if (!existsSync(path)) return {};
  const data = JSON.parse(readFileSync(path, 'utf8')) as { floors?: Floors };
  return data.floors ?? {};
}

export function writeFloors(path: string, floors: Floors): void {
  const sorted: Floors = {};
  for (const file of Object.keys(floors).sort()) {
    sorted[file] = {};
    for (const f of FIGURES) if (floors[file][f] !== undefined) sorted[file][f] = floors[file][f];
  }
  // Everything else in the file (the record of floors lowered by hand, with reasons) is kept as it is.
  const previous = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  const doc = {
    ...previous,
    about: 'Ratchet of lagebild eval: per gold file (base name) and figure, the lowest accepted value. Raised by `lagebild eval --update-floors`, never lowered by it. See docs/eval.md.',
    floors: sorted,
  };
  writeFileSync(path, JSON.stringify(doc, null, 2) + '\n');
}

export interface FloorViolation {
  file: string;
  figure: FigureName;
  value: number | null;
  floor: number;
}

/** Figures below their floor; a figure that became unmeasurable (null) with a floor > 0 is one too. */
export function checkFloors(files: readonly FileReport[], floors: Floors): FloorViolation[] {
  const out: FloorViolation[] = [];
  for (const f of files) {
    const fl = floors[f.name];
    if (!fl) continue;
    for (const name of FIGURES) {
      const floor = fl[name];
      if (floor === undefined) continue;
      const value = f.figures[name];
      if ((value === null && floor > 0) || (value !== null && value + EPSILON < floor)) out.push({ file: f.name, figure: name, value, floor });
    }
  }
  return out;
}

/** Floors raised to the current figures (rounded down); never lowered. Returns the new table and what rose. */
export function raiseFloors(files: readonly FileReport[], floors: Floors): { floors: Floors; raised: string[] } {
  const next: Floors = JSON.parse(JSON.stringify(floors));
  const raised: string[] = [];
  for (const f of files) {
    const fl = (next[f.name] ??= {});
    for (const name of FIGURES) {
      const value = f.figures[name];
      if (value === null) continue;
      const candidate = floorOf(value);
      const old = fl[name];
      if (old !== undefined && candidate <= old) continue;
      fl[name] = candidate;
      raised.push(`${f.name} ${name}: ${old ?? '-'} -> ${candidate}`);
    }
  }
  return { floors: next, raised };
}
