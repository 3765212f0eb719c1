// analyze() with a per-document error instead of an exception: one odd document must not stop an ingest.
import type { Analysis, Document } from '../model/analysis.js';
import { analyze } from '../extract/pipeline.js';

export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; reason: string };

export function analyzeSafely(doc: Document): AnalyzeResult {
  try {
    return { ok: true, analysis: analyze(doc) };
  } catch (e) {
    return { ok: false, reason: `analysis failed: ${(e as Error)?.message ?? String(e)}` };
  }
}
