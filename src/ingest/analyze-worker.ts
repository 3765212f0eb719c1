// Worker thread: analyses chunks of documents sent by AnalyzePool. A document whose
// analysis throws comes back as an error line; the worker keeps going.
import { parentPort, workerData } from 'node:worker_threads';
import { useDictionaries } from '../kb/dictionaries.js';
import type { Document } from '../model/analysis.js';
import { analyzeSafely } from './analyze-safely.js';

const dictionaries = (workerData as { dictionaries?: string[] } | null)?.dictionaries ?? [];
if (dictionaries.length) useDictionaries(dictionaries);

parentPort?.on('message', (msg: { id: number; docs: Document[] }) => {
  parentPort!.postMessage({ id: msg.id, results: msg.docs.map(analyzeSafely) });
});
