// Political persons: src/kb/people/*.json (arrays of PersonRecord), and the choice of a
// person's code for a document date.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatedCode } from './types.js';
import { dataPath } from '../util/data.js';

export interface PersonRecord {
  id: string;
  name: string;
  variants?: string[];
  codes: DatedCode[];
  default?: string;
  desc?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z0-9]{3,15}$/;

/** Problems of one person record, each a short sentence ('' when fine). */
export function checkPerson(p: unknown): string[] {
  const errs: string[] = [];
  if (!p || typeof p !== 'object') return ['not an object'];
  const r = p as Record<string, unknown>;
  if (typeof r.id !== 'string' || !/^person\.[a-z0-9][a-z0-9.-]*$/.test(r.id)) errs.push(`id ${JSON.stringify(r.id)} must look like "person.first-last"`);
  if (typeof r.name !== 'string' || !r.name.trim()) errs.push('name missing');
  if (r.variants !== undefined && (!Array.isArray(r.variants) || r.variants.some((v) => typeof v !== 'string' || !v.trim()))) errs.push('variants must be a list of non-empty strings');
  if (!Array.isArray(r.codes) || r.codes.length === 0) errs.push('codes must be a non-empty list');
  else {
    for (const c of r.codes as DatedCode[]) {
      if (!c || typeof c.code !== 'string' || !CODE.test(c.code)) errs.push(`bad code ${JSON.stringify(c?.code)}`);
      for (const k of ['from', 'to'] as const) if (c && c[k] !== undefined && (typeof c[k] !== 'string' || !ISO_DATE.test(c[k]!))) errs.push(`${k} ${JSON.stringify(c[k])} is not YYYY-MM-DD`);
      if (c?.from && c?.to && c.from > c.to) errs.push(`range ${c.from}..${c.to} ends before it starts`);
    }
  }
  if (r.default !== undefined && (typeof r.default !== 'string' || !CODE.test(r.default))) errs.push(`bad default ${JSON.stringify(r.default)}`);
  return errs;
}

/** Reads every *.json file of a folder of person lists; errors name the file and the entry. */
export function loadPeopleDir(dir = dataPath('src/kb/people')): PersonRecord[] {
  if (!existsSync(dir)) return [];
  const out: PersonRecord[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(dir, f);
    let rows: unknown;
    try {
      rows = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: ${(e as Error).message}`);
    }
    if (!Array.isArray(rows)) throw new Error(`${path}: expected a JSON array of persons`);
    rows.forEach((r, i) => {
      const errs = checkPerson(r);
      if (errs.length) throw new Error(`${path}: entry ${i} (${(r as PersonRecord)?.id ?? '?'}): ${errs.join('; ')}`);
      out.push(r as PersonRecord);
    });
  }
  return out;
}

/** Day interval [start, end] (ISO strings) of a document date `YYYY`, `YYYY-MM`, `YYYY-MM-DD`. */
export function dateInterval(date: string | null): [string, string] | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) {
    const last = new Date(Date.UTC(+y, +mo, 0)).getUTCDate();
    return [`${y}-${mo}-01`, `${y}-${mo}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** ISO date → day number. Memoised: the same few range bounds and document dates are resolved for
 *  every mention of a dated entity, and Date.parse is costly; cleared when full. */
const DAYS = new Map<string, number>();

function days(iso: string): number {
  let d = DAYS.get(iso);
  if (d === undefined) {
    if (DAYS.size >= 10_000) DAYS.clear();
    d = Date.parse(iso + 'T00:00:00Z') / 86_400_000;
    DAYS.set(iso, d);
  }
  return d;
}

/** dateInterval() as day numbers, memoised per date string (every document resolves its date many times). */
const DAY_INTERVALS = new Map<string, readonly [number, number] | null>();

function dayInterval(date: string | null): readonly [number, number] | null {
  if (!date) return null;
  let iv = DAY_INTERVALS.get(date);
  if (iv === undefined) {
    if (DAY_INTERVALS.size >= 10_000) DAY_INTERVALS.clear();
    const d = dateInterval(date);
    iv = d ? [days(d[0]), days(d[1])] : null;
    DAY_INTERVALS.set(date, iv);
  }
  return iv;
}

/**
 * The code of a dated-code list on a document date. A range counts when it overlaps the
 * document's day interval (a month or year date spans many days); of several, the one
 * covering most of the interval wins, ties to the later one (a hand-over month reports
 * the successor). Outside every range: `fallback` (the person's default), else the
 * nearest range. Unknown date: the latest range.
 */
export function resolveDatedCode(codes: DatedCode[], date: string | null, fallback?: string): string {
  if (codes.length === 0) return fallback ?? '';
  const iv = dayInterval(date);
  if (!iv) {
    let best = codes[0];
    for (const c of codes) if ((c.from ?? '') >= (best.from ?? '')) best = c;
    return best.code;
  }
  const s = iv[0];
  const e = iv[1];
  let best: DatedCode | null = null;
  let bestOverlap = -1;
  let bestFrom = '';
  for (const c of codes) {
    const cs = c.from ? days(c.from) : -Infinity;
    const ce = c.to ? days(c.to) : Infinity;
    const overlap = Math.min(e, ce) - Math.max(s, cs);
    if (overlap < 0) continue;
    if (overlap > bestOverlap || (overlap === bestOverlap && (c.from ?? '') > bestFrom)) {
      best = c;
      bestOverlap = overlap;
      bestFrom = c.from ?? '';
    }
  }
  if (best) return best.code;
  if (fallback) return fallback;
  let near = codes[0];
  let dist = Infinity;
  for (const c of codes) {
    const cs = c.from ? days(c.from) : -Infinity;
    const ce = c.to ? days(c.to) : Infinity;
    const d = Math.min(Math.abs(cs - e), Math.abs(ce - s));
    if (d < dist) { dist = d; near = c; }
  }
  return near.code;
}
