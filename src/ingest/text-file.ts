// Plain and dated text files. News archives deliver articles as
//   ` date 2024-06 Title of the article` (leading space optional), blank line, body.
// The analysed text is the file minus the ` date YYYY-MM ` prefix, so offsets stay honest
// (original newlines are kept, including CRLF).
import type { Document } from '../model/analysis.js';
import { dateProblem } from './dates.js';

/** ` date ` followed by something date-like; the date itself is validated separately. */
const HEADER = /^ ?date[ \t]+(\d{4}(?:-\d{1,2}){0,2})(?=[ \t\r\n]|$)[ \t]*/;

export type ParsedText = { ok: true; text: string; title?: string; date: string | null } | { ok: false; reason: string };

/** Splits off the date header when present; `text` is what gets analysed. */
export function parseTextFile(raw: string): ParsedText {
  const m = HEADER.exec(raw);
  if (!m) return { ok: true, text: raw, date: null };
  const problem = dateProblem(m[1]);
  if (problem) return { ok: false, reason: `date line: ${problem}` };
  const text = raw.slice(m[0].length);
  const eol = text.search(/\r?\n/);
  const title = (eol < 0 ? text : text.slice(0, eol)).trim();
  return { ok: true, text, date: m[1], ...(title ? { title } : {}) };
}

/** A text file as a Document (`--date` fills a missing date; `--lang` a missing language). */
export function textDocument(id: string, raw: string, opts: { date?: string; lang?: string }): { ok: true; doc: Document } | { ok: false; reason: string } {
  const parsed = parseTextFile(raw);
  if (!parsed.ok) return parsed;
  if (parsed.text.trim() === '') return { ok: false, reason: 'empty document' };
  const doc: Document = { id, text: parsed.text, date: parsed.date ?? opts.date ?? null, lang: opts.lang ?? null };
  if (parsed.title) doc.title = parsed.title;
  return { ok: true, doc };
}
