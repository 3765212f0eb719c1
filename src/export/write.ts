// Streaming output with backpressure: lines are gathered into ~64 KB writes and the
// producer waits for 'drain', so exporting millions of events keeps memory flat.
// A closed pipe (`lagebild export ... | head`) ends the export quietly.
import type { Writable } from 'node:stream';

export async function writeLines(out: Writable, lines: Iterable<string>): Promise<number> {
  let buf = '';
  let n = 0;
  let broken = false;
  const onError = (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') broken = true; else throw e; };
  out.on('error', onError);
  const flush = async () => {
    if (broken || !buf) return;
    const ok = out.write(buf);
    buf = '';
    if (!ok) await new Promise<void>((resolve) => { out.once('drain', resolve); out.once('close', resolve); });
  };
  try {
    for (const line of lines) {
      buf += line + '\n';
      n++;
      if (buf.length >= 65536) await flush();
      if (broken) break;
    }
    await flush();
  } finally {
    out.off('error', onError);
  }
  return n;
}
