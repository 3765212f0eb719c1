// Turning bytes into text, rejecting what is not text: binary files and invalid UTF-8
// are reported with a reason instead of being analysed as garbage.

/** Per-document size limit: larger inputs are reported, not analysed (keeps memory flat). */
export const MAX_DOC_BYTES = 10 * 1024 * 1024;

export function tooLarge(bytes: number): string {
  return `document too large (${(bytes / 1048576).toFixed(1)} MB > ${MAX_DOC_BYTES / 1048576} MB)`;
}

/** How much of the start of a buffer the binary check inspects. */
const SNIFF = 8192;

/** True for bytes that do not occur in text: NUL, or many C0 controls other than tab/CR/LF/FF/ESC. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  return n > 0 && controls / n > 0.1;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the buffer is valid UTF-8. */
export function invalidUtf8At(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes a whole document: rejects binary content and invalid UTF-8 (with the byte offset); drops a BOM. */
export function decodeDocument(buf: Uint8Array): Decoded {
  if (buf.length === 0) return { ok: false, reason: 'empty document' };
  if (looksBinary(buf)) return { ok: false, reason: 'binary file' };
  try {
    return { ok: true, text: utf8.decode(buf) };
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte ${invalidUtf8At(buf)}` };
  }
}
