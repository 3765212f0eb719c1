// Worker thread: analyses chunks of documents sent by AnalyzePool, in the order they arrive
// (the pool keeps more than one chunk queued here, so the worker never waits for the main
// thread). A document whose analysis throws comes back as an error; the worker keeps going.
// Output 'rows' maps each analysis onto store rows here, off the thread that writes SQLite; output 'json'
// serialises it here, off the thread that prints (`lagebild analyze`).
import { parentPort, workerData } from 'node:worker_threads';
import { useDictionaries } from '../kb/dictionaries.js';
import type { Document } from '../model/analysis.js';
import { analyzeSafely, analyzeToJson, analyzeToRows, type JsonOptions } from './analyze-safely.js';

export interface WorkerConfig { dictionaries?: string[]; output?: 'analysis' | 'rows' | 'json'; json?: JsonOptions }
export interface WorkerJob { id: number; docs: Document[]; hashes?: string[] }

const config = (workerData ?? {}) as WorkerConfig;
if (config.dictionaries?.length) useDictionaries(config.dictionaries);
const output = config.output ?? 'analysis';
const json = config.json ?? {};

parentPort?.on('message', (job: WorkerJob) => {
  const results = output === 'rows' ? job.docs.map((d, i) => analyzeToRows(d, job.hashes?.[i]))
    : output === 'json' ? job.docs.map((d) => analyzeToJson(d, json))
    : job.docs.map((d) => analyzeSafely(d));
  parentPort!.postMessage({ id: job.id, results });
});
