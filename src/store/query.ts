// EventQuery → parameterised SQL. User input only ever reaches SQLite as bound parameters;
// values that go into GLOB patterns are validated first so they cannot carry wildcards.
import type { EventQuery, StoredEvent } from './store.js';
import { STATUSES } from '../model/analysis.js';

/**
 * Actor matching (registered as the SQL function `code_match`): a query matches a CAMEO actor
 * code when the code starts with it (`RUS` → RUSGOV, RUSMIL) or contains it at a 3-letter
 * boundary, so the actor keys of IGOs work (`NAT` → IGOWSTNAT) and roles can be asked for
 * across countries (`GOV` → USAGOV, DEUGOV).
 */
export function codeMatch(code: string | null, q: string): number {
  if (!code || !q) return 0;
  for (let i = 0; i + q.length <= code.length; i += 3) if (code.startsWith(q, i)) return 1;
  return 0;
}

function actorParam(s: string, what: string): string {
  const q = s.trim().toUpperCase();
  if (!/^[A-Z0-9]{1,30}$/.test(q)) throw new QueryError(`invalid ${what} '${s}' (expected a CAMEO actor code or key, e.g. RUS, USAGOV, NAT)`);
  return q;
}

function list(s: string): string[] {
  return s.split(',').map((x) => x.trim()).filter(Boolean);
}

/** A filter value that cannot be used (the CLI prints it as one line). */
export class QueryError extends Error {}

export type SortKey = NonNullable<EventQuery['sort']>;

/** Column that orders each sort (ties broken by the event row number). */
const SORT_COLUMN: Record<SortKey, string> = { date: 'e.date', '-date': 'e.date', goldstein: 'e.goldstein', '-goldstein': 'e.goldstein' };

export interface Cursor { v: string | number | null; n: number }

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.v, c.n])).toString('base64url');
}

export function decodeCursor(s: string): Cursor {
  try {
    const [v, n] = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof n === 'number' && Number.isInteger(n) && (v === null || typeof v === 'string' || typeof v === 'number')) return { v, n };
  } catch { /* fall through */ }
  throw new QueryError(`invalid cursor '${s}'`);
}

export interface BuiltQuery { sql: string; params: unknown[] }

export const EVENT_COLUMNS = 'e.n AS n, e.json AS json, e.sentence_text AS sentence_text, e.lead AS lead, e.date AS sort_date, e.goldstein AS sort_goldstein, d.key AS key, d.id AS id, d.date AS doc_date, d.lang AS lang, d.url AS url, d.title AS title, d.added AS added';

export function buildEventQuery(q: EventQuery): BuiltQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.actor) {
    const a = actorParam(q.actor, 'actor');
    where.push('(code_match(e.source_code, ?) OR code_match(e.target_code, ?))');
    params.push(a, a);
  }
  if (q.source) { where.push('code_match(e.source_code, ?)'); params.push(actorParam(q.source, 'source')); }
  if (q.target) { where.push('code_match(e.target_code, ?)'); params.push(actorParam(q.target, 'target')); }
  if (q.cameo) {
    const codes = list(q.cameo);
    for (const c of codes) if (!/^\d{1,4}$/.test(c)) throw new QueryError(`invalid CAMEO code '${c}' (expected 1 to 4 digits, e.g. 19 or 112)`);
    if (codes.length) {
      where.push(`(${codes.map(() => 'e.cameo GLOB ?').join(' OR ')})`);
      params.push(...codes.map((c) => `${c}*`));
    }
  }
  if (q.plover) {
    const types = list(q.plover).map((t) => t.toUpperCase());
    if (types.length) { where.push(`e.plover IN (${types.map(() => '?').join(',')})`); params.push(...types); }
  }
  if (q.quad !== undefined) {
    if (![1, 2, 3, 4].includes(q.quad)) throw new QueryError(`invalid quad class '${q.quad}' (expected 1..4)`);
    where.push('e.quad = ?');
    params.push(q.quad);
  }
  if (q.status && q.status.length) {
    for (const s of q.status) if (!(STATUSES as readonly string[]).includes(s)) throw new QueryError(`invalid status '${s}' (expected ${STATUSES.join(', ')})`);
    where.push(`e.status IN (${q.status.map(() => '?').join(',')})`);
    params.push(...q.status);
  }
  // Dates compare as strings; `to` is inclusive of its whole period (to=2024-03 keeps 2024-03-31).
  if (q.from) { where.push('e.date >= ?'); params.push(q.from); }
  if (q.to) { where.push("e.date <> '' AND e.date <= ?"); params.push(`${q.to}~`); }
  if (q.lang) { where.push('d.lang = ?'); params.push(q.lang); }
  if (q.docId) { where.push('(d.id = ? OR d.key = ?)'); params.push(q.docId, q.docId); }
  if (q.text) { where.push('e.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)'); params.push(q.text); }

  const sort = q.sort;
  let order = 'e.n';
  if (sort) {
    const col = SORT_COLUMN[sort];
    if (!col) throw new QueryError(`invalid sort '${sort}' (expected date, -date, goldstein, -goldstein)`);
    const dir = sort.startsWith('-') ? 'DESC' : 'ASC';
    order = `${col} ${dir}, e.n ${dir}`;
    if (q.after) {
      const c = decodeCursor(q.after);
      where.push(`(${col}, e.n) ${dir === 'ASC' ? '>' : '<'} (?, ?)`);
      params.push(c.v, c.n);
    }
  } else if (q.after) {
    where.push('e.n > ?');
    params.push(decodeCursor(q.after).n);
  }
  let sql = `SELECT ${EVENT_COLUMNS} FROM events e JOIN documents d ON d.n = e.doc`;
  if (where.length) sql += ` WHERE ${where.join(' AND ')}`;
  sql += ` ORDER BY ${order}`;
  if (q.limit !== undefined) {
    if (!Number.isInteger(q.limit) || q.limit < 0) throw new QueryError(`invalid limit '${q.limit}'`);
    sql += ' LIMIT ?';
    params.push(q.limit);
  }
  return { sql, params };
}

/** A row of EVENT_COLUMNS → StoredEvent. Fields are set on the parsed record instead of spreading it:
 * spreading costs more than the parse. Shared by the store and the API analytics. */
export function toStoredEvent(r: Record<string, unknown>): StoredEvent {
  const e = JSON.parse(r.json as string) as StoredEvent;
  e.gid = `${r.key}:${e.id}`;
  e.seq = r.n as number;
  e.docKey = r.key as string;
  e.docId = r.id as string;
  e.docDate = (r.doc_date as string | null) ?? null;
  e.lang = r.lang as string;
  e.url = (r.url as string | null) ?? null;
  e.title = (r.title as string | null) ?? null;
  e.sentenceText = r.sentence_text as string;
  e.lead = r.lead === 1;
  e.added = r.added as string;
  return e;
}
