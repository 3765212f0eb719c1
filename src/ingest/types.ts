// What the input readers yield: a document, or a per-document error that names where it came from.
import type { Document } from '../model/analysis.js';

export interface SourceRef {
  /** The path as given (or `-` for stdin). */
  file: string;
  /** 1-based line for JSONL records. */
  line?: number;
}

export type ReadResult =
  | { ok: true; doc: Document; from: SourceRef }
  | { ok: false; from: SourceRef; reason: string };

export interface ReadOptions {
  /** Date for documents that carry none (`--date`). */
  date?: string;
  /** Language for documents that carry none (`--lang`); else identified from the text. */
  lang?: string;
}
