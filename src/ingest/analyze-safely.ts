// analyze() with a per-document error instead of an exception: one odd document must not stop an ingest.
import type { Analysis, Document } from '../model/analysis.js';
import { analyze } from '../extract/pipeline.js';
import { analysisRows, type DocRows } from '../store/schema.js';

export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; reason: string };
/** The analysis already mapped onto store rows (what the SQLite writer binds). */
export type RowsResult = { ok: true; rows: DocRows } | { ok: false; reason: string };

export function analyzeSafely(doc: Document): AnalyzeResult {
  try {
    return { ok: true, analysis: analyze(doc) };
  } catch (e) {
    return { ok: false, reason: `analysis failed: ${(e as Error)?.message ?? String(e)}` };
  }
}

/** analyzeSafely() and analysisRows() in one step; `hash` is the document's content hash when already known. */
export function analyzeToRows(doc: Document, hash?: string): RowsResult {
  const r = analyzeSafely(doc);
  if (!r.ok) return r;
  try {
    return { ok: true, rows: analysisRows(r.analysis, hash) };
  } catch (e) {
    return { ok: false, reason: `analysis failed: ${(e as Error)?.message ?? String(e)}` };
  }
}
