// A small worker pool: every worker keeps two batches in flight so it never waits for the
// main thread; results are handed to `onResult` as they arrive (order is not needed).
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Document } from '../src/model/analysis.js';
import type { WorkRequest, WorkResult } from './worker.js';

export class AnalysisPool {
  private readonly workers: Worker[];

  constructor(threads: number, resourceLimits?: ResourceLimits) {
    const url = new URL('./worker.js', import.meta.url);
    this.workers = Array.from({ length: threads }, () => new Worker(url, { resourceLimits }));
  }

  /** Sends every batch to the workers; resolves when all results were handled. */
  run(batches: Iterator<Document[]>, mode: WorkRequest['mode'], onResult: (r: WorkResult) => void | Promise<void>, until?: string): Promise<void> {
    return new Promise((resolve, reject) => {
      let nextId = 0;
      let inFlight = 0;
      let handled = 0;
      let exhausted = false;
      let chain = Promise.resolve();
      const feed = (w: Worker): boolean => {
        if (exhausted) return false;
        const n = batches.next();
        if (n.done) { exhausted = true; return false; }
        inFlight++;
        w.postMessage({ id: nextId++, docs: n.value, mode, until } satisfies WorkRequest);
        return true;
      };
      const cleanups: Array<() => void> = [];
      const finish = (err?: Error) => {
        for (const c of cleanups) c();
        if (err) reject(err); else resolve();
      };
      for (const w of this.workers) {
        const onMessage = (r: WorkResult) => {
          inFlight--;
          feed(w);
          // Results are handled one after another (the store writes sequentially).
          chain = chain.then(() => onResult(r)).then(() => {
            handled++;
            if (exhausted && handled === nextId) finish();
          }, finish);
        };
        const onError = (e: Error) => finish(e);
        w.on('message', onMessage);
        w.on('error', onError);
        cleanups.push(() => { w.off('message', onMessage); w.off('error', onError); });
        feed(w);
        feed(w);
      }
      if (inFlight === 0) finish();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
