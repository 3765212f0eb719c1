// Splits a byte stream into lines without holding more than one line in memory.
// A line longer than the document limit is dropped while it streams past and
// reported as too large, so a 50 MB single-line file costs no more than 10 MB.
import { MAX_DOC_BYTES } from './decode.js';

export interface Line {
  /** 1-based line number. */
  n: number;
  /** The line's bytes without the newline (and without a trailing CR), or null when it was too long. */
  bytes: Buffer | null;
  /** Length in bytes (also when dropped). */
  size: number;
}

export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxBytes = MAX_DOC_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let n = 0;
  const finish = (): Line => {
    n++;
    let bytes: Buffer | null = null;
    if (!overflow) {
      bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const line = { n, bytes, size };
    parts = [];
    size = 0;
    overflow = false;
    return line;
  };
  for await (const c of chunks) {
    let chunk = typeof c === 'string' ? Buffer.from(c) : c;
    for (;;) {
      const nl = chunk.indexOf(10);
      const piece = nl < 0 ? chunk : chunk.subarray(0, nl);
      size += piece.length;
      if (!overflow) {
        if (size > maxBytes) {
          overflow = true;
          parts = [];
        } else if (piece.length > 0) {
          // Copy: the stream may reuse its buffer, and a small slice must not pin a large chunk.
          parts.push(Buffer.from(piece));
        }
      }
      if (nl < 0) break;
      yield finish();
      chunk = chunk.subarray(nl + 1);
    }
  }
  if (size > 0 || overflow) yield finish();
}
