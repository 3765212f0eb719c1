// Gold files (format v1, see ../shared/gold/README.md): types, loading and the
// documents they describe. A malformed gold file is an error that names the file
// and the field; the scorer never guesses what a broken annotation meant.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Document } from '../model/analysis.js';
import { parseTextFile } from '../ingest/text-file.js';

export interface GoldEvent {
  at: string;
  at_n?: number;
  /** Acceptable actor keys; `null` in the list: no actor is also fine. */
  source: Array<string | null>;
  target: Array<string | null>;
  /** Acceptable CAMEO codes, preferred first; null: compare `plover` instead. */
  cameo: string[] | null;
  plover: string | null;
  status: string[];
  optional?: boolean;
  note?: string;
}

export interface GoldActor {
  text: string;
  at?: string;
  at_n?: number;
  code: string[];
  name?: string;
  optional?: boolean;
}

export interface GoldQuote {
  speaker: string;
  speaker_key?: string;
  starts: string;
  ends?: string;
  at_n?: number;
  optional?: boolean;
}

export interface GoldAmount {
  text: string;
  at?: string;
  at_n?: number;
  value: number | null;
  approx: string;
  unit?: string | null;
  vague?: string;
  optional?: boolean;
}

export interface GoldTime {
  text: string;
  at?: string;
  at_n?: number;
  /** Acceptable values; a single value is read as a list of one. null: unresolvable. */
  value: Array<string | null>;
  optional?: boolean;
}

export interface GoldDoc {
  id: string;
  lang: string;
  date: string | null;
  exhaustive: boolean;
  /** The document as analysed. */
  doc: Document;
  events: GoldEvent[];
  actors: GoldActor[];
  quotes: GoldQuote[];
  amounts: GoldAmount[];
  times: GoldTime[];
}

export interface GoldFile {
  /** The path as given. */
  path: string;
  /** The key of the file in the ratchet: its base name. */
  name: string;
  docs: GoldDoc[];
}

export class GoldError extends Error {}

/**
 * The document text of a raw file, built exactly as the ingest reader builds it (a dated
 * archive file loses its ` date YYYY-MM ` prefix; title line and body are analysed), so
 * gold offsets and `lagebild analyze` agree.
 */
export function documentText(raw: string): { text: string; date: string | null; title?: string } {
  const parsed = parseTextFile(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  if (!parsed.ok) throw new GoldError(parsed.reason);
  return { text: parsed.text, date: parsed.date, ...(parsed.title ? { title: parsed.title } : {}) };
}

function fail(where: string, msg: string): never {
  throw new GoldError(`${where}: ${msg}`);
}

function list(v: unknown, where: string, field: string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(where, `'${field}' must be a list`);
  return v;
}

function str(v: unknown, where: string, field: string): string {
  if (typeof v !== 'string' || v === '') fail(where, `'${field}' must be a non-empty string`);
  return v;
}

function keys(v: unknown, where: string, field: string): Array<string | null> {
  if (v === null) return [null];
  if (typeof v === 'string') return [v];
  const l = list(v, where, field);
  for (const k of l) if (k !== null && typeof k !== 'string') fail(where, `'${field}' holds a non-string key`);
  return l as Array<string | null>;
}

function atN(v: unknown, where: string): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isInteger(v) || (v as number) < 1) fail(where, `'at_n' must be a positive integer`);
  return v as number;
}

function readEvent(e: any, where: string): GoldEvent {
  if (!e || typeof e !== 'object') fail(where, 'event is not an object');
  const cameo = e.cameo === null || e.cameo === undefined ? null : (list(e.cameo, where, 'cameo') as unknown[]).map((c) => str(c, where, 'cameo'));
  if (cameo && cameo.length === 0) fail(where, "'cameo' is an empty list (use null to compare PLOVER)");
  const plover = e.plover === null || e.plover === undefined ? null : str(e.plover, where, 'plover');
  const status = (typeof e.status === 'string' ? [e.status] : list(e.status, where, 'status')).map((s) => str(s, where, 'status'));
  return {
    at: str(e.at, where, 'at'), at_n: atN(e.at_n, where),
    source: keys(e.source, where, 'source'), target: keys(e.target, where, 'target'),
    cameo, plover, status, optional: e.optional === true, note: typeof e.note === 'string' ? e.note : undefined,
  };
}

