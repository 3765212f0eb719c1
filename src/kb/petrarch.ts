// Importer for PETRARCH/TABARI actor and agent dictionaries. Turns them into a
// UserDictionary, so they load like any --dict file. Understood:
//   NAME [CODE]  NAME_WITH_UNDERSCORES  +SYNONYM  indented [CODE >YYMMDD] [CODE <YYMMDD]
//   [CODE YYYYMMDD-YYYYMMDD]  # comments  <!-- comments -->  (actors)
//   !MACRO! = A, B   NAME!MACRO! {PLURAL} {} [~SECTOR] [PREFIX~]       (agents)
// Not understood (skipped, counted): null codes [---]/[+++]; TABARI's stem matching of
// names without a trailing underscore is approximated by exact matching.
import { readFileSync } from 'node:fs';
import type { DatedCode } from './types.js';
import { DictionaryError, type UserActor, type UserDictionary, type UserRole } from './user-dict.js';
import { englishPlural } from './load.js';

export interface ImportResult { dict: UserDictionary; skipped: Array<{ line: number; name: string; reason: string }> }

interface Line { n: number; text: string }

/** Lines without comments (# to end of line, <!-- … --> blocks), with their 1-based numbers. */
function cleanLines(src: string, file: string): Line[] {
  const out: Line[] = [];
  let inComment = false;
  let commentStart = 0;
  src.split(/\r?\n/).forEach((raw, i) => {
    let s = raw;
    if (inComment) {
      const end = s.indexOf('-->');
      if (end < 0) return;
      inComment = false;
      s = s.slice(end + 3);
    }
    const open = s.search(/<!\s*-?-?/);
    if (open >= 0 && /<!/.test(s)) {
      const end = s.indexOf('-->', open);
      if (end < 0) { inComment = true; commentStart = i + 1; s = s.slice(0, open); }
      else s = s.slice(0, open) + s.slice(end + 3);
    }
    const hash = s.indexOf('#');
    if (hash >= 0) s = s.slice(0, hash);
    if (s.trim()) out.push({ n: i + 1, text: s });
  });
  if (inComment) throw new DictionaryError(file, commentStart, "comment '<!--' is never closed");
  return out;
}

/** "950601" → 1995-06-01 (two-digit years below 30 are 20xx), "20080120" → 2008-01-20. */
export function petrarchDate(s: string, file: string, line: number): string {
  let y: string, m: string, d: string;
  if (/^\d{6}$/.test(s)) { y = (+s.slice(0, 2) < 30 ? '20' : '19') + s.slice(0, 2); m = s.slice(2, 4); d = s.slice(4, 6); }
  else if (/^\d{8}$/.test(s)) { y = s.slice(0, 4); m = s.slice(4, 6); d = s.slice(6, 8); }
  else throw new DictionaryError(file, line, `bad date '${s}' (expected YYMMDD or YYYYMMDD)`);
  const iso = `${y}-${m}-${d}`;
  const t = Date.parse(iso + 'T00:00:00Z');
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso) throw new DictionaryError(file, line, `bad date '${s}'`);
  return iso;
}

function dayBefore(iso: string): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') - 86_400_000).toISOString().slice(0, 10);
}

