// Analyses documents on worker threads so every core works while the main thread
// reads files and writes SQLite. Chunks come back in the order they were sent.
import { Worker } from 'node:worker_threads';
import type { Document } from '../model/analysis.js';
import { analyzeSafely, type AnalyzeResult } from './analyze-safely.js';
import { activeDictionaries } from '../kb/dictionaries.js';

// Under tsx (tests, dev) this module is a .ts file and so is its worker.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url);

interface Job { id: number; docs: Document[]; resolve(r: AnalyzeResult[]): void }

export class AnalyzePool {
  private workers: { w: Worker; job: Job | null }[] = [];
  private queue: Job[] = [];
  private nextId = 0;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const slot = { w: new Worker(WORKER_URL, { workerData: { dictionaries: activeDictionaries() } }), job: null as Job | null };
    slot.w.on('message', (msg: { id: number; results: AnalyzeResult[] }) => {
      const job = slot.job;
      slot.job = null;
      if (job && job.id === msg.id) job.resolve(msg.results);
      this.pump();
    });
    const lost = () => {
      // The worker died (e.g. out of memory on a pathological document): analyse its chunk here,
      // one document at a time with errors caught, and replace the worker.
      const job = slot.job;
      slot.job = null;
      this.workers = this.workers.filter((s) => s !== slot);
      if (job) job.resolve(job.docs.map(analyzeSafely));
      if (!this.closed) this.spawn();
      this.pump();
    };
    slot.w.on('error', lost);
    slot.w.on('exit', (code) => { if (!this.closed && code !== 0) lost(); });
    this.workers.push(slot);
    this.pump();
  }

  private closed = false;

  private pump(): void {
    for (const slot of this.workers) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.w.postMessage({ id: job.id, docs: job.docs });
    }
  }

  private run(docs: Document[]): Promise<AnalyzeResult[]> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, docs, resolve });
      this.pump();
    });
  }

  /** Analyses the documents split over the workers; results in input order. */
  async analyze(docs: Document[]): Promise<AnalyzeResult[]> {
    const per = Math.max(1, Math.ceil(docs.length / (this.size * 2)));
    const chunks: Promise<AnalyzeResult[]>[] = [];
    for (let i = 0; i < docs.length; i += per) chunks.push(this.run(docs.slice(i, i + per)));
    return (await Promise.all(chunks)).flat();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((s) => s.w.terminate()));
    this.workers = [];
  }
}
