// Benchmark worker: analyses the batches it is sent. In `count` mode it returns only
// document/sentence counts (analysis throughput without copying results back);
// in `return` mode the analyses themselves (for ingest into the store).
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { analyze } from '../src/extract/pipeline.js';
import type { Analysis, Document } from '../src/model/analysis.js';

export interface WorkRequest { id: number; docs: Document[]; mode: 'count' | 'return'; until?: string }
export interface WorkResult {
  id: number; docs: number; sentences: number; failed: number; analyses?: Analysis[]; error?: string;
  /** V8 heap in use by this worker after the batch (sizes the pool's heap limit). */
  heapUsedMb: number;
}

parentPort?.on('message', (req: WorkRequest) => {
  let sentences = 0;
  let failed = 0;
  let error: string | undefined;
  const analyses: Analysis[] = [];
  for (const doc of req.docs) {
    try {
      const a = analyze(doc, { until: req.until });
      sentences += a.sentences.length;
      if (req.mode === 'return') analyses.push(a);
    } catch (e) {
      failed++;
      error ??= (e as Error).message;
    }
  }
  const res: WorkResult = { id: req.id, docs: req.docs.length, sentences, failed, ...(req.mode === 'return' ? { analyses } : {}), ...(error ? { error } : {}), heapUsedMb: getHeapStatistics().used_heap_size / 1e6 };
  parentPort!.postMessage(res);
});