/** Parses the inside of one [...] code block; null for PETRARCH's null codes (---, +++). */
function parseCode(body: string, file: string, line: number): (DatedCode & { null?: boolean }) {
  const s = body.trim();
  const m = /^([A-Za-z0-9~/+#-]+)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?$/.exec(s);
  if (!m) throw new DictionaryError(file, line, `cannot read code block [${body}]`);
  let code = m[1].split('/')[0].replace(/~/g, '').toUpperCase();
  const isNull = /^[-+#]+$/.test(code);
  if (!isNull && !/^[A-Z0-9]{3,15}$/.test(code)) throw new DictionaryError(file, line, `bad code '${m[1]}'`);
  const c: DatedCode & { null?: boolean } = { code };
  if (m[2] === '>') c.from = petrarchDate(m[3], file, line);
  if (m[2] === '<') c.to = dayBefore(petrarchDate(m[3], file, line));
  if (m[4]) { c.from = petrarchDate(m[4], file, line); c.to = petrarchDate(m[5], file, line); }
  if (isNull) c.null = true;
  return c;
}

/** "NORTH_KOREA" → "north korea"; short acronyms keep their capitals ("USA", "U.S."). */
function petrarchName(raw: string): string {
  const s = raw.trim().replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (s.replace(/[^A-Za-z]/g, '').length <= 3 && !s.includes(' ')) return s.toUpperCase();
  return s.toLowerCase();
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** Reads a PETRARCH/TABARI actors dictionary. */
export function importPetrarchActors(src: string, file: string): ImportResult {
  const actors: UserActor[] = [];
  const skipped: ImportResult['skipped'] = [];
  const lines = new Map<string, number>();
  let cur: { line: number; names: string[]; codes: Array<DatedCode & { null?: boolean }> } | null = null;
  const flush = () => {
    if (!cur) return;
    const real = cur.codes.filter((c) => !c.null);
    if (real.length === 0) skipped.push({ line: cur.line, name: cur.names[0], reason: cur.codes.length ? 'null code' : 'no code' });
    else {
      const plain = real.filter((c) => !c.from && !c.to);
      const dated = real.filter((c) => c.from || c.to);
      let id = `petrarch.${slug(cur.names[0])}`;
      for (let k = 2; lines.has(id); k++) id = `petrarch.${slug(cur.names[0])}-${k}`;
      lines.set(id, cur.line);
      const a: UserActor = { id, names: cur.names };
      if (dated.length) { a.codes = dated.map(({ code, from, to }) => ({ code, ...(from ? { from } : {}), ...(to ? { to } : {}) })); if (plain[0]) a.code = plain[0].code; }
      else a.code = plain[0].code;
      actors.push(a);
    }
    cur = null;
  };
  for (const { n, text } of cleanLines(src, file)) {
    const t = text.trim();
    if (t.startsWith('+')) {
      if (!cur) throw new DictionaryError(file, n, `synonym '${t}' before any entry`);
      cur.names.push(petrarchName(t.slice(1)));
      continue;
    }
    const blocks: string[] = [];
    let head = t;
    const open = t.indexOf('[');
    if (open >= 0) {
      head = t.slice(0, open);
      let rest = t.slice(open);
      while (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close < 0) throw new DictionaryError(file, n, "unclosed '[' in code block");
        blocks.push(rest.slice(1, close));
        rest = rest.slice(close + 1).trim();
      }
      if (rest) throw new DictionaryError(file, n, `unexpected text after code block: '${rest}'`);
    } else if (t.includes(']')) throw new DictionaryError(file, n, "']' without '['");
    if (head.trim()) {
      flush();
      cur = { line: n, names: [petrarchName(head)], codes: [] };
    } else if (!cur) throw new DictionaryError(file, n, 'code block before any entry');
    for (const b of blocks) cur!.codes.push(parseCode(b, file, n));
  }
  flush();
  return { dict: { source: file, actors, roles: [], remove: [], lines }, skipped };
}

/** Reads a PETRARCH/TABARI agents dictionary (roles). */
export function importPetrarchAgents(src: string, file: string): ImportResult {
  const macros = new Map<string, string[]>();
  const roles: UserRole[] = [];
  const skipped: ImportResult['skipped'] = [];
  const ids = new Set<string>();
  for (const { n, text } of cleanLines(src, file)) {
    const t = text.trim();
    const mac = /^!(\w+)!\s*=\s*(.+)$/.exec(t);
    if (mac) { macros.set(mac[1].toUpperCase(), mac[2].split(',').map((x) => x.trim()).filter(Boolean)); continue; }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]\s*$/.exec(t);
    if (!m) {
      if (t.includes('[') && !t.includes(']')) throw new DictionaryError(file, n, "unclosed '[' in code block");
      if (t.includes('{') && !t.includes('}')) throw new DictionaryError(file, n, "unclosed '{' in plural");
      throw new DictionaryError(file, n, `cannot read agent line '${t}'`);
    }
    const [, rawName, plural, rawCode] = m;
    const code = rawCode.trim();
    if (!/^~?[A-Za-z0-9]{3,12}~?$/.test(code)) throw new DictionaryError(file, n, `bad agent code [${rawCode}]`);
    const sector = code.replace(/~/g, '').toUpperCase();
    // !MACRO! expands to each of its words ("CONGRESS!PERSON!" → congressman, congressmen, …).
    let names = [rawName];
    for (let guard = 0; guard < 5 && names.some((x) => /!\w+!/.test(x)); guard++) {
      names = names.flatMap((x) => {
        const mm = /!(\w+)!/.exec(x);
        if (!mm) return [x];
        const words = macros.get(mm[1].toUpperCase());
        if (!words) throw new DictionaryError(file, n, `unknown macro !${mm[1]}!`);
        return words.map((w) => x.replace(mm[0], w));
      });
    }
    const forms = new Set<string>();
    for (const x of names) {
      const nm = petrarchName(x);
      if (plural === undefined) for (const f of englishPlural(nm)) forms.add(f);
      else {
        forms.add(nm);
        for (const p of plural.split(/[,\s]+/).filter(Boolean)) forms.add(petrarchName(p));
      }
    }
    if (!/^[A-Z]{3,6}$/.test(sector)) { skipped.push({ line: n, name: rawName.trim(), reason: `sector ${sector} not 3–6 letters` }); continue; }
    let id = `petrarch.agent.${slug(names[0])}`;
    for (let k = 2; ids.has(id); k++) id = `petrarch.agent.${slug(names[0])}-${k}`;
    ids.add(id);
    roles.push({ id, names: { en: [...forms] }, sector, person: true });
  }
  return { dict: { source: file, actors: [], roles, remove: [] }, skipped };
}

/** Imports a file, choosing actors or agents by its content (macros or [~CODE] mean agents). */
export function importPetrarchFile(path: string, kind?: 'actors' | 'agents'): ImportResult {
  const src = readFileSync(path, 'utf8');
  const k = kind ?? (/\[\s*~|~\s*\]|^!\w+!\s*=/m.test(src) ? 'agents' : 'actors');
  return k === 'agents' ? importPetrarchAgents(src, path) : importPetrarchActors(src, path);
}
