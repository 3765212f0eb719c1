// The ingest loop: read → skip what is stored → analyse (worker threads) → store in batches.
// Each batch is one transaction and documents are keyed by content hash, so a killed ingest
// loses at most the batches in flight (never a committed one) and re-running it continues
// where it stopped. Batches are pipelined: while the main thread writes batch N, the workers
// analyse the batches after it (at most MAX_PENDING batches are held, so memory stays flat).
import { availableParallelism } from 'node:os';
import type { Document } from '../model/analysis.js';
import type { Store } from '../store/store.js';
import type { RowStore } from '../store/sqlite.js';
import type { ReadResult, SourceRef } from './types.js';
import { contentHash } from './hash.js';
import { AnalyzePool } from './analyze-pool.js';
import { analyzeSafely, analyzeToRows, type AnalyzeResult, type RowsResult } from './analyze-safely.js';

/**
 * Batches read but not yet stored: one being written, the other at the workers. Each pending batch's rows
 * (~10 KB per document) wait on the main thread until their turn; with three, rows lived long enough to be
 * promoted to the old generation and the main heap swung by ~40 MB between major collections (RSS sawtooth
 * 330-380 MB); with two the RSS rises smoothly and levels off (292 MB at 2,000 documents, 338 at 20,000,
 * 350 at 60,000) at the same throughput (docs/bench.md).
 */
const MAX_PENDING = 2;

export interface IngestCounts {
  /** Documents read successfully. */
  read: number;
  /** Newly stored. */
  stored: number;
  /** Already in the store (same content hash): skipped. */
  present: number;
  /** Events of the newly stored documents. */
  events: number;
  /** Inputs that failed (read or analysis): reported and skipped. */
  errors: number;
}

export interface IngestOptions {
  /** Documents per transaction (default 200). */
  batch?: number;
  /** Analysis worker threads: 0 analyses on the main thread; default = one per core. The main thread only
   *  reads, hashes and writes (about a third of the analysis cost per document), so with one worker per core
   *  both cores stay busy; with cores − 1 workers a 2-core machine is limited by the single worker (docs/bench.md). */
  workers?: number;
  /** Called once per failed input, with where it came from and why. */
  onError?(from: SourceRef, reason: string): void;
  /** Called after every stored batch (progress display). */
  onProgress?(counts: IngestCounts): void;
}

export function formatSource(from: SourceRef): string {
  return from.line !== undefined ? `${from.file}:${from.line}` : from.file;
}

type Item = { doc: Document; from: SourceRef; hash: string };
type Result = AnalyzeResult | RowsResult;

export async function ingest(store: Store, inputs: AsyncIterable<ReadResult>, opts: IngestOptions = {}): Promise<IngestCounts> {
  const batchSize = Math.max(1, opts.batch ?? 200);
  const wanted = opts.workers ?? availableParallelism();
  const counts: IngestCounts = { read: 0, stored: 0, present: 0, events: 0, errors: 0 };
  const onError = (from: SourceRef, reason: string) => { counts.errors++; opts.onError?.(from, reason); };
  // A store that takes rows (SQLite) gets them mapped in the workers: the writing thread then only binds values.
  const rowStore = typeof (store as Partial<RowStore>).putRows === 'function' ? (store as Store & RowStore) : null;
  // Workers start with the first full batch: a handful of documents is faster inline.
  let pool: AnalyzePool<'rows'> | AnalyzePool<'analysis'> | null = null;
  const pending: { items: Item[]; results: Promise<Result[]> }[] = [];
  let batch: Item[] = [];
  // Hashes read but not yet stored: a repeat inside the pending batches is skipped like a stored one.
  const unstored = new Set<string>();

  function store_(items: Item[], results: Result[]): void {
    const ok: number[] = [];
    for (let i = 0; i < items.length; i++) {
      const r = results[i];
      if (r.ok) ok.push(i); else onError(items[i].from, r.reason);
    }
    // With a row store every result carries rows (pool output 'rows'), else analyses.
    const rows = rowStore ? ok.map((i) => (results[i] as RowsResult & { ok: true }).rows) : null;
    const analyses = rowStore ? null : ok.map((i) => (results[i] as AnalyzeResult & { ok: true }).analysis);
    const put = rows ? rowStore!.putRows(rows) : store.putBatch(analyses!);
    for (let i = 0; i < put.length; i++) {
      if (!put[i].inserted) { counts.present++; continue; }
      counts.stored++;
      counts.events += rows ? rows[i].events : analyses![i].events.length;
    }
    for (const it of items) unstored.delete(it.hash);
    opts.onProgress?.(counts);
  }

  function analyseInline(items: Item[]): Result[] {
    return rowStore ? items.map((x) => analyzeToRows(x.doc, x.hash)) : items.map((x) => analyzeSafely(x.doc));
  }

  async function storeOldest(): Promise<void> {
    const b = pending[0];
    const results = await b.results;
    pending.shift();
    store_(b.items, results);
  }

  async function flush(full: boolean): Promise<void> {
    const items = batch;
    batch = [];
    if (items.length === 0) return;
    if (!pool && full && wanted > 0) pool = rowStore ? new AnalyzePool(wanted, { output: 'rows' }) : new AnalyzePool(wanted);
    if (!pool) {
      while (pending.length) await storeOldest();
      store_(items, analyseInline(items));
      return;
    }
    const results: Promise<Result[]> = pool.analyze(items.map((x) => x.doc), items.map((x) => x.hash));
    pending.push({ items, results });
    while (pending.length > MAX_PENDING) await storeOldest();
  }

  try {
    for await (const r of inputs) {
      if (!r.ok) { onError(r.from, r.reason); continue; }
      counts.read++;
      const hash = contentHash(r.doc);
      if (unstored.has(hash) || store.hasContent(hash)) { counts.present++; continue; }
      unstored.add(hash);
      batch.push({ doc: r.doc, from: r.from, hash });
      if (batch.length >= batchSize) await flush(true);
    }
    await flush(false);
    while (pending.length) await storeOldest();
  } finally {
    await (pool as { close(): Promise<void> } | null)?.close();
  }
  return counts;
}
