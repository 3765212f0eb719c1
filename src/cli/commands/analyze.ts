// lagebild analyze — reads documents, analyses each, prints the analysis JSON in input order.
// Streams: documents go to worker threads in batches (a few batches in memory at a time; a short input is
// analysed on the main thread, where no worker start-up is paid); output respects stdout back-pressure.
import { availableParallelism } from 'node:os';
import { CliError, EXIT, intOption, parse, type Command } from '../command.js';
import { readDocuments } from '../../ingest/index.js';
import { STAGES } from '../../extract/pipeline.js';
import type { Document } from '../../model/analysis.js';
import type { SourceRef } from '../../ingest/types.js';
import { AnalyzePool } from '../../ingest/analyze-pool.js';
import { analyzeToJson, type JsonOptions, type JsonResult } from '../../ingest/analyze-safely.js';
import { dateProblem } from '../../ingest/dates.js';
import { SUPPORTED_LANGUAGES } from '../../text/langid.js';
import { dictionaryPaths, useDictionaries } from '../../kb/dictionaries.js';

const FORMATS = ['jsonl', 'json', 'pretty'] as const;
type Format = (typeof FORMATS)[number];

/** Documents per batch handed to the workers. */
const BATCH = 100;
/** Batches read but not yet printed (memory stays flat on any input size). */
const MAX_PENDING = 4;

const help = `Usage: lagebild analyze <inputs...> [options]

Analyses news documents and prints the analysis JSON (docs/analysis-format.md):
one object per document, in input order.

Inputs: dated text files (first line " date YYYY-MM[-DD] <title>", blank line, body),
plain .txt files, .jsonl files (one {"id","text","date"?,"lang"?,"title"?,"url"?} per line),
directories (recursive), globs, and - for standard input.

Options:
  --format F    jsonl (default): one compact object per line
                json: one JSON array holding every document
                pretty: indented objects, for reading
  --date D      date for documents that carry none (YYYY, YYYY-MM or YYYY-MM-DD)
  --lang L      language for documents that carry none (de, en); default: identified from the text
  --dict FILE   user dictionary (YAML/JSON, or PETRARCH/TABARI .txt); repeatable, later files win;
                also read from lagebild.config.json {"dictionaries": [...]} (or $LAGEBILD_CONFIG)
  --until S     stop after stage S (${STAGES.map((s) => s.name).join(', ')})
  --workers N   analysis threads (default: one per core, ${availableParallelism()} here; 0 = main thread only);
                workers start once ${BATCH} documents are read, so a short input never waits for them
  -h, --help    this text

A document that cannot be read or analysed is reported on stderr as one line
"file:line: reason" and skipped; the others are still printed.

Exit codes: 0 all documents analysed · 1 some documents failed · 2 usage error · 3 fatal error

Examples:
  lagebild analyze examples/2024-06-19_de_putin-kim-pakt.txt --format pretty
  lagebild analyze examples/ --format jsonl > analyses.jsonl
  cat article.txt | lagebild analyze -          (stdin: text, or JSON lines when it starts with {)
  echo "NATO warns Russia over troop build-up." | lagebild analyze - --date 2024-03`;

