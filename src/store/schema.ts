// SQLite schema as numbered migrations; PRAGMA user_version records how far a database is.
// Every record table keeps the full analysis record as JSON (exact round trip, room for
// fields added later) next to the columns that queries filter on. `analysisRows()` maps an
// analysis onto the rows of these tables; it runs in the analysis worker threads, so the
// thread that writes SQLite only binds values (see docs/bench.md).
import type { Analysis, Document } from '../model/analysis.js';
import { contentHash } from '../ingest/hash.js';

export const MIGRATIONS: readonly string[] = [
  // 1: initial schema
  `
  CREATE TABLE documents (
    n INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    date TEXT,
    lang TEXT NOT NULL,
    title TEXT,
    url TEXT,
    text TEXT NOT NULL,
    added TEXT NOT NULL
  );
  CREATE INDEX documents_id ON documents(id);
  CREATE INDEX documents_date ON documents(date);

  CREATE TABLE sentences (
    doc INTEGER NOT NULL REFERENCES documents(n),
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc, n)
  ) WITHOUT ROWID;

  CREATE TABLE mentions (
    doc INTEGER NOT NULL REFERENCES documents(n),
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    code TEXT NOT NULL,
    kind TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (doc, n)
  ) WITHOUT ROWID;
  CREATE INDEX mentions_code ON mentions(code);

  CREATE TABLE events (
    n INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(n),
    ord INTEGER NOT NULL,
    eid TEXT NOT NULL,
    source_code TEXT,
    target_code TEXT,
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    plover TEXT,
    quad INTEGER,
    goldstein REAL,
    status TEXT NOT NULL,
    -- effective date: event date, else document date, else '' (never NULL, so keyset paging works)
    date TEXT NOT NULL,
    lead INTEGER NOT NULL,
    sentence_text TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX events_doc ON events(doc, ord);
  CREATE INDEX events_source ON events(source_code);
  CREATE INDEX events_target ON events(target_code);
  CREATE INDEX events_cameo ON events(cameo);
  CREATE INDEX events_root ON events(root);
  CREATE INDEX events_plover ON events(plover);
  CREATE INDEX events_quad ON events(quad);
  CREATE INDEX events_status ON events(status);
  CREATE INDEX events_date ON events(date, n);
  CREATE INDEX events_goldstein ON events(goldstein, n);

  CREATE TABLE quotes (
    doc INTEGER NOT NULL REFERENCES documents(n),
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker_code TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (doc, n)
  ) WITHOUT ROWID;
  CREATE INDEX quotes_speaker ON quotes(speaker_code);

  CREATE TABLE amounts (
    doc INTEGER NOT NULL REFERENCES documents(n),
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value REAL,
    unit TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (doc, n)
  ) WITHOUT ROWID;

  CREATE TABLE times (
    doc INTEGER NOT NULL REFERENCES documents(n),
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (doc, n)
  ) WITHOUT ROWID;

  CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='n', tokenize='unicode61 remove_diacritics 2');
  `,
  // 2: drop the event indexes no query can use (each event row paid for nine of them). Actor filters go
  // through code_match() (a function: SQLite cannot use an index for it; the API's analytics tables have
  // their own actor index), nothing filters on root (CAMEO prefixes use events_cameo via GLOB), quad and
  // status have 4 and 6 values (a scan in row order beats the index), and nothing reads quotes by speaker.
  // mentions_code stays: the API looks actor names up by code.
  `
  DROP INDEX IF EXISTS events_source;
  DROP INDEX IF EXISTS events_target;
  DROP INDEX IF EXISTS events_root;
  DROP INDEX IF EXISTS events_quad;
  DROP INDEX IF EXISTS events_status;
  DROP INDEX IF EXISTS quotes_speaker;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

type Value = string | number | null;

/**
 * One document as rows of the tables above. Record tables are flat arrays of column values, `*_COLS`
 * values per row (after the document number and the row number, which the writer adds): plain arrays of
 * strings and numbers cross a thread boundary at a fraction of the cost of the nested analysis objects.
 */
export interface DocRows {
  hash: string;
  /** id, date, lang, title, url, text */
  doc: [string, string | null, string, string | null, string | null, string];
  events: number;
  sentences: number[];
  mentions: Value[];
  eventRows: Value[];
  quotes: Value[];
  amounts: Value[];
  times: Value[];
}

export const SENTENCE_COLS = 2;
export const MENTION_COLS = 5;
export const EVENT_COLS = 13;
export const QUOTE_COLS = 4;
export const AMOUNT_COLS = 5;
export const TIME_COLS = 4;

/** End of the title-and-lead part of a text: the first paragraph after the title, or the first paragraph. */
export function leadEnd(doc: Document): number {
  const para = /\r?\n[ \t]*\r?\n/g;
  let skip = doc.title && doc.text.startsWith(doc.title) ? 2 : 1;
  let m: RegExpExecArray | null;
  let end = doc.text.length;
  while ((m = para.exec(doc.text))) {
    // Consecutive blank lines are one break.
    if (m.index === 0) continue;
    if (--skip === 0) { end = m.index; break; }
  }
  return end;
}

/** The rows that store `a` (column order as in the INSERT statements of sqlite.ts). `hash`: contentHash(a.doc) when known. */
export function analysisRows(a: Analysis, hash: string = contentHash(a.doc)): DocRows {
  const d = a.doc;
  const sentences: number[] = [];
  for (const x of a.sentences) sentences.push(x.start, x.end);
  const mentions: Value[] = [];
  for (const x of a.actors) mentions.push(x.start, x.end, x.code, x.kind ?? null, JSON.stringify(x));
  const eventRows: Value[] = [];
  const lead = a.events.length ? leadEnd(d) : 0;
  for (const e of a.events) {
    eventRows.push(e.id, e.source?.code ?? null, e.target?.code ?? null, e.cameo, e.cameo?.slice(0, 2) ?? null, e.plover?.type ?? null,
      e.quad ?? null, e.goldstein ?? null, e.status, e.date ?? d.date ?? '', e.sentence.start < lead ? 1 : 0,
      d.text.slice(e.sentence.start, e.sentence.end), JSON.stringify(e));
  }
  const quotes: Value[] = [];
  for (const x of a.quotes) quotes.push(x.start, x.end, x.speaker?.code ?? null, JSON.stringify(x));
  const amounts: Value[] = [];
  for (const x of a.amounts) amounts.push(x.start, x.end, x.value ?? null, x.unit ?? null, JSON.stringify(x));
  const times: Value[] = [];
  for (const x of a.times) times.push(x.start, x.end, x.value ?? null, JSON.stringify(x));
  return {
    hash,
    doc: [d.id, d.date ?? null, d.lang, d.title ?? null, d.url ?? null, d.text],
    events: a.events.length,
    sentences, mentions, eventRows, quotes, amounts, times,
  };
}
