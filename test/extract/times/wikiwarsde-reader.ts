// Reads WikiWarsDE inline-annotated files (*.key.xml): the TEXT element with
// <TIMEX2 val="…">…</TIMEX2> tags stripped, gold spans mapped to offsets into the
// stripped text, and the document creation time from DATETIME.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  val: string | null;
  mod: string | null;
}

export interface WikiWarsDoc {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const TAG = /<TIMEX2([^>]*)>|<\/TIMEX2>/g;
const ATTR = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;

export function parseKeyXml(id: string, xml: string): WikiWarsDoc {
  const dctMatch = /<DATETIME>[\s\S]*?val="([^"]+)"/.exec(xml);
  const dct = dctMatch ? dctMatch[1].slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  let last = 0;
  const open: Array<{ start: number; attrs: string }> = [];
  const timexes: GoldTimex[] = [];
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(body)) !== null) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] !== undefined) open.push({ start: text.length, attrs: m[1] });
    else {
      const o = open.pop();
      if (!o) continue;
      timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), val: ATTR(o.attrs, 'val'), mod: ATTR(o.attrs, 'mod') });
    }
  }
  text += body.slice(last);
  timexes.sort((a, b) => a.start - b.start);
  return { id, dct, text, timexes };
}

export function readWikiWarsDe(dir: string): WikiWarsDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.key.xml'))
    .sort()
    .map((f) => parseKeyXml(f.replace(/\.key\.xml$/, ''), readFileSync(join(dir, f), 'utf8')));
}

/** In scope: gold values our TimeRecord can express (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www); a `mod` (START, END…) is ignored. */
export function inScope(val: string | null): val is string {
  return val !== null && /^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2})$/.test(val);
}
