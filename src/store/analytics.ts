// Read-side analytics for the HTTP API: filtered event pages, actors, dyads, timelines and
// full-text search over a SQLite store.
//
// Why extra tables: the store's `events` rows are wide (the full JSON record and the sentence),
// so aggregating or scanning them for a million events is slow, and the store's actor filter is
// a SQL function that no index can serve. The analytics layer keeps two narrow, indexed copies
// that it owns and brings up to date itself (events are only ever appended, so a watermark on
// the event row number is enough):
//   ax_ev     one row per event: the filter columns (date, quad, root, plover, status, lang, actors)
//   ax_key    one row per event and actor key: every 3-letter-aligned part of the source and target
//             codes (RUSGOVMIL → RUS, RUSGOV, RUSGOVMIL, GOV, GOVMIL, MIL), with the side(s) as a bit
//             mask. The store's actor matching (`RUS` → RUSGOV, `NAT` → IGOWSTNAT, query.ts codeMatch)
//             is then one index lookup `key = ?`, already in date order, so a page of an actor's
//             newest events reads ~50 rows and an actor's timeline reads only that actor's rows.
//   ax_day    counts per day × quad × root × plover × status × lang, so timelines without actor
//             or text filters read a few thousand rows instead of every event.
// All user input reaches SQLite as bound parameters; the few values spliced into SQL are
// validated here first (actor codes, CAMEO digits) or come from fixed tables (sort columns).
import type Database from 'better-sqlite3';
import { STATUSES, type Status } from '../model/analysis.js';
import { codeMatch, decodeCursor, encodeCursor, EVENT_COLUMNS, QueryError, toStoredEvent } from './query.js';
import type { EventPage, EventQuery, StoredEvent } from './store.js';

export { QueryError };

/** EventQuery plus the filters only the API has. */
export interface AxQuery extends EventQuery {
  /** Two actors in either direction (`[RUS, PRK]` matches RUS → PRK and PRK → RUS). */
  dyad?: [string, string];
}

export type TimelineBucket = 'day' | 'week' | 'month';
export type TimelineBy = 'quad' | 'plover';

export interface TimelinePoint { bucket: string; counts: Record<string, number>; total: number }
export interface Timeline {
  bucket: TimelineBucket;
  by: TimelineBy;
  /** Every bucket between the first and the last with events, empty ones included (charts need them). */
  points: TimelinePoint[];
  /** The keys that occur (quad classes '1'..'4' or PLOVER types; events without a PLOVER type count as 'NONE'). */
  keys: string[];
  /** Events whose date is coarser than the bucket (a month when days are asked for). */
  coarse: number;
  /** Events without any date. */
  undated: number;
}

export interface ActorCount { code: string; name: string | null; events: number; asSource: number; asTarget: number }
export interface DyadCount {
  /** The two codes in sorted order. */
  a: string;
  b: string;
  aName: string | null;
  bName: string | null;
  events: number;
  aToB: number;
  bToA: number;
  meanGoldstein: number | null;
  /** Events per QuadClass 1..4 (index 0 = quad 1). */
  quads: [number, number, number, number];
}
export interface SearchHit {
  docKey: string;
  docId: string;
  title: string | null;
  date: string | null;
  lang: string;
  events: number;
  /** The snippet as plain-text pieces; `hit` marks the matched words (no markup to escape). */
  snippet: { text: string; hit: boolean }[];
}

type Row = Record<string, unknown>;

/** Bump when the tables below change: older analytics tables are then dropped and rebuilt. */
const AX_VERSION = 7;
const DROP = 'DROP TABLE IF EXISTS ax_ev; DROP TABLE IF EXISTS ax_actor; DROP TABLE IF EXISTS ax_key; DROP TABLE IF EXISTS ax_day; DROP TABLE IF EXISTS ax_parts;'
  + ' DROP TABLE IF EXISTS ax_pair; DROP TABLE IF EXISTS ax_pair_m; DROP TABLE IF EXISTS ax_kday; DROP TABLE IF EXISTS ax_code_m; DROP TABLE IF EXISTS ax_pday; DROP TABLE IF EXISTS ax_dayq;';

