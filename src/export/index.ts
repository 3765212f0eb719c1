// Exporters: stored events → GDELT 2.0 TSV, PLOVER JSONL, CSV or JSONL, streamed to a Writable.
import type { Writable } from 'node:stream';
import type { StoredEvent } from '../store/store.js';
import { gdeltRow } from './gdelt.js';
import { csvHeader, csvRow } from './csv.js';
import { ploverRecord } from './plover.js';
import { writeLines } from './write.js';

export const EXPORT_FORMATS = ['gdelt', 'plover', 'jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportCounts {
  /** Records written. */
  written: number;
  /** Events left out (PLOVER: no PLOVER type). */
  skipped: number;
}

export async function exportEvents(events: Iterable<StoredEvent>, format: ExportFormat, out: Writable): Promise<ExportCounts> {
  let skipped = 0;
  function* lines(): Generator<string> {
    if (format === 'csv') yield csvHeader();
    for (const e of events) {
      if (format === 'gdelt') yield gdeltRow(e);
      else if (format === 'csv') yield csvRow(e);
      else if (format === 'jsonl') yield JSON.stringify(e);
      else {
        const r = ploverRecord(e);
        if (r) yield JSON.stringify(r);
        else skipped++;
      }
    }
  }
  const n = await writeLines(out, lines());
  return { written: format === 'csv' ? Math.max(0, n - 1) : n, skipped };
}

export { GDELT_COLUMNS, gdeltRow } from './gdelt.js';
export { csvHeader, csvRow, CSV_COLUMNS } from './csv.js';
export { ploverRecord } from './plover.js';