function readDoc(d: any, where: string, sharedDir: string): GoldDoc {
  if (!d || typeof d !== 'object') fail(where, 'document is not an object');
  const id = str(d.id, where, 'id');
  const at = `${where} (${id})`;
  let text: string;
  let fileDate: string | null = null;
  let title: string | undefined;
  if (typeof d.body === 'string') text = d.body;
  else if (typeof d.text === 'string') {
    const p = resolve(sharedDir, d.text);
    let raw: string;
    try {
      raw = readFileSync(p, 'utf8');
    } catch (e) {
      fail(at, `cannot read text '${d.text}': ${(e as Error).message}`);
    }
    try {
      ({ text, date: fileDate, title } = documentText(raw));
    } catch (e) {
      fail(at, `text '${d.text}': ${(e as Error).message}`);
    }
  } else fail(at, "needs 'text' (a path) or 'body'");
  const lang = typeof d.lang === 'string' ? d.lang : null;
  const date = typeof d.date === 'string' ? d.date : fileDate;
  const doc: Document = { id, text, date, lang, ...(title ? { title } : {}) };
  const obj = (x: any, i: number, kind: string) => {
    if (!x || typeof x !== 'object') fail(at, `${kind}[${i}] is not an object`);
    return x;
  };
  return {
    id, lang: lang ?? '', date, exhaustive: d.exhaustive !== false, doc,
    events: list(d.events, at, 'events').map((e, i) => readEvent(e, `${at} events[${i}]`)),
    actors: list(d.actors, at, 'actors').map((a: any, i) => {
      obj(a, i, 'actors');
      const w = `${at} actors[${i}]`;
      return { text: str(a.text, w, 'text'), at: a.at === undefined ? undefined : str(a.at, w, 'at'), at_n: atN(a.at_n, w), code: keys(a.code, w, 'code').filter((c): c is string => c !== null), name: a.name, optional: a.optional === true };
    }),
    quotes: list(d.quotes, at, 'quotes').map((q: any, i) => {
      obj(q, i, 'quotes');
      const w = `${at} quotes[${i}]`;
      return { speaker: str(q.speaker, w, 'speaker'), speaker_key: typeof q.speaker_key === 'string' ? q.speaker_key : undefined, starts: str(q.starts, w, 'starts'), ends: q.ends, at_n: atN(q.at_n, w), optional: q.optional === true };
    }),
    amounts: list(d.amounts, at, 'amounts').map((a: any, i) => {
      obj(a, i, 'amounts');
      const w = `${at} amounts[${i}]`;
      if (a.value !== null && typeof a.value !== 'number') fail(w, "'value' must be a number or null");
      return { text: str(a.text, w, 'text'), at: a.at === undefined ? undefined : str(a.at, w, 'at'), at_n: atN(a.at_n, w), value: a.value, approx: str(a.approx, w, 'approx'), unit: typeof a.unit === 'string' ? a.unit : null, vague: a.vague, optional: a.optional === true };
    }),
    times: list(d.times, at, 'times').map((t: any, i) => {
      obj(t, i, 'times');
      const w = `${at} times[${i}]`;
      return { text: str(t.text, w, 'text'), at: t.at === undefined ? undefined : str(t.at, w, 'at'), at_n: atN(t.at_n, w), value: keys(t.value, w, 'value'), optional: t.optional === true };
    }),
  };
}

/** Parses a gold file already read; `path` locates the `shared/` folder its `text` paths start from. */
export function parseGold(json: string, path: string): GoldFile {
  let data: any;
  try {
    data = JSON.parse(json);
  } catch (e) {
    fail(path, `not valid JSON: ${(e as Error).message}`);
  }
  if (!data || !Array.isArray(data.documents)) fail(path, "expected { \"documents\": [...] }");
  const sharedDir = resolve(dirname(path), '..');
  const docs = (data.documents as unknown[]).map((d, i) => readDoc(d, `${path} documents[${i}]`, sharedDir));
  return { path, name: basename(path), docs };
}

export function loadGold(path: string): GoldFile {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (e) {
    fail(path, `cannot read: ${(e as Error).message}`);
  }
  return parseGold(json, path);
}
