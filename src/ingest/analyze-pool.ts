// Analyses documents on worker threads so every core works while the main thread reads
// files and writes SQLite. Each worker keeps `depth` chunks queued, so it goes on with the
// next chunk while the main thread is busy (e.g. inside a write transaction) instead of
// waiting for it to hand out work. Results come back in the order the documents were given.
import { Worker } from 'node:worker_threads';
import type { Document } from '../model/analysis.js';
import { analyzeSafely, analyzeToJson, analyzeToRows, type AnalyzeResult, type JsonOptions, type JsonResult, type RowsResult } from './analyze-safely.js';
import type { WorkerConfig, WorkerJob } from './analyze-worker.js';
import { activeDictionaries } from '../kb/dictionaries.js';

// Under tsx (tests, dev) this module is a .ts file and so is its worker.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url);

/**
 * Old-generation heap limit of a worker (MB). What a worker keeps is flat (~140 MB: lexicons, morphology,
 * knowledge base), but without a limit V8 sizes a worker's heap so that it grows for tens of thousands of
 * documents before a major collection: with two workers RSS climbed from 626 to 880 MB over 20,000
 * documents. With the limit V8 collects sooner and RSS stays flat (522 → 549 MB; 384 MB does the same but
 * is too small for a 10 MB document, which needs ~650 MB). A document too big even for this kills only its
 * worker: the pool then analyses that chunk on the main thread and starts a new worker.
 * LAGEBILD_WORKER_HEAP_MB overrides it (0: no limit).
 */
export const WORKER_OLD_GEN_MB = 768;

/** 'analysis': the analysis objects; 'rows': the analyses mapped onto store rows (cheaper to send, see schema.ts);
 *  'json': the analysis JSON text as `lagebild analyze` prints it (cheapest to send). */
export type PoolOutput = 'analysis' | 'rows' | 'json';
export type PoolResult<O extends PoolOutput> = O extends 'rows' ? RowsResult : O extends 'json' ? JsonResult : AnalyzeResult;

export interface PoolOptions<O extends PoolOutput> {
  output?: O;
  /** Chunks queued per worker (default 4: enough work to bridge the main thread's longest busy spell, a write transaction). */
  depth?: number;
  /** V8 old-generation limit per worker in MB (default WORKER_OLD_GEN_MB). */
  maxOldGenerationMb?: number;
  /** Output 'json': how to serialise (compact or indented, stop after a stage). */
  json?: JsonOptions;
}

interface Job { id: number; docs: Document[]; hashes?: string[]; resolve(r: unknown[]): void }
interface Slot { w: Worker; jobs: Job[]; dead: boolean }

function envHeapMb(): number | null {
  const v = process.env.LAGEBILD_WORKER_HEAP_MB;
  return v !== undefined && v !== '' && Number.isInteger(Number(v)) && Number(v) >= 0 ? Number(v) : null;
}

export class AnalyzePool<O extends PoolOutput = 'analysis'> {
  private workers: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private readonly output: PoolOutput;
  private readonly depth: number;
  private readonly maxOldGenerationMb: number;
  private readonly json: JsonOptions;

  constructor(readonly size: number, opts: PoolOptions<O> = {}) {
    this.output = opts.output ?? 'analysis';
    this.depth = Math.max(1, opts.depth ?? 4);
    this.maxOldGenerationMb = opts.maxOldGenerationMb ?? envHeapMb() ?? WORKER_OLD_GEN_MB;
    this.json = opts.json ?? {};
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const workerData: WorkerConfig = { dictionaries: activeDictionaries(), output: this.output, json: this.json };
    const resourceLimits = this.maxOldGenerationMb > 0 ? { maxOldGenerationSizeMb: this.maxOldGenerationMb } : undefined;
    const slot: Slot = { w: new Worker(WORKER_URL, { workerData, resourceLimits }), jobs: [], dead: false };
    slot.w.on('message', (msg: { id: number; results: unknown[] }) => {
      // A worker answers its chunks in the order they were posted.
      const job = slot.jobs.shift();
      if (job && job.id === msg.id) job.resolve(msg.results);
      this.pump();
    });
    const lost = () => {
      // The worker died (e.g. out of memory on a pathological document): analyse its chunks here,
      // one document at a time with errors caught, and replace the worker.
      if (slot.dead) return;
      slot.dead = true;
      this.workers = this.workers.filter((s) => s !== slot);
      for (const job of slot.jobs.splice(0)) job.resolve(this.inline(job));
      if (!this.closed) this.spawn();
      this.pump();
    };
    slot.w.on('error', lost);
    slot.w.on('exit', (code) => { if (!this.closed && code !== 0) lost(); });
    this.workers.push(slot);
    this.pump();
  }

  private inline(job: Job): unknown[] {
    if (this.output === 'rows') return job.docs.map((d, i) => analyzeToRows(d, job.hashes?.[i]));
    if (this.output === 'json') return job.docs.map((d) => analyzeToJson(d, this.json));
    return job.docs.map((d) => analyzeSafely(d));
  }

  private pump(): void {
    while (this.queue.length) {
      // The least busy worker takes the next chunk, up to `depth` chunks each.
      let best: Slot | null = null;
      for (const s of this.workers) if (s.jobs.length < this.depth && (!best || s.jobs.length < best.jobs.length)) best = s;
      if (!best) return;
      const job = this.queue.shift()!;
      best.jobs.push(job);
      best.w.postMessage({ id: job.id, docs: job.docs, hashes: job.hashes } satisfies WorkerJob);
    }
  }

  private run(docs: Document[], hashes?: string[]): Promise<unknown[]> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, docs, hashes, resolve });
      this.pump();
    });
  }

  /** Analyses the documents split over the workers; results in input order. `hashes[i]`: content hash of docs[i], when known. */
  async analyze(docs: Document[], hashes?: string[]): Promise<PoolResult<O>[]> {
    const per = Math.max(1, Math.ceil(docs.length / (this.size * 2)));
    const chunks: Promise<unknown[]>[] = [];
    for (let i = 0; i < docs.length; i += per) chunks.push(this.run(docs.slice(i, i + per), hashes?.slice(i, i + per)));
    return (await Promise.all(chunks)).flat() as PoolResult<O>[];
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((s) => s.w.terminate()));
    this.workers = [];
  }
}
