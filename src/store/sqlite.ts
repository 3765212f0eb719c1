// The embedded default store: one SQLite file (WAL mode) via better-sqlite3.
// A batch is one transaction; documents are keyed by content hash so ingest is idempotent
// and a crashed ingest resumes by simply running again.
import Database from 'better-sqlite3';
import type { Analysis, Span } from '../model/analysis.js';
import { docKeyOf } from '../ingest/hash.js';
import { AMOUNT_COLS, analysisRows, EVENT_COLS, MENTION_COLS, MIGRATIONS, QUOTE_COLS, SCHEMA_VERSION, SENTENCE_COLS, TIME_COLS, type DocRows } from './schema.js';
import { buildEventQuery, codeMatch, encodeCursor, toStoredEvent, type SortKey } from './query.js';
import type { EventPage, EventQuery, PutResult, Store, StoreStats, StoredEvent } from './store.js';

export { QueryError } from './query.js';

type Row = Record<string, unknown>;

function migrate(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) throw new Error(`${path}: database schema ${version} is newer than this lagebild supports (${SCHEMA_VERSION})`);
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** Page size of new databases. */
export const PAGE_SIZE = 16384;

export interface SqliteStoreOptions {
  /** Open an existing database without creating or migrating it. */
  readonly?: boolean;
}

/** Stores documents already mapped onto rows (by analysisRows(), e.g. in the analysis worker threads). */
export interface RowStore {
  /** Like putBatch: one transaction, idempotent by content hash. */
  putRows(rows: DocRows[]): PutResult[];
}

