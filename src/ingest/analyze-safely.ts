// analyze() with a per-document error instead of an exception: one odd document must not stop an ingest.
import type { Analysis, Document } from '../model/analysis.js';
import { analyze, type AnalyzeOptions } from '../extract/pipeline.js';
import { analysisRows, type DocRows } from '../store/schema.js';

export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; reason: string };
/** The analysis already mapped onto store rows (what the SQLite writer binds). */
export type RowsResult = { ok: true; rows: DocRows } | { ok: false; reason: string };

/** The analysis as the JSON text `lagebild analyze` prints, with the counts a caller needs without parsing it. */
export type JsonResult = { ok: true; json: string; sentences: number; events: number } | { ok: false; reason: string };

/** How `lagebild analyze` serialises: compact (jsonl, json) or indented (pretty), optionally stopping after a stage. */
export interface JsonOptions { until?: AnalyzeOptions['until']; pretty?: boolean }

export function analyzeSafely(doc: Document, opts: AnalyzeOptions = {}): AnalyzeResult {
  try {
    return { ok: true, analysis: analyze(doc, opts) };
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

/** analyzeSafely() and JSON.stringify() in one step: what a worker sends for `lagebild analyze` (one string per
 *  document crosses the thread boundary at a fraction of the cost of the analysis objects or store rows). */
export function analyzeToJson(doc: Document, opts: JsonOptions = {}): JsonResult {
  const r = analyzeSafely(doc, { until: opts.until });
  if (!r.ok) return r;
  const a = r.analysis;
  return { ok: true, json: opts.pretty ? JSON.stringify(a, null, 2) : JSON.stringify(a), sentences: a.sentences.length, events: a.events.length };
}
