// Query-string validation for the API: every parameter is checked before it reaches the store,
// unknown parameters are refused (a typo must not silently widen a query), and each problem
// becomes a 400 naming the parameter.
import { STATUSES, type Status } from '../model/analysis.js';
import { PLOVER_TYPE_NAMES } from '../model/plover.js';
import { dateProblem } from '../ingest/dates.js';
import { decodeCursor, QueryError } from '../store/query.js';
import type { AxQuery, TimelineBucket, TimelineBy } from '../store/analytics.js';
import { EXPORT_FORMATS, type ExportFormat } from '../export/index.js';

/** An error the client caused: sent as `{ error: { status, message, param? } }`. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly param?: string) {
    super(message);
  }
}

export const FILTER_PARAMS = ['actor', 'source', 'target', 'dyad', 'cameo', 'plover', 'quad', 'status', 'from', 'to', 'lang', 'q', 'doc'] as const;
export const PAGE_PARAMS = ['limit', 'cursor', 'sort'] as const;

const ACTOR = /^[A-Za-z0-9]{1,30}$/;
/** `ingest` = the store's order of storing; the API's default is newest first. */
const SORTS = ['-date', 'date', 'goldstein', '-goldstein', 'ingest'] as const;

function bad(param: string, message: string): never {
  throw new HttpError(400, `${param}: ${message}`, param);
}

/** Refuses parameters outside `allowed` and repeated parameters. */
export function checkParams(sp: URLSearchParams, allowed: readonly string[]): void {
  const seen = new Set<string>();
  for (const k of sp.keys()) {
    if (!allowed.includes(k)) throw new HttpError(400, `unknown parameter '${k.slice(0, 40)}' (allowed: ${allowed.join(', ') || 'none'})`, k.slice(0, 40));
    if (seen.has(k)) bad(k, 'given more than once');
    seen.add(k);
  }
}

function str(sp: URLSearchParams, k: string, max = 200): string | undefined {
  const v = sp.get(k);
  if (v === null || v.trim() === '') return undefined;
  if (v.length > max) bad(k, `too long (at most ${max} characters)`);
  return v.trim();
}

function actor(sp: URLSearchParams, k: string): string | undefined {
  const v = str(sp, k);
  if (v === undefined) return undefined;
  if (!ACTOR.test(v)) bad(k, `'${v.slice(0, 40)}' is not an actor code (letters and digits, e.g. RUS, USAGOV, NAT)`);
  return v.toUpperCase();
}