export function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): Store & RowStore & { db: Database.Database } {
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  if (!opts.readonly) {
    // A new database gets 16 KB pages (SQLite's default is 4 KB): an ingest writes ~10 KB per document,
    // and larger pages halve the cost of committing it (fewer WAL frames; docs/bench.md). Only possible
    // before the first table exists; older databases keep their page size.
    if ((db.pragma('page_count', { simple: true }) as number) === 0) db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    // NORMAL is crash-safe in WAL mode (a killed process loses nothing committed).
    db.pragma('synchronous = NORMAL');
    migrate(db, path);
  } else if ((db.pragma('user_version', { simple: true }) as number) !== SCHEMA_VERSION) {
    throw new Error(`${path}: not a lagebild database of schema ${SCHEMA_VERSION}`);
  }
  db.pragma('cache_size = -32000');
  db.pragma('temp_store = MEMORY');
  db.function('code_match', { deterministic: true }, (code: unknown, q: unknown) => codeMatch(code as string | null, q as string));

  const s = opts.readonly ? null : {
    insertDoc: db.prepare('INSERT OR IGNORE INTO documents (key, id, hash, date, lang, title, url, text, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertFts: db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
    insertSentence: db.prepare('INSERT INTO sentences (doc, n, start, "end") VALUES (?, ?, ?, ?)'),
    insertMention: db.prepare('INSERT INTO mentions (doc, n, start, "end", code, kind, json) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertEvent: db.prepare(`INSERT INTO events (doc, ord, eid, source_code, target_code, cameo, root, plover, quad, goldstein, status, date, lead, sentence_text, json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertQuote: db.prepare('INSERT INTO quotes (doc, n, start, "end", speaker_code, json) VALUES (?, ?, ?, ?, ?, ?)'),
    insertAmount: db.prepare('INSERT INTO amounts (doc, n, start, "end", value, unit, json) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertTime: db.prepare('INSERT INTO times (doc, n, start, "end", value, json) VALUES (?, ?, ?, ?, ?, ?)'),
  };
  const q = {
    hasHash: db.prepare('SELECT key FROM documents WHERE hash = ?').pluck(),
    docByKey: db.prepare('SELECT * FROM documents WHERE key = ?'),
    docById: db.prepare('SELECT * FROM documents WHERE id = ? ORDER BY n DESC LIMIT 1'),
    sentences: db.prepare('SELECT start, "end" FROM sentences WHERE doc = ? ORDER BY n'),
    mentions: db.prepare('SELECT json FROM mentions WHERE doc = ? ORDER BY n').pluck(),
    events: db.prepare('SELECT json FROM events WHERE doc = ? ORDER BY ord').pluck(),
    quotes: db.prepare('SELECT json FROM quotes WHERE doc = ? ORDER BY n').pluck(),
    amounts: db.prepare('SELECT json FROM amounts WHERE doc = ? ORDER BY n').pluck(),
    times: db.prepare('SELECT json FROM times WHERE doc = ? ORDER BY n').pluck(),
  };
  const open = new Set<IterableIterator<Row>>();
  const queryCache = new Map<string, Database.Statement>();
  function prepared(sql: string): Database.Statement {
    let st = queryCache.get(sql);
    if (!st) {
      st = db.prepare(sql);
      if (queryCache.size > 200) queryCache.clear();
      queryCache.set(sql, st);
    }
    return st;
  }

  // Statements bound positionally in a loop over the flat row arrays (no per-row objects or arrays).
  function putOne(r: DocRows, added: string): PutResult {
    if (!s) throw new Error('store is read-only');
    const [id, date, lang, title, url, text] = r.doc;
    const hash = r.hash;
    let key = docKeyOf(hash);
    let info = s.insertDoc.run(key, id, hash, date, lang, title, url, text, added);
    if (info.changes === 0) {
      const existing = q.hasHash.get(hash) as string | undefined;
      if (existing !== undefined) return { docKey: existing, inserted: false };
      // A different text whose hash shares the 64-bit prefix: fall back to the full hash as key.
      key = hash;
      info = s.insertDoc.run(key, id, hash, date, lang, title, url, text, added);
    }
    const n = Number(info.lastInsertRowid);
    s.insertFts.run(n, title, text);
    const v = r.sentences;
    for (let i = 0, k = 0; i < v.length; i += SENTENCE_COLS, k++) s.insertSentence.run(n, k, v[i], v[i + 1]);
    const m = r.mentions;
    for (let i = 0, k = 0; i < m.length; i += MENTION_COLS, k++) s.insertMention.run(n, k, m[i], m[i + 1], m[i + 2], m[i + 3], m[i + 4]);
    const e = r.eventRows;
    for (let i = 0, k = 0; i < e.length; i += EVENT_COLS, k++) {
      s.insertEvent.run(n, k, e[i], e[i + 1], e[i + 2], e[i + 3], e[i + 4], e[i + 5], e[i + 6], e[i + 7], e[i + 8], e[i + 9], e[i + 10], e[i + 11], e[i + 12]);
    }
    const qu = r.quotes;
    for (let i = 0, k = 0; i < qu.length; i += QUOTE_COLS, k++) s.insertQuote.run(n, k, qu[i], qu[i + 1], qu[i + 2], qu[i + 3]);
    const am = r.amounts;
    for (let i = 0, k = 0; i < am.length; i += AMOUNT_COLS, k++) s.insertAmount.run(n, k, am[i], am[i + 1], am[i + 2], am[i + 3], am[i + 4]);
    const t = r.times;
    for (let i = 0, k = 0; i < t.length; i += TIME_COLS, k++) s.insertTime.run(n, k, t[i], t[i + 1], t[i + 2], t[i + 3]);
    return { docKey: key, inserted: true };
  }

  const putAll = db.transaction((rows: DocRows[]) => {
    const added = new Date().toISOString();
    return rows.map((r) => putOne(r, added));
  });

  function cursorValue(r: Row, sort: SortKey | undefined): string | number | null {
    if (!sort) return null;
    return sort.endsWith('date') ? (r.sort_date as string) : (r.sort_goldstein as number | null);
  }

  return {
    db,
    putBatch(analyses: Analysis[]): PutResult[] {
      return putAll(analyses.map((a) => analysisRows(a)));
    },
    putRows(rows: DocRows[]): PutResult[] {
      return putAll(rows);
    },
    hasContent(hash: string): boolean {
      return q.hasHash.get(hash) !== undefined;
    },
    getAnalysis(keyOrId: string): Analysis | null {
      const d = (q.docByKey.get(keyOrId) ?? q.docById.get(keyOrId)) as Row | undefined;
      if (!d) return null;
      const n = d.n as number;
      const doc: Analysis['doc'] = { id: d.id as string, text: d.text as string, date: (d.date as string | null) ?? null, lang: d.lang as string };
      if (d.title !== null) doc.title = d.title as string;
      if (d.url !== null) doc.url = d.url as string;
      const parse = <T>(rows: unknown[]) => rows.map((j) => JSON.parse(j as string) as T);
      return {
        doc,
        sentences: (q.sentences.all(n) as Span[]).map((x) => ({ start: x.start, end: x.end })),
        actors: parse(q.mentions.all(n)),
        events: parse(q.events.all(n)),
        quotes: parse(q.quotes.all(n)),
        amounts: parse(q.amounts.all(n)),
        times: parse(q.times.all(n)),
      };
    },
    events(query: EventQuery): Iterable<StoredEvent> {
      const { sql, params } = buildEventQuery(query);
      const rows = prepared(sql).iterate(...params) as IterableIterator<Row>;
      open.add(rows);
      return (function* () {
        try {
          for (const r of rows) yield toStoredEvent(r);
        } finally {
          open.delete(rows);
        }
      })();
    },
    eventsPage(query: EventQuery): EventPage {
      const limit = query.limit ?? 100;
      const { sql, params } = buildEventQuery({ ...query, limit: limit + 1 });
      const rows = prepared(sql).all(...params) as Row[];
      const more = rows.length > limit;
      const page = more ? rows.slice(0, limit) : rows;
      const last = page[page.length - 1];
      return {
        events: page.map(toStoredEvent),
        next: more && last ? encodeCursor({ v: cursorValue(last, query.sort), n: last.n as number }) : null,
      };
    },
    stats(): StoreStats {
      const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
      return { documents: count('documents'), sentences: count('sentences'), mentions: count('mentions'), events: count('events'), quotes: count('quotes') };
    },
    close(): void {
      // An unfinished events() iteration keeps the connection busy; end it first.
      for (const rows of open) rows.return?.();
      open.clear();
      if (db.open) db.close();
    },
  };
}
