// SQLite schema as numbered migrations; PRAGMA user_version records how far a database is.
// Every record table keeps the full analysis record as JSON (exact round trip, room for
// fields added later) next to the columns that queries filter on.

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
];

export const SCHEMA_VERSION = MIGRATIONS.length;
