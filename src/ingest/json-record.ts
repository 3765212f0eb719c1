// One JSONL record → Document, with a clear reason for everything that is not one.
import type { Document } from '../model/analysis.js';
import { dateProblem } from './dates.js';

export type RecordResult = { ok: true; doc: Document } | { ok: false; reason: string };

const OPTIONAL_STRINGS = ['date', 'lang', 'title', 'url'] as const;

/** Validates a parsed JSON value as a document record `{id, text, date?, lang?, title?, url?}`. */
export function recordToDocument(value: unknown, opts: { date?: string; lang?: string }): RecordResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  const r = value as Record<string, unknown>;
  if (r.id === undefined || r.id === null) return { ok: false, reason: "missing 'id'" };
  if (typeof r.id !== 'string' && typeof r.id !== 'number') return { ok: false, reason: "'id' must be a string" };
  if (r.text === undefined || r.text === null) return { ok: false, reason: "missing 'text'" };
  if (typeof r.text !== 'string') return { ok: false, reason: "'text' must be a string" };
  for (const k of OPTIONAL_STRINGS) {
    if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string') return { ok: false, reason: `'${k}' must be a string` };
  }
  const id = String(r.id);
  if (id.trim() === '') return { ok: false, reason: "empty 'id'" };
  if (r.text.trim() === '') return { ok: false, reason: 'empty document' };
  const date = (r.date as string | null | undefined) || null;
  if (date !== null) {
    const problem = dateProblem(date);
    if (problem) return { ok: false, reason: problem };
  }
  const doc: Document = { id, text: r.text, date: date ?? opts.date ?? null, lang: (r.lang as string | undefined) || opts.lang || null };
  if (typeof r.title === 'string' && r.title) doc.title = r.title;
  if (typeof r.url === 'string' && r.url) doc.url = r.url;
  return { ok: true, doc };
}

/** Parses one JSONL line; the reason names the JSON error. */
export function parseRecordLine(line: string, opts: { date?: string; lang?: string }): RecordResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, reason: `broken JSON: ${(e as Error).message}` };
  }
  return recordToDocument(value, opts);
}
