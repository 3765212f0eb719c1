// CSV (RFC 4180, header line) of stored events; the same columns for `events --format csv` and `export --format csv`.
import type { StoredEvent } from '../store/store.js';
import { cameoInfo } from '../model/cameo.js';

type Col = [name: string, get: (e: StoredEvent) => string | number | null | undefined];

export const CSV_COLUMNS: readonly Col[] = [
  ['gid', (e) => e.gid], ['doc_id', (e) => e.docId], ['date', (e) => e.date ?? e.docDate],
  ['source_code', (e) => e.source?.code], ['source_text', (e) => e.source?.text],
  ['cameo', (e) => e.cameo], ['cameo_name', (e) => cameoInfo(e.cameo)?.name], ['root', (e) => e.cameo.slice(0, 2)],
  ['target_code', (e) => e.target?.code], ['target_text', (e) => e.target?.text],
  ['plover', (e) => e.plover?.type], ['plover_mode', (e) => e.plover?.mode], ['plover_context', (e) => e.plover?.context],
  ['status', (e) => e.status], ['quad', (e) => e.quad], ['goldstein', (e) => e.goldstein], ['confidence', (e) => e.confidence],
  ['trigger', (e) => e.trigger.text], ['trigger_start', (e) => e.trigger.start], ['trigger_end', (e) => e.trigger.end],
  ['sentence_start', (e) => e.sentence.start], ['sentence_end', (e) => e.sentence.end], ['sentence', (e) => e.sentenceText],
  ['lang', (e) => e.lang], ['title', (e) => e.title], ['url', (e) => e.url], ['rule', (e) => e.rule],
];

export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return CSV_COLUMNS.map(([name]) => name).join(',');
}

export function csvRow(e: StoredEvent): string {
  return CSV_COLUMNS.map(([, get]) => csvCell(get(e))).join(',');
}