const command: Command = {
  name: 'analyze',
  summary: 'analyse documents and print the analysis JSON (jsonl, json, pretty)',
  help,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      format: { type: 'string', default: 'jsonl' },
      date: { type: 'string' },
      lang: { type: 'string' },
      dict: { type: 'string', multiple: true },
      until: { type: 'string' },
      workers: { type: 'string' },
    });
    const dicts = dictionaryPaths(values.dict ?? []);
    if (dicts.length) useDictionaries(dicts);
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got '${values.format}')`);
    if (positionals.length === 0) throw new CliError('no inputs (give files, directories, globs or - for stdin; see --help)');
    if (values.date !== undefined) checkDate(values.date);
    if (values.lang !== undefined) checkLang(values.lang);
    const until = values.until;
    if (until !== undefined && !STAGES.some((s) => s.name === until)) {
      throw new CliError(`--until must be one of ${STAGES.map((s) => s.name).join(', ')} (got '${until}')`);
    }
    const workers = intOption(values.workers, 'workers', 0) ?? availableParallelism();
    const json: JsonOptions = { until, pretty: format === 'pretty' };

    let failed = 0;
    let count = 0;
    // Each document's JSON is made where it is analysed (a worker, or here): only one string crosses threads.
    async function print(items: Item[], results: JsonResult[]): Promise<void> {
      for (let i = 0; i < items.length; i++) {
        const r = results[i];
        // A stage bug must not take the other documents down with it.
        if (!r.ok) { failed++; io.err(`${formatSource(items[i].from)}: ${r.reason}`); continue; }
        if (format === 'json') await io.out((count > 0 ? ',\n' : '\n') + r.json);
        else await io.out(r.json + '\n');
        count++;
      }
    }

    let pool: AnalyzePool<'json'> | null = null;
    const pending: { items: Item[]; results: Promise<JsonResult[]> }[] = [];
    let batch: Item[] = [];
    async function flush(full: boolean): Promise<void> {
      const items = batch;
      batch = [];
      if (items.length === 0) return;
      if (!pool && full && workers > 0) pool = new AnalyzePool(workers, { output: 'json', json });
      if (!pool) { await print(items, items.map((x) => analyzeToJson(x.doc, json))); return; }
      pending.push({ items, results: pool.analyze(items.map((x) => x.doc)) });
      while (pending.length > MAX_PENDING) await printOldest();
    }
    async function printOldest(): Promise<void> {
      const b = pending.shift()!;
      await print(b.items, await b.results);
    }

    if (format === 'json') await io.out('[');
    try {
      for await (const r of readDocuments(positionals, { date: values.date, lang: values.lang })) {
        if (!r.ok) {
          failed++;
          io.err(`${formatSource(r.from)}: ${r.reason}`);
          continue;
        }
        batch.push({ doc: r.doc, from: r.from });
        if (batch.length >= BATCH) await flush(true);
      }
      await flush(false);
      while (pending.length) await printOldest();
    } finally {
      await (pool as AnalyzePool<'json'> | null)?.close();
    }
    if (format === 'json') await io.out(count > 0 ? '\n]\n' : ']\n');
    return failed > 0 ? EXIT.PARTIAL : EXIT.OK;
  },
};
export default command;

type Item = { doc: Document; from: SourceRef };

// Helpers shared with `explain` (kept here: commands/ holds one file per command).

/** Where analyze and explain write: stdout (with back-pressure) and stderr lines. Tests swap these. */
export const io = {
  out: (s: string): Promise<void> => writeOut(s),
  err: (line: string): void => { console.error(line); },
};

/** `file:line` of a per-document error. */
export function formatSource(from: SourceRef): string {
  return from.line !== undefined ? `${from.file}:${from.line}` : from.file;
}

export function checkDate(date: string): void {
  const problem = dateProblem(date);
  if (problem) throw new CliError(`--date ${date}: ${problem}`);
}

export function checkLang(lang: string): void {
  if (!/^[a-z]{2}$/.test(lang)) throw new CliError(`--lang must be an ISO 639-1 code such as ${SUPPORTED_LANGUAGES.join(' or ')} (got '${lang}')`);
}

let stdoutClosed = false;
let watching = false;

/** Writes to stdout, waiting for 'drain' so a slow reader keeps memory flat; a closed pipe (`| head`) ends output quietly. */
export async function writeOut(s: string): Promise<void> {
  if (!watching) {
    watching = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      stdoutClosed = true;
      if (e.code !== 'EPIPE') console.error(`lagebild: cannot write output: ${e.message}`);
      process.stdout.emit('drain');
    });
  }
  if (stdoutClosed) return;
  if (!process.stdout.write(s)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
