// The Store interface: what the CLI, server and exporters need from a database.
// SQLite (src/store/sqlite.ts) is the embedded default; PostgreSQL can implement the same.
import type { Analysis, EventRecord, Status } from '../model/analysis.js';

/** Filters shared by `lagebild events`, the export command and the HTTP API. */
export interface EventQuery {
  /** Actor key or code prefix on either side (e.g. `RUS`, `USAGOV`, `NAT`). */
  actor?: string;
  source?: string;
  target?: string;
  /** CAMEO code or root prefix (e.g. `19`, `112`); several separated by commas. */
  cameo?: string;
  /** PLOVER type (e.g. `ASSAULT`); several separated by commas. */
  plover?: string;
  quad?: number;
  status?: Status[];
  /** Inclusive date range on the event date, compared as strings (`YYYY[-MM[-DD]]`). */
  from?: string;
  to?: string;
  lang?: string;
  /** Full-text search over the documents (FTS5 syntax). */
  text?: string;
  docId?: string;
  limit?: number;
  /** Opaque cursor from a previous page. */
  after?: string;
  sort?: 'date' | '-date' | 'goldstein' | '-goldstein';
}

/** An event as stored: the analysis record plus where it came from. */
export interface StoredEvent extends EventRecord {
  /** Globally unique: `<docKey>:<event id>`. */
  gid: string;
  docKey: string;
  docId: string;
  docDate: string | null;
  lang: string;
  url?: string | null;
  title?: string | null;
  sentenceText: string;
  /** Row number in the store: unique, increasing in ingest order (GDELT GlobalEventID). */
  seq?: number;
  /** True when the event's sentence is in the title or the lead paragraph (GDELT IsRootEvent). */
  lead?: boolean;
  /** When the document was stored (ISO 8601, UTC). */
  added?: string;
}

/** One page of events and the cursor for the next one (null on the last page). */
export interface EventPage {
  events: StoredEvent[];
  next: string | null;
}

export interface PutResult {
  /** Internal key of the document (content hash prefix). */
  docKey: string;
  /** False when the same content was stored before (idempotent ingest). */
  inserted: boolean;
}

export interface StoreStats {
  documents: number;
  sentences: number;
  mentions: number;
  events: number;
  quotes: number;
}

export interface Store {
  /** Stores several analyses in one transaction: all of the batch or none. */
  putBatch(analyses: Analysis[]): PutResult[];
  /** True when a document with this content hash is already stored. */
  hasContent(hash: string): boolean;
  getAnalysis(docKeyOrId: string): Analysis | null;
  events(q: EventQuery): Iterable<StoredEvent>;
  /** Like events() but materialises `q.limit` (default 100) events and returns the cursor for the next page. */
  eventsPage(q: EventQuery): EventPage;
  stats(): StoreStats;
  close(): void;
}