/** QuadClass slots of the rollups: 0 = no quad class, 1..4. */
const SLOTS = [0, 1, 2, 3, 4] as const;
const slotCols = (prefix: string) => SLOTS.map((k) => `${prefix}${k}`);
/** Per slot: events a → b, events b → a, Goldstein sum, events with a Goldstein value. */
const PAIR_COLS = [...slotCols('ab'), ...slotCols('ba'), ...slotCols('g'), ...slotCols('n')];
/** Per slot: events with the code as source, as target. */
const CODE_COLS = [...slotCols('s'), ...slotCols('t')];
/** Per slot: events with the key on either side, as source, as target. */
const KDAY_COLS = [...slotCols('q'), ...slotCols('s'), ...slotCols('t')];
const intCols = (cols: string[]) => cols.map((c) => `${c} ${c.startsWith('g') ? 'REAL' : 'INTEGER'} NOT NULL`).join(', ');

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ax_meta (k TEXT PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ax_ev (
  n INTEGER PRIMARY KEY, doc INTEGER NOT NULL, date TEXT NOT NULL, quad INTEGER, root TEXT, cameo TEXT,
  plover TEXT, status TEXT, lang TEXT, src TEXT, tgt TEXT, gs REAL
);
CREATE TABLE IF NOT EXISTS ax_key (
  key TEXT NOT NULL, date TEXT NOT NULL, n INTEGER NOT NULL, side INTEGER NOT NULL, quad INTEGER, plover TEXT,
  PRIMARY KEY (key, date, n)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ax_parts (len INTEGER NOT NULL, k INTEGER NOT NULL, l INTEGER NOT NULL, PRIMARY KEY (len, k, l)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ax_day (
  day TEXT NOT NULL, quad INTEGER NOT NULL, root TEXT NOT NULL, plover TEXT NOT NULL, status TEXT NOT NULL, lang TEXT NOT NULL, cnt INTEGER NOT NULL,
  PRIMARY KEY (day, quad, root, plover, status, lang)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ax_pair (a TEXT NOT NULL, b TEXT NOT NULL, ${intCols(PAIR_COLS)}, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ax_pair_m (p TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, ${intCols(PAIR_COLS)}, PRIMARY KEY (p, a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ax_code_m (p TEXT NOT NULL, code TEXT NOT NULL, ${intCols(CODE_COLS)}, PRIMARY KEY (p, code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ax_pday (a TEXT NOT NULL, b TEXT NOT NULL, date TEXT NOT NULL, ${intCols(slotCols('q'))}, PRIMARY KEY (a, b, date)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ax_dayq (day TEXT PRIMARY KEY, ${intCols(slotCols('q'))}) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ax_kday (key TEXT NOT NULL, date TEXT NOT NULL, ${intCols(KDAY_COLS)}, PRIMARY KEY (key, date)) WITHOUT ROWID;
`;

/** Secondary indexes: created after the first fill (building them at the end is much faster than keeping them up to date row by row). */
const INDEXES = `
CREATE INDEX IF NOT EXISTS ax_ev_date ON ax_ev(date, n);
CREATE INDEX IF NOT EXISTS ax_ev_quad ON ax_ev(quad, date);
CREATE INDEX IF NOT EXISTS ax_ev_root ON ax_ev(root, date);
CREATE INDEX IF NOT EXISTS ax_ev_cameo ON ax_ev(cameo, date);
CREATE INDEX IF NOT EXISTS ax_ev_plover ON ax_ev(plover, date);
CREATE INDEX IF NOT EXISTS ax_ev_status ON ax_ev(status, date);
CREATE INDEX IF NOT EXISTS ax_ev_doc ON ax_ev(doc);
CREATE INDEX IF NOT EXISTS ax_ev_gs ON ax_ev(gs, n);
CREATE INDEX IF NOT EXISTS ax_key_n ON ax_key(key, n, side);
CREATE INDEX IF NOT EXISTS ax_pair_b ON ax_pair(b);
`;

/**
 * SELECT list that rolls events (columns s, t = codes or '', k = quad slot, gs) up into pair rows:
 * the pair is stored once in sorted order (a <= b); direction and QuadClass become columns.
 */
const PAIR_SELECT = `min(s, t) AS a, max(s, t) AS b, ${[
  ...SLOTS.map((k) => `sum(s <= t AND k = ${k})`), ...SLOTS.map((k) => `sum(s > t AND k = ${k})`),
  ...SLOTS.map((k) => `total(CASE WHEN k = ${k} THEN gs END)`), ...SLOTS.map((k) => `count(CASE WHEN k = ${k} THEN gs END)`),
].join(', ')}`;
/** ax_ev rows as the columns PAIR_SELECT reads. */
const PAIR_SOURCE = "SELECT coalesce(x.src, '') AS s, coalesce(x.tgt, '') AS t, CASE WHEN x.quad IN (1, 2, 3, 4) THEN x.quad ELSE 0 END AS k, x.gs AS gs, x.date AS date";
const KDAY_SELECT = `key, date, ${[
  ...SLOTS.map((k) => `sum(k = ${k})`), ...SLOTS.map((k) => `sum(k = ${k} AND side & 1)`), ...SLOTS.map((k) => `sum(k = ${k} AND side & 2)`),
].join(', ')}`;
/** SELECT list over (p, code, k, side) rows: per month and code, events per slot as source and as target. */
const CODE_SELECT = `p, code, ${[...SLOTS.map((k) => `sum(k = ${k} AND side = 1)`), ...SLOTS.map((k) => `sum(k = ${k} AND side = 2)`)].join(', ')}`;
/** (p, code, k, side) rows of the ax_ev rows selected by WHERE (placeholder %W). */
const CODE_SOURCE = `SELECT substr(x.date, 1, 7) AS p, x.src AS code, CASE WHEN x.quad IN (1, 2, 3, 4) THEN x.quad ELSE 0 END AS k, 1 AS side FROM ax_ev x WHERE %W AND x.src IS NOT NULL
  UNION ALL SELECT substr(x.date, 1, 7), x.tgt, CASE WHEN x.quad IN (1, 2, 3, 4) THEN x.quad ELSE 0 END, 2 FROM ax_ev x WHERE %W AND x.tgt IS NOT NULL`;
const addCols = (cols: string[]) => cols.map((c) => `${c} = ${c} + excluded.${c}`).join(', ');

/**
 * The key parts of a code of each length (1..36): start offset k (0, 3, 6 …) and length l, for
 * every 3-aligned prefix of every boundary suffix, and the whole suffix when its length is not a
 * multiple of 3. Joined on the code length, so each code meets only its own few parts.
 */
function partRows(): [number, number, number][] {
  const rows: [number, number, number][] = [];
  for (let len = 1; len <= 36; len++) {
    for (let k = 0; k < len; k += 3) {
      for (let l = 3; k + l <= len; l += 3) rows.push([len, k, l]);
      if ((len - k) % 3 !== 0) rows.push([len, k, len - k]);
    }
  }
  return rows;
}

const SORTS = {
  date: ['x.date', 'ASC'], '-date': ['x.date', 'DESC'], goldstein: ['x.gs', 'ASC'], '-goldstein': ['x.gs', 'DESC'],
} as const;

function actorCode(s: string, what: string): string {
  const q = s.trim().toUpperCase();
  if (!/^[A-Z0-9]{1,30}$/.test(q)) throw new QueryError(`invalid ${what} '${s}' (expected a CAMEO actor code or key, e.g. RUS, USAGOV, NAT)`);
  return q;
}

function list(s: string): string[] {
  return s.split(',').map((x) => x.trim()).filter(Boolean);
}

interface Where {
  from: string;
  /** The key tables alone (when driven): enough when no condition reads ax_ev. */
  keyFrom: string;
  /** True when ax_key (alias k) drives the query. */
  driven: boolean;
  /** True when a condition reads ax_ev (alias x). */
  usesX: boolean;
  sql: string;
  params: unknown[];
}

/** ISO week start (Monday) of a `YYYY-MM-DD` day. */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

/** Monday of ISO week `w` of `year`. */
function isoWeekMonday(year: number, w: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  jan4.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (w - 1) * 7);
  return jan4.toISOString().slice(0, 10);
}

/**
 * The bucket of an event date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or ISO week `YYYY-Www`), or null
 * when the date is coarser than the bucket. A week lies in the month of its Thursday (ISO rule).
 */
export function bucketOf(date: string, bucket: TimelineBucket): string | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  if (week) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
    if (bucket === 'week') return monday;
    if (bucket === 'month') {
      const thu = new Date(`${monday}T00:00:00Z`);
      thu.setUTCDate(thu.getUTCDate() + 3);
      return thu.toISOString().slice(0, 7);
    }
    return null;
  }
  if (bucket === 'month') return date.length >= 7 ? date.slice(0, 7) : null;
  if (date.length < 10) return null;
  return bucket === 'day' ? date.slice(0, 10) : weekOf(date.slice(0, 10));
}

function nextBucket(b: string, bucket: TimelineBucket): string {
  if (bucket === 'month') {
    const [y, m] = b.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const d = new Date(`${b}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (bucket === 'week' ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

interface PairSum { a: string; b: string; ab: number; ba: number; g: number; n: number; quads: [number, number, number, number] }

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Which per-month rollup rows (column p = first 7 characters of the date) lie wholly inside the
 * date bounds of `q` (`cond`), and for the at most two months the bounds cut through, the event
 * conditions on ax_ev x that select their matching events (`cut`). A month p holds dates that
 * start with p, all in [p, p + '~'); dates shorter than 7 characters are their own row.
 */
function monthCover(q: AxQuery): { cond: string; params: unknown[]; cut: { sql: string; params: unknown[] }[] } {
  const lo = q.from;
  const hi = q.to ? `${q.to}~` : undefined;
  if (!lo && !hi) return { cond: '1', params: [], cut: [] };
  const cond: string[] = ["p <> ''"];
  const params: unknown[] = [];
  if (lo) { cond.push('p >= ?'); params.push(lo); }
  if (hi) { cond.push("(CASE WHEN length(p) < 7 THEN p ELSE p || '~' END) <= ?"); params.push(hi); }
  const cut = [...new Set([lo?.slice(0, 7), hi?.slice(0, 7)])]
    .filter((s): s is string => s !== undefined && s.length === 7 && !((!lo || s >= lo) && (!hi || `${s}~` <= hi)))
    .map((s) => {
      const c = ['x.date >= ?', 'x.date < ?'];
      const cp: unknown[] = [lo && lo > s ? lo : s, `${s}~`];
      if (hi) { c.push('x.date <= ?'); cp.push(hi); }
      return { sql: c.join(' AND '), params: cp };
    });
  return { cond: cond.join(' AND '), params, cut };
}

/** True when `q` sets no filter outside `allowed`. */
function onlyFilters(q: AxQuery, allowed: (keyof AxQuery)[]): boolean {
  const filters: (keyof AxQuery)[] = ['actor', 'source', 'target', 'dyad', 'cameo', 'plover', 'quad', 'status', 'from', 'to', 'lang', 'text', 'docId'];
  return filters.every((f) => {
    if (allowed.includes(f)) return true;
    const v = q[f];
    return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  });
}

export class Analytics {
  private readonly nameCache = new Map<string, string | null>();
  private readonly stmts = new Map<string, Database.Statement>();
  private synced = -1;
  private readonly keyRows = new Map<string, number>();
  private codeList: string[] | null = null;
  private keyPk: string | null | undefined;

  /** `writable: false` for a second, read-only connection (exports) that relies on the tables another connection maintains. */
  constructor(readonly db: Database.Database, private readonly writable = true) {
    if (writable) {
      const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ax_meta'").get() !== undefined;
      const v = hasMeta ? db.prepare("SELECT v FROM ax_meta WHERE k = 'version'").pluck().get() : null;
      if (v !== AX_VERSION) {
        db.exec(DROP);
        db.exec(SCHEMA);
        const part = db.prepare('INSERT INTO ax_parts (len, k, l) VALUES (?, ?, ?)');
        for (const r of partRows()) part.run(...r);
        db.prepare("INSERT OR REPLACE INTO ax_meta (k, v) VALUES ('version', ?)").run(AX_VERSION);
      }
      // A first fill runs before the secondary indexes exist, with a large page cache and
      // in-memory sorting (the grouping and index builds sort millions of rows); then the
      // connection's settings are restored.
      const first = (db.prepare('SELECT max(n) FROM ax_ev').pluck().get() ?? 0) === 0;
      const cache = db.pragma('cache_size', { simple: true }) as number;
      const temp = db.pragma('temp_store', { simple: true }) as number;
      if (first) db.exec('PRAGMA cache_size = -524288; PRAGMA temp_store = MEMORY');
      try {
        this.sync();
        db.exec(INDEXES);
      } finally {
        if (first) db.exec(`PRAGMA cache_size = ${Number(cache)}; PRAGMA temp_store = ${Number(temp)}`);
      }
    }
  }

  private prepare(sql: string): Database.Statement {
    let st = this.stmts.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      if (this.stmts.size > 300) this.stmts.clear();
      this.stmts.set(sql, st);
    }
    return st;
  }

  /**
   * Copies events stored since the last call into the analytics tables (one transaction).
   * Cheap when nothing changed: two primary-key lookups. Returns the number of events added.
   */
  sync(): number {
    if (!this.writable) return 0;
    const top = (this.prepare('SELECT max(n) FROM events').pluck().get() as number | null) ?? 0;
    if (top === this.synced) return 0;
    const have = (this.prepare('SELECT max(n) FROM ax_ev').pluck().get() as number | null) ?? 0;
    if (have >= top) { this.synced = top; return 0; }
    const run = this.db.transaction((from: number) => {
      const added = this.db.prepare(`INSERT INTO ax_ev (n, doc, date, quad, root, cameo, plover, status, lang, src, tgt, gs)
        SELECT e.n, e.doc, e.date, e.quad, e.root, e.cameo, e.plover, e.status, d.lang, e.source_code, e.target_code, e.goldstein
        FROM events e JOIN documents d ON d.n = e.doc WHERE e.n > ? ORDER BY e.n`).run(from).changes;
      // Keys: aligned parts of every boundary suffix (and the whole suffix for odd-length codes).
      // Grouped (and so sorted) before inserting: appends to the key table's b-tree instead of
      // random inserts, and one row per event and key with the sides OR-ed (sum of distinct bits).
      this.db.prepare(`INSERT INTO ax_key (key, date, n, side, quad, plover)
        SELECT substr(a.code, b.k + 1, b.l) AS key, a.date, a.n, sum(DISTINCT a.side), a.quad, a.plover FROM
          (SELECT n, date, quad, plover, src AS code, 1 AS side FROM ax_ev WHERE n > ? AND src IS NOT NULL
           UNION ALL SELECT n, date, quad, plover, tgt, 2 FROM ax_ev WHERE n > ? AND tgt IS NOT NULL) a
        JOIN ax_parts b ON b.len = length(a.code)
        WHERE 1 GROUP BY 1, 2, 3
        ON CONFLICT (key, date, n) DO UPDATE SET side = side | excluded.side`).run(from, from);
      this.db.prepare(`INSERT INTO ax_day (day, quad, root, plover, status, lang, cnt)
        SELECT date, coalesce(quad, 0), coalesce(root, ''), coalesce(plover, ''), status, coalesce(lang, ''), count(*)
        FROM ax_ev WHERE n > ? GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT DO UPDATE SET cnt = cnt + excluded.cnt`).run(from);
      // Rollups for actors, dyads and actor timelines (see actorsAndDyads, timeline).
      this.db.prepare(`INSERT INTO ax_pair (a, b, ${PAIR_COLS.join(', ')})
        SELECT ${PAIR_SELECT} FROM (${PAIR_SOURCE} FROM ax_ev x WHERE x.n > ?) WHERE 1 GROUP BY 1, 2
        ON CONFLICT DO UPDATE SET ${addCols(PAIR_COLS)}`).run(from);
      this.db.prepare(`INSERT INTO ax_pair_m (p, a, b, ${PAIR_COLS.join(', ')})
        SELECT substr(date, 1, 7), ${PAIR_SELECT} FROM (${PAIR_SOURCE} FROM ax_ev x WHERE x.n > ?) WHERE 1 GROUP BY 1, 2, 3
        ON CONFLICT DO UPDATE SET ${addCols(PAIR_COLS)}`).run(from);
      this.db.prepare(`INSERT INTO ax_pday (a, b, date, ${slotCols('q').join(', ')})
        SELECT min(s, t), max(s, t), date, ${SLOTS.map((k) => `sum(k = ${k})`).join(', ')} FROM (${PAIR_SOURCE} FROM ax_ev x WHERE x.n > ? AND x.src IS NOT NULL AND x.tgt IS NOT NULL)
        WHERE 1 GROUP BY 1, 2, 3
        ON CONFLICT DO UPDATE SET ${addCols(slotCols('q'))}`).run(from);
      this.db.prepare(`INSERT INTO ax_dayq (day, ${slotCols('q').join(', ')})
        SELECT date, ${SLOTS.map((k) => `sum(k = ${k})`).join(', ')} FROM (${PAIR_SOURCE} FROM ax_ev x WHERE x.n > ?) WHERE 1 GROUP BY 1
        ON CONFLICT DO UPDATE SET ${addCols(slotCols('q'))}`).run(from);
      this.db.prepare(`INSERT INTO ax_code_m (p, code, ${CODE_COLS.join(', ')})
        SELECT ${CODE_SELECT} FROM (${CODE_SOURCE.replaceAll('%W', 'x.n > ?')}) WHERE 1 GROUP BY 1, 2
        ON CONFLICT DO UPDATE SET ${addCols(CODE_COLS)}`).run(from, from);
      // On the first fill the key table is read in its own order (no sort); later only the new events' keys.
      const keyRows = from === 0
        ? "SELECT key, date, side, CASE WHEN quad IN (1, 2, 3, 4) THEN quad ELSE 0 END AS k FROM ax_key"
        : `SELECT key, date, side, CASE WHEN quad IN (1, 2, 3, 4) THEN quad ELSE 0 END AS k FROM ax_key
           WHERE (key, date, n) IN (SELECT substr(a.code, b.k + 1, b.l), a.date, a.n FROM
             (SELECT n, date, src AS code FROM ax_ev WHERE n > ${Number(from)} AND src IS NOT NULL
              UNION ALL SELECT n, date, tgt FROM ax_ev WHERE n > ${Number(from)} AND tgt IS NOT NULL) a
             JOIN ax_parts b ON b.len = length(a.code))`;
      this.db.prepare(`INSERT INTO ax_kday (key, date, ${KDAY_COLS.join(', ')})
        SELECT ${KDAY_SELECT} FROM (${keyRows}) WHERE 1 GROUP BY 1, 2
        ON CONFLICT DO UPDATE SET ${addCols(KDAY_COLS)}`).run();
      return added;
    });
    const added = run(have) as number;
    this.keyRows.clear();
    this.codeList = null;
    // Fresh statistics let the planner pick between the date index and the filter indexes
    // (sampled: a full ANALYZE of a million-event store takes many seconds).
    if (added > 10000 || have === 0) this.db.exec('PRAGMA analysis_limit = 2000; ANALYZE ax_ev; ANALYZE ax_key; ANALYZE ax_day');
    this.synced = top;
    return added;
  }

  /** Number of key-table rows of an actor key (memoised until the next sync adds events). */
  private keyCount(key: string): number {
    let c = this.keyRows.get(key);
    if (c === undefined) {
      c = (this.prepare(`SELECT total(${slotCols('q').join(' + ')}) FROM ax_kday WHERE key = ?`).pluck().get(key) as number) ?? 0;
      if (this.keyRows.size > 10000) this.keyRows.clear();
      this.keyRows.set(key, c);
    }
    return c;
  }

  /**
   * FROM and WHERE over `ax_ev x` for the filters of `q` (sort and paging excluded). When an actor
   * filter is a key of the ax_key table (3, 6, 9 … letters), that table drives the query as `k`:
   * its index yields the actor's events in date order. Other actor filters check the codes with
   * the store's code_match() on each remaining row.
   */
  where(q: AxQuery): Where {
    const w: string[] = [];
    const p: unknown[] = [];
    let keyFrom = '';
    let driven = false;
    const aligned = (c: string) => c.length % 3 === 0;
    /** Uses `code` on `side` (1 source, 2 target, 3 either) as the driving key when none is set yet. */
    const drive = (code: string, side: 1 | 2 | 3): boolean => {
      if (driven || !aligned(code)) return false;
      driven = true;
      keyFrom = 'ax_key k';
      w.push('k.key = ?');
      p.push(code);
      if (side !== 3) w.push(`k.side & ${side}`);
      return true;
    };
    if (q.actor) {
      const a = actorCode(q.actor, 'actor');
      if (!drive(a, 3)) { w.push('(code_match(x.src, ?) OR code_match(x.tgt, ?))'); p.push(a, a); }
    }
    if (q.source) {
      const a = actorCode(q.source, 'source');
      if (!drive(a, 1)) { w.push('code_match(x.src, ?)'); p.push(a); }
    }
    if (q.target) {
      const a = actorCode(q.target, 'target');
      if (!drive(a, 2)) { w.push('code_match(x.tgt, ?)'); p.push(a); }
    }
    if (q.dyad) {
      const a = actorCode(q.dyad[0], 'dyad actor');
      const b = actorCode(q.dyad[1], 'dyad actor');
      if (!driven && aligned(a) && aligned(b)) {
        // The rarer actor drives; the other is a key lookup on the same event (k2), and the side
        // bits say who is source and who target.
        const rows = (c: string) => this.keyCount(c);
        const [x, y] = rows(a) <= rows(b) ? [a, b] : [b, a];
        drive(x, 3);
        // Same event, same date: a primary-key lookup (key, date, n).
        // CROSS JOIN keeps the rarer key outside (in date order), the other one looked up per row.
        keyFrom += ' CROSS JOIN ax_key k2 ON k2.key = ? AND k2.date = k.date AND k2.n = k.n';
        p.unshift(y);
        w.push('(((k.side & 1) AND (k2.side & 2)) OR ((k.side & 2) AND (k2.side & 1)))');
      } else {
        w.push('((code_match(x.src, ?) AND code_match(x.tgt, ?)) OR (code_match(x.src, ?) AND code_match(x.tgt, ?)))');
        p.push(a, b, b, a);
      }
    }
    if (q.cameo) {
      const codes = list(q.cameo);
      for (const c of codes) if (!/^\d{1,4}$/.test(c)) throw new QueryError(`invalid CAMEO code '${c}' (expected 1 to 4 digits, e.g. 19 or 112)`);
      if (codes.length) {
        // Roots use their index; longer codes are prefixes of the full code.
        // Roots use their index; other codes are prefix ranges on the code index.
        w.push(`(${codes.map((c) => (c.length === 2 ? 'x.root = ?' : '(x.cameo >= ? AND x.cameo < ?)')).join(' OR ')})`);
        for (const c of codes) p.push(...(c.length === 2 ? [c] : [c, `${c}~`]));
      }
    }
    if (q.plover) {
      const types = list(q.plover).map((t) => t.toUpperCase());
      if (types.length) { w.push(`x.plover IN (${types.map(() => '?').join(',')})`); p.push(...types); }
    }
    if (q.quad !== undefined) {
      if (![1, 2, 3, 4].includes(q.quad)) throw new QueryError(`invalid quad class '${q.quad}' (expected 1..4)`);
      w.push('x.quad = ?');
      p.push(q.quad);
    }
    if (q.status && q.status.length) {
      for (const s of q.status) if (!(STATUSES as readonly string[]).includes(s)) throw new QueryError(`invalid status '${s}' (expected ${STATUSES.join(', ')})`);
      w.push(`x.status IN (${q.status.map(() => '?').join(',')})`);
      p.push(...q.status);
    }
    // Same date semantics as the store: strings compare, `to` includes its whole period.
    if (q.from) { w.push('x.date >= ?'); p.push(q.from); }
    if (q.to) { w.push("x.date <> '' AND x.date <= ?"); p.push(`${q.to}~`); }
    if (q.lang) { w.push('x.lang = ?'); p.push(q.lang); }
    if (q.docId) { w.push('x.doc IN (SELECT n FROM documents WHERE id = ? OR key = ?)'); p.push(q.docId, q.docId); }
    if (q.text) { w.push('x.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)'); p.push(q.text); }
    const from = driven ? `${keyFrom} JOIN ax_ev x ON x.n = k.n` : 'ax_ev x';
    return { from, keyFrom, driven, usesX: w.some((c) => c.includes('x.')), sql: w.length ? w.join(' AND ') : '1', params: p };
  }

  private orderAndCursor(q: AxQuery, w: Where): { order: string; where: Where } {
    const where = { ...w, params: [...w.params] };
    // With a driving key the key table's columns order the rows, so its index serves the ORDER BY.
    const t = w.driven ? 'k' : 'x';
    if (!q.sort) {
      if (q.after) { where.sql += ` AND ${t}.n > ?`; where.params.push(decodeCursor(q.after).n); }
      return { order: `${t}.n`, where };
    }
    const s = SORTS[q.sort];
    if (!s) throw new QueryError(`invalid sort '${q.sort}' (expected date, -date, goldstein, -goldstein)`);
    const [col0, dir] = s;
    const col = col0 === 'x.date' ? `${t}.date` : col0;
    if (q.after) {
      const c = decodeCursor(q.after);
      where.sql += ` AND (${col}, ${t}.n) ${dir === 'ASC' ? '>' : '<'} (?, ?)`;
      where.params.push(c.v, c.n);
    }
    return { order: `${col} ${dir}, ${t}.n ${dir}`, where };
  }

  /**
   * Driven by an actor key and sorted by date, the key table's primary key yields the rows in
   * order: name it, or the planner may prefer the narrower (key, n) index and sort every row of
   * a frequent actor (0.8 s instead of 1 ms for USA at a million events).
   */
  private pinOrder(q: AxQuery, w: Where): Where {
    if (!w.driven || !q.sort?.endsWith('date')) return w;
    if (this.keyPk === undefined) {
      // Not in sqlite_master for a WITHOUT ROWID table; the index list names it (origin 'pk').
      const pk = (this.db.pragma("index_list('ax_key')") as { name: string; origin: string }[]).find((i) => i.origin === 'pk');
      this.keyPk = pk?.name ?? null;
    }
    if (!this.keyPk || !/^\w+$/.test(this.keyPk)) return w;
    return { ...w, from: w.from.replace(/^ax_key k /, `ax_key k INDEXED BY ${this.keyPk} `) };
  }

  /** One page of events in the order asked for, with the cursor of the next page (store cursor format). */
  eventsPage(q: AxQuery): EventPage {
    this.sync();
    const limit = q.limit ?? 100;
    const { order, where } = this.orderAndCursor(q, this.pinOrder(q, this.where(q)));
    const sql = `SELECT ${EVENT_COLUMNS} FROM ${where.from} JOIN events e ON e.n = x.n JOIN documents d ON d.n = e.doc
      WHERE ${where.sql} ORDER BY ${order} LIMIT ?`;
    const rows = this.prepare(sql).all(...where.params, limit + 1) as Row[];
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const last = page[page.length - 1];
    const v = (r: Row) => (!q.sort ? null : q.sort.endsWith('date') ? (r.sort_date as string) : (r.sort_goldstein as number | null));
    return { events: page.map(toStoredEvent), next: more && last ? encodeCursor({ v: v(last), n: last.n as number }) : null };
  }

  /** Every matching event, streamed (exports). Iterate to the end or call return() to free the connection. */
  *events(q: AxQuery): Generator<StoredEvent> {
    this.sync();
    const { order, where } = this.orderAndCursor(q, this.pinOrder(q, this.where(q)));
    let sql = `SELECT ${EVENT_COLUMNS} FROM ${where.from} JOIN events e ON e.n = x.n JOIN documents d ON d.n = e.doc WHERE ${where.sql} ORDER BY ${order}`;
    const params = [...where.params];
    if (q.limit !== undefined) { sql += ' LIMIT ?'; params.push(q.limit); }
    for (const r of this.db.prepare(sql).iterate(...params) as IterableIterator<Row>) yield toStoredEvent(r);
  }

  /** Number of events matching `q`. */
  count(q: AxQuery): number {
    this.sync();
    const w = this.where(q);
    return this.prepare(`SELECT count(*) FROM ${w.from} WHERE ${w.sql}`).pluck().get(...w.params) as number;
  }

  /** The event `<docKey>:<id>` as stored, or null. */
  eventByGid(gid: string): StoredEvent | null {
    const i = gid.indexOf(':');
    if (i <= 0) return null;
    const r = this.prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN documents d ON d.n = e.doc WHERE d.key = ? AND e.eid = ?`)
      .get(gid.slice(0, i), gid.slice(i + 1)) as Row | undefined;
    return r ? toStoredEvent(r) : null;
  }

  /** Key of the document with this key or id (the newest when an id was stored twice). */
  docKey(keyOrId: string): string | null {
    const st = this.prepare('SELECT key FROM documents WHERE key = ?').pluck();
    const byId = this.prepare('SELECT key FROM documents WHERE id = ? ORDER BY n DESC LIMIT 1').pluck();
    return ((st.get(keyOrId) ?? byId.get(keyOrId)) as string | undefined) ?? null;
  }

  /**
   * Event counts per time bucket, split by QuadClass or PLOVER type. Without actor, dyad, text
   * or document filters the per-day rollup answers; otherwise the matching events are grouped.
   */
  timeline(q: AxQuery, bucket: TimelineBucket = 'month', by: TimelineBy = 'quad'): Timeline {
    this.sync();
    const keyCol = by === 'quad' ? 'quad' : 'plover';
    let rows: { day: string; k: string | number | null; c: number }[];
    const rollup = !q.actor && !q.source && !q.target && !q.dyad && !q.text && !q.docId && (!q.cameo || list(q.cameo).every((c) => c.length === 2));
    // One actor key (either side, source or target), perhaps with quad and dates: the per key and day rollup.
    const one = [q.actor, q.source, q.target].filter(Boolean);
    const keyDay = by === 'quad' && one.length === 1 && one[0]!.trim().length % 3 === 0 && onlyFilters(q, ['actor', 'source', 'target', 'quad', 'from', 'to']);
    if (keyDay) {
      const w = this.where(q); // validates
      const key = actorCode(one[0]!, q.actor ? 'actor' : q.source ? 'source' : 'target');
      const col = q.actor ? 'q' : q.source ? 's' : 't';
      const slots = q.quad !== undefined ? [q.quad] : SLOTS;
      const cond: string[] = ['key = ?'];
      const p: unknown[] = [key];
      if (q.from) { cond.push('date >= ?'); p.push(q.from); }
      if (q.to) { cond.push("date <> '' AND date <= ?"); p.push(`${q.to}~`); }
      void w;
      rows = [];
      const st = this.prepare(`SELECT date, ${slots.map((k) => `${col}${k}`).join(', ')} FROM ax_kday WHERE ${cond.join(' AND ')}`).raw(true);
      for (const r of st.all(...p) as (string | number)[][]) {
        for (let i = 0; i < slots.length; i++) if (r[i + 1]) rows.push({ day: r[0] as string, k: slots[i], c: r[i + 1] as number });
      }
    } else if (by === 'quad' && onlyFilters(q, ['quad', 'from', 'to'])) {
      // No filter but quad and dates: one row per day.
      this.where(q); // validates
      const slots = q.quad !== undefined ? [q.quad] : SLOTS;
      const cond: string[] = ['1'];
      const p: unknown[] = [];
      if (q.from) { cond.push('day >= ?'); p.push(q.from); }
      if (q.to) { cond.push("day <> '' AND day <= ?"); p.push(`${q.to}~`); }
      rows = [];
      for (const r of this.prepare(`SELECT day, ${slots.map((k) => `q${k}`).join(', ')} FROM ax_dayq WHERE ${cond.join(' AND ')}`).raw(true).all(...p) as (string | number)[][]) {
        for (let i = 0; i < slots.length; i++) if (r[i + 1]) rows.push({ day: r[0] as string, k: slots[i], c: r[i + 1] as number });
      }
    } else if (by === 'quad' && q.dyad && onlyFilters(q, ['dyad', 'quad', 'from', 'to'])) {
      // One pair of actors: the per pair × day rollup, for the codes each side matches.
      this.where(q); // validates
      const [d0, d1] = [actorCode(q.dyad[0], 'dyad actor'), actorCode(q.dyad[1], 'dyad actor')];
      const m = (c: string, x: string) => codeMatch(c, x) === 1;
      const codes = this.codes().filter((c) => m(c, d0) || m(c, d1));
      const slots = q.quad !== undefined ? [q.quad] : SLOTS;
      rows = [];
      // The exact code pairs (sorted) the dyad matches, each one index range.
      const pairs = new Set<string>();
      for (const x of codes) if (m(x, d0)) for (const y of codes) if (m(y, d1)) pairs.add(x <= y ? `${x} ${y}` : `${y} ${x}`);
      const cond = ['a = ?', 'b = ?'];
      const dp: unknown[] = [];
      if (q.from) { cond.push('date >= ?'); dp.push(q.from); }
      if (q.to) { cond.push("date <> '' AND date <= ?"); dp.push(`${q.to}~`); }
      const st = this.prepare(`SELECT date, ${slots.map((k) => `q${k}`).join(', ')} FROM ax_pday WHERE ${cond.join(' AND ')}`).raw(true);
      for (const pair of pairs) {
        const [a, b] = pair.split(' ');
        for (const r of st.all(a, b, ...dp) as (string | number)[][]) {
          for (let i = 0; i < slots.length; i++) if (r[i + 1]) rows.push({ day: r[0] as string, k: slots[i], c: r[i + 1] as number });
        }
      }
    } else if (rollup) {
      const w = this.where(q);
      // The rollup has the same column names as ax_ev for every filter it can serve.
      const sql = w.sql.replaceAll('x.', 'r.');
      rows = this.prepare(`SELECT r.day, r.${keyCol} AS k, sum(r.cnt) AS c FROM ax_day r WHERE ${sql.replaceAll('r.date', 'r.day')} GROUP BY 1, 2`)
        .all(...w.params) as typeof rows;
    } else {
      const w = this.where(q);
      // Driven by an actor key, the key table holds date, quad and plover: no need to read ax_ev
      // unless another filter asks for its columns.
      const t = w.driven && !w.usesX ? 'k' : 'x';
      const from = t === 'k' ? w.keyFrom : w.from;
      rows = this.prepare(`SELECT ${t}.date AS day, ${t}.${keyCol} AS k, count(*) AS c FROM ${from} WHERE ${w.sql} GROUP BY 1, 2`).all(...w.params) as typeof rows;
    }
    const byBucket = new Map<string, Record<string, number>>();
    const keys = new Set<string>();
    let coarse = 0;
    let undated = 0;
    for (const r of rows) {
      const key = r.k === null || r.k === '' || r.k === 0 ? (by === 'quad' ? '0' : 'NONE') : String(r.k);
      if (!r.day) { undated += r.c; continue; }
      const b = bucketOf(r.day, bucket);
      if (b === null) { coarse += r.c; continue; }
      keys.add(key);
      const counts = byBucket.get(b) ?? {};
      counts[key] = (counts[key] ?? 0) + r.c;
      byBucket.set(b, counts);
    }
    const sorted = [...byBucket.keys()].sort();
    const points: TimelinePoint[] = [];
    if (sorted.length) {
      const last = sorted[sorted.length - 1];
      // Fill gaps so a chart's x axis is time; cap the span so a stray date cannot make millions of points.
      for (let b = sorted[0], i = 0; b <= last && i < 5000; b = nextBucket(b, bucket), i++) {
        const counts = byBucket.get(b) ?? {};
        points.push({ bucket: b, counts, total: Object.values(counts).reduce((s, c) => s + c, 0) });
      }
    }
    return { bucket, by, points, keys: [...keys].sort(), coarse, undated };
  }

  /** Actors by number of matching events they take part in (either side). */
  actors(q: AxQuery, limit = 50): ActorCount[] {
    this.sync();
    const codeRows = this.codeRows(q);
    if (codeRows) {
      return codeRows.sort((x, y) => y.events - x.events || cmp(x.code, y.code)).slice(0, limit)
        .map((r) => ({ code: r.code, name: this.actorName(r.code), events: r.events, asSource: r.asSource, asTarget: r.asTarget }));
    }
    const rolled = this.pairRows(q);
    if (rolled) {
      const by = new Map<string, { s: number; t: number }>();
      const add = (code: string, s: number, t: number) => {
        if (!code || (s === 0 && t === 0)) return;
        const c = by.get(code);
        if (c) { c.s += s; c.t += t; } else by.set(code, { s, t });
      };
      for (const r of rolled) { add(r.a, r.ab, r.ba); add(r.b, r.ba, r.ab); }
      return [...by].map(([code, c]) => ({ code, events: c.s + c.t, asSource: c.s, asTarget: c.t }))
        .sort((x, y) => y.events - x.events || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0)).slice(0, limit)
        .map((r) => ({ code: r.code, name: this.actorName(r.code), events: r.events, asSource: r.asSource, asTarget: r.asTarget }));
    }
    const w = this.where(q);
    const rows = this.prepare(`SELECT code, sum(s) AS asSource, sum(t) AS asTarget, count(*) AS events FROM (
        SELECT x.src AS code, 1 AS s, 0 AS t FROM ${w.from} WHERE ${w.sql} AND x.src IS NOT NULL
        UNION ALL SELECT x.tgt, 0, 1 FROM ${w.from} WHERE ${w.sql} AND x.tgt IS NOT NULL)
      GROUP BY code ORDER BY events DESC, code LIMIT ?`).all(...w.params, ...w.params, limit) as Omit<ActorCount, 'name'>[];
    return rows.map((r) => ({ code: r.code, name: this.actorName(r.code), events: r.events, asSource: r.asSource, asTarget: r.asTarget }));
  }

  /** Actor pairs (either direction) by number of matching events, with mean Goldstein and QuadClass split. */
  dyads(q: AxQuery, limit = 50): DyadCount[] {
    this.sync();
    const top = this.topDyads(q, limit);
    const rolled = top ? null : this.pairRows(q);
    let rows: { a: string; b: string; events: number; aToB: number; bToA: number; g: number | null; quads: [number, number, number, number] }[];
    if (top) rows = top;
    else if (rolled) {
      // Pair rows are unique per (a, b) except when partial months add rows: merge them.
      const by = new Map<string, PairSum>();
      for (const r of rolled) {
        if (!r.a) continue;
        const id = `${r.a} ${r.b}`;
        const c = by.get(id);
        if (!c) { by.set(id, { ...r, quads: [...r.quads] }); continue; }
        c.ab += r.ab; c.ba += r.ba; c.g += r.g; c.n += r.n;
        for (let i = 0; i < 4; i++) c.quads[i] += r.quads[i];
      }
      rows = [...by.values()].filter((r) => r.ab + r.ba > 0).map((r) => ({
        a: r.a, b: r.b, events: r.ab + r.ba, aToB: r.ab, bToA: r.ba, g: r.n ? r.g / r.n : null, quads: r.quads,
      })).sort((x, y) => y.events - x.events || cmp(x.a, y.a) || cmp(x.b, y.b)).slice(0, limit);
    } else {
      const w = this.where(q);
      rows = (this.prepare(`SELECT min(x.src, x.tgt) AS a, max(x.src, x.tgt) AS b, count(*) AS events,
          sum(x.src < x.tgt OR x.src = x.tgt) AS aToB, sum(x.src > x.tgt) AS bToA, avg(x.gs) AS g,
          sum(x.quad = 1) AS q1, sum(x.quad = 2) AS q2, sum(x.quad = 3) AS q3, sum(x.quad = 4) AS q4
        FROM ${w.from} WHERE ${w.sql} AND x.src IS NOT NULL AND x.tgt IS NOT NULL
        GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?`).all(...w.params, limit) as Row[]).map((r) => ({
        a: r.a as string, b: r.b as string, events: r.events as number, aToB: r.aToB as number, bToA: r.bToA as number,
        g: r.g as number | null, quads: [r.q1 as number, r.q2 as number, r.q3 as number, r.q4 as number],
      }));
    }
    return rows.map((r) => ({
      a: r.a, b: r.b, aName: this.actorName(r.a), bName: this.actorName(r.b),
      events: r.events, aToB: r.aToB, bToA: r.bToA,
      meanGoldstein: r.g === null ? null : Math.round(r.g * 100) / 100,
      quads: r.quads,
    }));
  }

  /**
   * The pair rollup rows that answer `q`, already filtered, or null when `q` has a filter the
   * rollups do not keep (then the caller groups the matching events). Served: actor and dyad
   * (both symmetric in source and target, so an undirected pair row matches as a whole), quad,
   * and dates: whole months come from ax_pair_m; the at most two months cut by `from`/`to`
   * (`from=2024-03-15`) are grouped from their events.
   */
  private pairRows(q: AxQuery): PairSum[] | null {
    if (!onlyFilters(q, ['actor', 'dyad', 'quad', 'from', 'to'])) return null;
    this.where(q); // validates codes and the quad class
    const actor = q.actor ? actorCode(q.actor, 'actor') : undefined;
    const dyad = q.dyad ? [actorCode(q.dyad[0], 'dyad actor'), actorCode(q.dyad[1], 'dyad actor')] : undefined;
    const m = (c: string, x: string) => codeMatch(c, x) === 1;
    const keep = (a: string, b: string) => (!actor || m(a, actor) || m(b, actor))
      && (!dyad || (m(a, dyad[0]) && m(b, dyad[1])) || (m(a, dyad[1]) && m(b, dyad[0])));
    const slots = q.quad !== undefined ? [q.quad] : SLOTS;
    const cols = PAIR_COLS.join(', ');
    let raw: unknown[][];
    if (!q.from && !q.to) {
      // All time: with an actor, only the pairs of the codes it matches (index lookups on a and b).
      const first = actor ?? dyad?.[0];
      if (first) {
        const codes = this.codes().filter((c) => m(c, first));
        if (!codes.length) return [];
        const inList = codes.map(() => '?').join(',');
        raw = this.prepare(`SELECT a, b, ${cols} FROM ax_pair WHERE a IN (${inList}) UNION ALL SELECT a, b, ${cols} FROM ax_pair WHERE b IN (${inList}) AND a NOT IN (${inList})`)
          .raw(true).all(...codes, ...codes, ...codes) as unknown[][];
      } else raw = this.prepare(`SELECT a, b, ${cols} FROM ax_pair`).raw(true).all() as unknown[][];
    } else {
      const { cond, params, cut } = monthCover(q);
      raw = this.prepare(`SELECT a, b, ${cols} FROM ax_pair_m WHERE ${cond}`).raw(true).all(...params) as unknown[][];
      // Months the bounds cut through: their events, grouped the same way.
      for (const c of cut) {
        raw.push(...this.prepare(`SELECT ${PAIR_SELECT} FROM (${PAIR_SOURCE} FROM ax_ev x WHERE ${c.sql}) WHERE 1 GROUP BY 1, 2`)
          .raw(true).all(...c.params) as unknown[][]);
      }
    }
    const out: PairSum[] = [];
    const S = SLOTS.length;
    for (const r of raw) {
      const a = r[0] as string;
      const b = r[1] as string;
      if (!keep(a, b)) continue;
      const x: PairSum = { a, b, ab: 0, ba: 0, g: 0, n: 0, quads: [0, 0, 0, 0] };
      for (const k of slots) {
        const ab = r[2 + k] as number;
        const ba = r[2 + S + k] as number;
        x.ab += ab; x.ba += ba;
        x.g += r[2 + 2 * S + k] as number;
        x.n += r[2 + 3 * S + k] as number;
        if (k > 0) x.quads[k - 1] += ab + ba;
      }
      if (x.ab + x.ba > 0) out.push(x);
    }
    return out;
  }

  /**
   * The top pairs straight from the pair rollups, ranked and cut in SQL (no per-pair objects),
   * when `q` filters by quad and whole months only (else null).
   */
  private topDyads(q: AxQuery, limit: number) {
    if (!onlyFilters(q, ['quad', 'from', 'to'])) return null;
    this.where(q); // validates
    const { cond, params, cut } = monthCover(q);
    if (cut.length) return null;
    const slots = q.quad !== undefined ? [q.quad] : SLOTS;
    const sum = (pre: string[]) => pre.flatMap((x) => slots.map((k) => `${x}${k}`)).join(' + ');
    const quads = [1, 2, 3, 4].map((k) => (slots.includes(k as never) ? `ab${k} + ba${k}` : '0'));
    const agg = (f: (e: string) => string) => [sum(['ab', 'ba']), sum(['ab']), sum(['ba']), sum(['g']), sum(['n']), ...quads].map(f).join(', ');
    const sql = !q.from && !q.to
      ? `SELECT a, b, ${agg((e) => e)} FROM ax_pair WHERE a <> '' AND ${sum(['ab', 'ba'])} > 0 ORDER BY 3 DESC, a, b LIMIT ?`
      : `SELECT a, b, ${agg((e) => `sum(${e})`)} FROM ax_pair_m WHERE ${cond} AND a <> '' GROUP BY a, b HAVING sum(${sum(['ab', 'ba'])}) > 0 ORDER BY 3 DESC, a, b LIMIT ?`;
    return (this.prepare(sql).raw(true).all(...params, limit) as (string | number)[][]).map((r) => ({
      a: r[0] as string, b: r[1] as string, events: r[2] as number, aToB: r[3] as number, bToA: r[4] as number,
      g: (r[6] as number) ? (r[5] as number) / (r[6] as number) : null,
      quads: [r[7], r[8], r[9], r[10]] as [number, number, number, number],
    }));
  }

  /**
   * Events per actor code from the per month × code rollup, when `q` filters by quad and dates
   * only (else null). Months cut by the bounds are counted from their events.
   */
  private codeRows(q: AxQuery): Omit<ActorCount, 'name'>[] | null {
    if (!onlyFilters(q, ['quad', 'from', 'to'])) return null;
    this.where(q); // validates
    const slots = q.quad !== undefined ? [q.quad] : SLOTS;
    const sum = `${slots.map((k) => `s${k}`).join(' + ')}, ${slots.map((k) => `t${k}`).join(' + ')}`;
    const { cond, params, cut } = monthCover(q);
    const by = new Map<string, { s: number; t: number }>();
    const add = (rows: unknown[][]) => {
      for (const [code, s, t] of rows as [string, number, number][]) {
        const c = by.get(code);
        if (c) { c.s += s; c.t += t; } else by.set(code, { s, t });
      }
    };
    add(this.prepare(`SELECT code, sum(${sum.split(', ')[0]}), sum(${sum.split(', ')[1]}) FROM ax_code_m WHERE ${cond} GROUP BY code`).raw(true).all(...params) as unknown[][]);
    for (const c of cut) {
      const rows = this.prepare(`SELECT ${CODE_SELECT} FROM (${CODE_SOURCE.replaceAll('%W', c.sql)}) WHERE 1 GROUP BY 1, 2`)
        .raw(true).all(...c.params, ...c.params) as unknown[][];
      add(rows.map((r) => [r[1], slots.reduce((a, k) => a + (r[2 + k] as number), 0), slots.reduce((a, k) => a + (r[2 + SLOTS.length + k] as number), 0)]));
    }
    return [...by].filter(([, c]) => c.s + c.t > 0).map(([code, c]) => ({ code, events: c.s + c.t, asSource: c.s, asTarget: c.t }));
  }

  /** Every actor code that occurs (from the pair rollup; memoised until the next sync adds events). */
  private codes(): string[] {
    if (!this.codeList) this.codeList = this.prepare("SELECT a FROM ax_pair WHERE a <> '' UNION SELECT b FROM ax_pair").pluck().all() as string[];
    return this.codeList;
  }

  /** A readable name for an actor code: the knowledge-base name or the text of its first mention. */
  actorName(code: string): string | null {
    if (this.nameCache.has(code)) return this.nameCache.get(code)!;
    const json = this.prepare("SELECT json FROM mentions WHERE code = ? ORDER BY kind = 'person' LIMIT 1").pluck().get(code) as string | undefined;
    let name: string | null = null;
    if (json) {
      const m = JSON.parse(json) as { name?: string; text?: string };
      name = m.name ?? m.text ?? null;
    }
    if (this.nameCache.size > 10000) this.nameCache.clear();
    this.nameCache.set(code, name);
    return name;
  }

  /** Documents matching an FTS5 query, best first, with a snippet split into plain-text pieces. */
  search(text: string, limit = 20): SearchHit[] {
    const rows = this.prepare(`SELECT d.key, d.id, d.title, d.date, d.lang,
        (SELECT count(*) FROM events e WHERE e.doc = d.n) AS events,
        snippet(documents_fts, 1, char(1), char(2), '…', 16) AS snip
      FROM documents_fts JOIN documents d ON d.n = documents_fts.rowid
      WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`).all(text, limit) as Row[];
    return rows.map((r) => ({
      docKey: r.key as string, docId: r.id as string, title: (r.title as string | null) ?? null, date: (r.date as string | null) ?? null,
      lang: r.lang as string, events: r.events as number, snippet: splitSnippet(r.snip as string),
    }));
  }

  /** Date range, languages and totals: what the UI needs to set up its filters. */
  overview(): { events: number; documents: number; first: string | null; last: string | null; langs: string[]; statuses: Record<string, number> } {
    this.sync();
    const events = this.prepare('SELECT count(*) FROM ax_ev').pluck().get() as number;
    const documents = this.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    const first = (this.prepare("SELECT min(day) FROM ax_day WHERE day <> '' AND day NOT LIKE '%W%'").pluck().get() as string | null) ?? null;
    const last = (this.prepare("SELECT max(day) FROM ax_day WHERE day NOT LIKE '%W%'").pluck().get() as string | null) || null;
    const langs = this.prepare('SELECT DISTINCT lang FROM documents ORDER BY lang').pluck().all() as string[];
    const statuses: Record<string, number> = {};
    for (const r of this.prepare('SELECT status, sum(cnt) AS c FROM ax_day GROUP BY status').all() as { status: Status; c: number }[]) statuses[r.status] = r.c;
    return { events, documents, first, last, langs, statuses };
  }
}

function splitSnippet(s: string): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  for (const part of s.split('\u0001')) {
    const j = part.indexOf('\u0002');
    if (j < 0) { if (part) out.push({ text: part, hit: false }); continue; }
    out.push({ text: part.slice(0, j), hit: true });
    if (j + 1 < part.length) out.push({ text: part.slice(j + 1), hit: false });
  }
  return out;
}

