// Content hash for idempotent ingest: the same article (same words, same date) is stored once,
// whatever its file name, line endings, Unicode normal form or whitespace layout.
// The date is part of the identity because it changes the analysis (event dates);
// the language is not (it is identified from the text). See docs/export-formats.md#content-hash.
import * as crypto from 'node:crypto';

/**
 * Whitespace runs that are not already a single plain space: a space followed by more whitespace, or any
 * other whitespace character, each with the rest of its run. Replacing only these gives the same text as
 * replacing every `\s+` by a space, but skips the single spaces between words (almost every match of
 * `\s+`), which made the replacement ~4× slower. `\s` is the same set with or without the `u` flag.
 */
const WHITESPACE_TO_COLLAPSE = /(?: \s|[^\S ])\s*/g;

/** The text as hashed: NFC, runs of whitespace (incl. CR/LF/NBSP) collapsed to one space, trimmed. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

/**
 * One-shot sha256 where Node has it (20.12+): a Hash object per document costs more than hashing a
 * news article, in its constructor and in the GC (each one wraps a native handle).
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** sha256 (hex) of the normalised text and the document date. */
export function contentHash(doc: { text: string; date: string | null }): string {
  // The same bytes as three update() calls: text, NUL, date.
  const data = `${normaliseForHash(doc.text)}\u0000${doc.date ?? ''}`;
  return oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}

/** The store's document key: a prefix of the content hash (short, stable, URL-safe). */
export function docKeyOf(hash: string): string {
  return hash.slice(0, 16);
}
