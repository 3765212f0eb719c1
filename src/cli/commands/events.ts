// lagebild events: query stored events (filters shared with `lagebild export`).
import { existsSync } from 'node:fs';
import { CliError, EXIT, parse, type Command } from '../command.js';
import { openSqliteStore, QueryError } from '../../store/sqlite.js';
import type { EventQuery, Store, StoredEvent } from '../../store/store.js';
import { STATUSES, type Status } from '../../model/analysis.js';
import { dateProblem } from '../../ingest/dates.js';
import { cameoInfo } from '../../model/cameo.js';
import { csvHeader, csvRow } from '../../export/csv.js';
import { writeLines } from '../../export/write.js';

/** Filter options of `events` and `export`. */
export const FILTER_OPTIONS = {
  db: { type: 'string', default: 'lagebild.db' },
  actor: { type: 'string' },
  source: { type: 'string' },
  target: { type: 'string' },
  cameo: { type: 'string' },
  plover: { type: 'string' },
  quad: { type: 'string' },
  status: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  lang: { type: 'string' },
  q: { type: 'string' },
  doc: { type: 'string' },
  sort: { type: 'string' },
  limit: { type: 'string' },
  after: { type: 'string' },
} as const;

export const FILTER_HELP = `Filters:
  --db FILE          database (default ./lagebild.db)
  --actor CODE       actor on either side: code prefix or key (RUS, USAGOV, NAT for IGOWSTNAT, GOV for any government)
  --source CODE      source actor (same matching)
  --target CODE      target actor (same matching)
  --cameo CODES      CAMEO code or root prefix, comma-separated (19, 112, 03,13)
  --plover TYPES     PLOVER types, comma-separated (ASSAULT,COERCE)
  --quad N           QuadClass 1..4
  --status LIST      ${STATUSES.join(',')} (comma-separated)
  --from DATE        event date on or after (YYYY[-MM[-DD]])
  --to DATE          event date up to and including (2024-03 includes all of March)
  --lang LANG        document language (de, en)
  --q TEXT           full-text search in the documents (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*)
  --doc ID           one document (id or key)
  --sort ORDER       date, goldstein, or newest first with --sort=-date / --sort=-goldstein (default: ingest order)
  --limit N          at most N events
  --after CURSOR     continue after a cursor printed by a previous page`;

type FilterValues = { [K in keyof typeof FILTER_OPTIONS]?: string };

export function queryFromOptions(v: FilterValues): EventQuery {
  const q: EventQuery = {};
  if (v.actor) q.actor = v.actor;
  if (v.source) q.source = v.source;
  if (v.target) q.target = v.target;
  if (v.cameo) q.cameo = v.cameo;
  if (v.plover) q.plover = v.plover;
  if (v.quad !== undefined) q.quad = Number(v.quad);
  if (v.status) {
    const list = v.status.split(',').map((s) => s.trim()).filter(Boolean);
    for (const s of list) if (!(STATUSES as readonly string[]).includes(s)) throw new CliError(`--status: unknown status '${s}' (expected ${STATUSES.join(', ')})`);
    q.status = list as Status[];
  }
  for (const k of ['from', 'to'] as const) {
    if (v[k] === undefined) continue;
    const problem = dateProblem(v[k]!);
    if (problem) throw new CliError(`--${k}: ${problem}`);
    q[k] = v[k];
  }
  if (v.lang) q.lang = v.lang;
  if (v.q) q.text = v.q;
  if (v.doc) q.docId = v.doc;
  if (v.sort) {
    if (!['date', '-date', 'goldstein', '-goldstein'].includes(v.sort)) throw new CliError(`--sort must be date, -date, goldstein or -goldstein, got '${v.sort}'`);
    q.sort = v.sort as EventQuery['sort'];
  }
  if (v.limit !== undefined) {
    const n = Number(v.limit);
    if (!Number.isInteger(n) || n < 0) throw new CliError(`--limit must be a non-negative integer, got '${v.limit}'`);
    q.limit = n;
  }
  if (v.after) q.after = v.after;
  return q;
}

