// Finding the text a gold annotation quotes verbatim, and comparing spans.
import type { Span } from '../model/analysis.js';

/** The span of the n-th (1-based) occurrence of `needle` in `text`, or null. */
export function locate(text: string, needle: string, n = 1): Span | null {
  if (!needle) return null;
  let from = 0;
  for (let i = 1; ; i++) {
    const at = text.indexOf(needle, from);
    if (at < 0) return null;
    if (i >= n) return { start: at, end: at + needle.length };
    from = at + 1;
  }
}

/**
 * The span of `text` inside the n-th occurrence of `at` (actor, amount and time
 * annotations name the mention and, optionally, a longer context that pins it).
 * Without `at`, the first occurrence of `text`; when `text` is not inside `at`,
 * the `at` span itself.
 */
export function locateMention(doc: string, text: string, at?: string, n = 1): Span | null {
  if (!at) return locate(doc, text, n);
  const ctx = locate(doc, at, n);
  if (!ctx) return null;
  const inner = doc.slice(ctx.start, ctx.end).indexOf(text);
  return inner < 0 ? ctx : { start: ctx.start + inner, end: ctx.start + inner + text.length };
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
