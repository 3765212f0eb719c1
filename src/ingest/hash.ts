// Content hash for idempotent ingest: the same article (same words, same date) is stored once,
// whatever its file name, line endings, Unicode normal form or whitespace layout.
// The date is part of the identity because it changes the analysis (event dates);
// the language is not (it is identified from the text). See docs/export-formats.md#content-hash.
import { createHash } from 'node:crypto';

/** The text as hashed: NFC, runs of whitespace (incl. CR/LF/NBSP) collapsed to one space, trimmed. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** sha256 (hex) of the normalised text and the document date. */
export function contentHash(doc: { text: string; date: string | null }): string {
  return createHash('sha256').update(normaliseForHash(doc.text)).update('\u0000').update(doc.date ?? '').digest('hex');
}

/** The store's document key: a prefix of the content hash (short, stable, URL-safe). */
export function docKeyOf(hash: string): string {
  return hash.slice(0, 16);
}