/** Opens an existing database for queries; a missing file is a one-line error, not a new empty database. */
export function openForQuery(path: string): Store {
  if (!existsSync(path)) throw new CliError(`no database at ${path} (run lagebild ingest first, or pass --db)`, EXIT.FATAL);
  try {
    return openSqliteStore(path);
  } catch (e) {
    throw new CliError(`cannot open database ${path}: ${(e as Error).message}`, EXIT.FATAL);
  }
}

/** Turns store errors caused by the user's filters (bad FTS syntax, bad codes) into one-line usage errors. */
export function asFilterError(e: unknown): never {
  const msg = (e as Error)?.message ?? String(e);
  if (e instanceof QueryError) throw new CliError(msg);
  if (/fts5|no such column/i.test(msg)) throw new CliError(`--q: invalid search '${msg}'`);
  throw e;
}

/** Stored events for `q`; the first row is pulled eagerly so filter errors surface as one line. */
export function queryEvents(store: Store, q: EventQuery): Iterable<StoredEvent> {
  try {
    const it = store.events(q)[Symbol.iterator]();
    const first = it.next();
    return (function* () {
      if (!first.done) yield first.value;
      for (let r = it.next(); !r.done; r = it.next()) yield r.value;
    })();
  } catch (e) {
    return asFilterError(e);
  }
}

function excerpt(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : flat.slice(0, width - 1) + '…';
}

function pad(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n);
}

function tableRow(e: StoredEvent, width: number): string {
  const name = cameoInfo(e.cameo)?.name ?? '';
  const cameo = `${e.cameo} ${name}`;
  const fixed = `${pad(e.date ?? e.docDate ?? '?', 10)}  ${pad(e.source?.code ?? '-', 10)}  ${pad(cameo, 28)}  ${pad(e.target?.code ?? '-', 10)}  ${pad(e.status, 12)}  `;
  return fixed + excerpt(e.sentenceText, Math.max(20, width - fixed.length));
}

const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;

const HELP = `Usage: lagebild events [filters] [--format table|json|jsonl|csv]

Lists stored events with their evidence sentence. Default: a table of at most 50 events
(use --limit; json/jsonl/csv list all matching events unless --limit is given).

${FILTER_HELP}
  --format FMT       table (default), json (an array), jsonl (one event per line), csv (with header)

Example: lagebild events --actor RUS --cameo 19 --from 2024-01 --format csv > rus-fight.csv
Exit codes: 0 ok · 2 bad filter · 3 no/invalid database`;

const command: Command = {
  name: 'events',
  summary: 'query stored events (actor, CAMEO, PLOVER, status, dates, text search)',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parse(argv, { ...FILTER_OPTIONS, format: { type: 'string', short: 'f', default: 'table' } });
    if (positionals.length) throw new CliError(`unexpected argument '${positionals[0]}' (filters are options, e.g. --actor RUS)`);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`);
    const q = queryFromOptions(values as FilterValues);
    if (format === 'table' && q.limit === undefined) q.limit = 50;
    const store = openForQuery(values.db as string);
    try {
      if (format === 'table') {
        let page;
        try { page = store.eventsPage(q); } catch (e) { asFilterError(e); }
        const width = process.stdout.columns ?? 160;
        const header = `${pad('date', 10)}  ${pad('source', 10)}  ${pad('cameo', 28)}  ${pad('target', 10)}  ${pad('status', 12)}  sentence`;
        const lines = page.events.length ? [header, ...page.events.map((e) => tableRow(e, width))] : ['no events match'];
        await writeLines(process.stdout, lines);
        if (page.next) console.error(`more: --after ${page.next}`);
        return EXIT.OK;
      }
      const events = queryEvents(store, q);
      if (format === 'csv') await writeLines(process.stdout, (function* () { yield csvHeader(); for (const e of events) yield csvRow(e); })());
      else if (format === 'jsonl') await writeLines(process.stdout, (function* () { for (const e of events) yield JSON.stringify(e); })());
      else {
        await writeLines(process.stdout, (function* () {
          let first = true;
          yield '[';
          for (const e of events) { yield (first ? '' : ',') + JSON.stringify(e); first = false; }
          yield ']';
        })());
      }
      return EXIT.OK;
    } finally {
      store.close();
    }
  },
};
export default command;
