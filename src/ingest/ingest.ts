// The ingest loop: read → skip what is stored → analyse (worker threads) → store in batches.
// Each batch is one transaction and documents are keyed by content hash, so a killed ingest
// loses at most the batch in flight and re-running it continues where it stopped.
import { availableParallelism } from 'node:os';
import type { Document } from '../model/analysis.js';
import type { Store } from '../store/store.js';
import type { ReadResult, SourceRef } from './types.js';
import { contentHash } from './hash.js';
import { AnalyzePool } from './analyze-pool.js';
import { analyzeSafely, type AnalyzeResult } from './analyze-safely.js';

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
  /** Analysis worker threads: 0 analyses on the main thread; default = cores − 1 (at least 1): the main
   *  thread reads, hashes and writes SQLite, and measured faster than one worker per core on 2 cores. */
  workers?: number;
  /** Called once per failed input, with where it came from and why. */
  onError?(from: SourceRef, reason: string): void;
  /** Called after every stored batch (progress display). */
  onProgress?(counts: IngestCounts): void;
}

export function formatSource(from: SourceRef): string {
  return from.line !== undefined ? `${from.file}:${from.line}` : from.file;
}

export async function ingest(store: Store, inputs: AsyncIterable<ReadResult>, opts: IngestOptions = {}): Promise<IngestCounts> {
  const batchSize = Math.max(1, opts.batch ?? 200);
  const wanted = opts.workers ?? Math.max(1, availableParallelism() - 1);
  const counts: IngestCounts = { read: 0, stored: 0, present: 0, events: 0, errors: 0 };
  const onError = (from: SourceRef, reason: string) => { counts.errors++; opts.onError?.(from, reason); };
  // Workers start with the first full batch: a handful of documents is faster inline.
  let pool: AnalyzePool | null = null;
  // Batches being analysed, stored strictly in order; at most two in flight (memory stays flat).
  const inflight: Promise<void>[] = [];
  let batch: { doc: Document; from: SourceRef }[] = [];
  let seen = new Set<string>();

  function store_(items: { doc: Document; from: SourceRef }[], results: AnalyzeResult[]): void {
    const analyses = [];
    for (let i = 0; i < items.length; i++) {
      const r = results[i];
      if (r.ok) analyses.push(r.analysis);
      else onError(items[i].from, r.reason);
    }
    const put = store.putBatch(analyses);
    for (let i = 0; i < put.length; i++) {
      if (put[i].inserted) { counts.stored++; counts.events += analyses[i].events.length; } else counts.present++;
    }
    opts.onProgress?.(counts);
  }

  async function flush(full: boolean): Promise<void> {
    const items = batch;
    batch = [];
    seen = new Set();
    if (items.length === 0) return;
    if (!pool && full && wanted > 0) pool = new AnalyzePool(wanted);
    if (!pool) {
      store_(items, items.map((x) => analyzeSafely(x.doc)));
      return;
    }
    const analysing = pool.analyze(items.map((x) => x.doc));
    const previous = inflight[inflight.length - 1];
    inflight.push((async () => {
      const results = await analysing;
      await previous;
      store_(items, results);
    })());
    if (inflight.length >= 2) await inflight.shift();
  }

  try {
    for await (const r of inputs) {
      if (!r.ok) { onError(r.from, r.reason); continue; }
      counts.read++;
      const hash = contentHash(r.doc);
      if (seen.has(hash) || store.hasContent(hash)) { counts.present++; continue; }
      seen.add(hash);
      batch.push({ doc: r.doc, from: r.from });
      if (batch.length >= batchSize) await flush(true);
    }
    await flush(false);
    while (inflight.length) await inflight.shift();
  } finally {
    await (pool as AnalyzePool | null)?.close();
  }
  return counts;
}