export function intParam(sp: URLSearchParams, k: string, def: number, min: number, max: number): number {
  const v = str(sp, k, 20);
  if (v === undefined) return def;
  if (!/^\d+$/.test(v)) bad(k, `'${v}' is not a whole number`);
  const n = Number(v);
  if (n < min || n > max) bad(k, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

export function enumParam<T extends string>(sp: URLSearchParams, k: string, values: readonly T[], def: T): T {
  const v = str(sp, k, 40);
  if (v === undefined) return def;
  if (!(values as readonly string[]).includes(v)) bad(k, `'${v}' is not one of ${values.join(', ')}`);
  return v as T;
}

/** The event filters shared by events, actors, dyads, timeline and export. */
export function eventQuery(sp: URLSearchParams): AxQuery {
  const q: AxQuery = {};
  const a = actor(sp, 'actor');
  if (a) q.actor = a;
  const s = actor(sp, 'source');
  if (s) q.source = s;
  const t = actor(sp, 'target');
  if (t) q.target = t;
  const dyad = str(sp, 'dyad', 80);
  if (dyad !== undefined) {
    const parts = dyad.split(/[,~]/).map((x) => x.trim());
    if (parts.length !== 2 || !parts.every((x) => ACTOR.test(x))) bad('dyad', `expected two actor codes separated by a comma (e.g. RUS,PRK), got '${dyad.slice(0, 40)}'`);
    q.dyad = [parts[0].toUpperCase(), parts[1].toUpperCase()];
  }
  const cameo = str(sp, 'cameo', 100);
  if (cameo !== undefined) {
    for (const c of cameo.split(',')) if (!/^\d{1,4}$/.test(c.trim())) bad('cameo', `'${c.slice(0, 20)}' is not a CAMEO code or root (1 to 4 digits, e.g. 19 or 112)`);
    q.cameo = cameo;
  }
  const plover = str(sp, 'plover', 200);
  if (plover !== undefined) {
    for (const p of plover.split(',')) {
      if (!(PLOVER_TYPE_NAMES as readonly string[]).includes(p.trim().toUpperCase())) bad('plover', `'${p.slice(0, 20)}' is not a PLOVER type (${PLOVER_TYPE_NAMES.join(', ')})`);
    }
    q.plover = plover.toUpperCase();
  }
  const quad = str(sp, 'quad', 5);
  if (quad !== undefined) {
    if (!/^[1-4]$/.test(quad)) bad('quad', `'${quad}' is not a QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)`);
    q.quad = Number(quad);
  }
  const status = str(sp, 'status', 200);
  if (status !== undefined) {
    const list = status.split(',').map((x) => x.trim()).filter(Boolean);
    for (const x of list) if (!(STATUSES as readonly string[]).includes(x)) bad('status', `'${x.slice(0, 20)}' is not a status (${STATUSES.join(', ')})`);
    q.status = list as Status[];
  }
  for (const k of ['from', 'to'] as const) {
    const v = str(sp, k, 10);
    if (v === undefined) continue;
    const problem = dateProblem(v);
    if (problem) bad(k, problem);
    q[k] = v;
  }
  const lang = str(sp, 'lang', 3);
  if (lang !== undefined) {
    if (!/^[a-z]{2,3}$/.test(lang)) bad('lang', `'${lang}' is not a language code (e.g. de, en)`);
    q.lang = lang;
  }
  const text = str(sp, 'q', 500);
  if (text !== undefined) q.text = text;
  const doc = str(sp, 'doc', 300);
  if (doc !== undefined) q.docId = doc;
  return q;
}

/** Filters plus limit, cursor and sort for `GET /api/events`. */
export function pageQuery(sp: URLSearchParams): AxQuery {
  const q = eventQuery(sp);
  q.limit = intParam(sp, 'limit', 50, 1, 500);
  const sort = str(sp, 'sort', 20) ?? '-date';
  if (!(SORTS as readonly string[]).includes(sort)) bad('sort', `'${sort}' is not one of ${SORTS.join(', ')}`);
  if (sort !== 'ingest') q.sort = sort as AxQuery['sort'];
  const cursor = str(sp, 'cursor', 400);
  if (cursor !== undefined) {
    try {
      decodeCursor(cursor);
    } catch {
      bad('cursor', 'not a cursor returned by this API');
    }
    q.after = cursor;
  }
  return q;
}

export const TIMELINE_BUCKETS: readonly TimelineBucket[] = ['day', 'week', 'month'];
export const TIMELINE_BY: readonly TimelineBy[] = ['quad', 'plover'];
export const FORMATS: readonly ExportFormat[] = EXPORT_FORMATS;

/** Store-side query errors (bad FTS syntax, odd cursor) are the client's too. */
export function clientError(e: unknown): HttpError | null {
  if (e instanceof HttpError) return e;
  if (e instanceof QueryError) return new HttpError(400, e.message);
  const msg = (e as Error)?.message ?? '';
  if ((e as { code?: string })?.code === 'SQLITE_ERROR' && /fts5|unterminated|syntax error|no such column/i.test(msg)) {
    return new HttpError(400, `q: not a valid full-text query (${msg.replace(/^fts5: /, '')}); use words, "phrases", OR, NOT, prefix*`, 'q');
  }
  return null;
}
