// lagebild ingest: read inputs, analyse, store in batches (idempotent, resumable).
import { existsSync } from 'node:fs';
import { CliError, EXIT, intOption, parse, type Command } from '../command.js';
import { Progress } from '../progress.js';
import { readDocuments } from '../../ingest/index.js';
import { ingest, formatSource } from '../../ingest/ingest.js';
import { dateProblem } from '../../ingest/dates.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { dictionaryPaths, useDictionaries } from '../../kb/dictionaries.js';

const HELP = `Usage: lagebild ingest <inputs...> [options]

Reads documents, analyses them and stores the analyses in the database.
Inputs: files, directories (recursive: .txt .text .jsonl .ndjson), globs ('data/**/*.txt'),
or - for standard input (JSON lines if it starts with '{', else one text document).
Text files may start with a date line: ' date 2024-06[-15] Title', blank line, body.
JSONL: one {"id","text","date"?,"lang"?,"title"?,"url"?} per line.

Options:
  --db FILE        database file (default ./lagebild.db; created when missing)
  --date DATE      date for documents without one (YYYY, YYYY-MM or YYYY-MM-DD)
  --lang LANG      language for documents without one (else identified)
  --dict FILE   user dictionary (YAML/JSON, or PETRARCH/TABARI .txt); repeatable, later files win;
                also read from lagebild.config.json {"dictionaries": [...]} (or $LAGEBILD_CONFIG)
  --batch N        documents per transaction (default 200)
  --workers N      analysis threads (default: one per core, at least 1; 0 = main thread only)
  -h, --help       this help

Ingest is idempotent (a document whose content is stored is skipped) and resumable
(each batch is one transaction: after a crash, run the same command again).
Bad inputs are reported one per line as 'file[:line]: reason' and skipped.
Exit codes: 0 all stored · 1 some inputs failed · 2 usage error · 3 fatal (e.g. database)`;

const command: Command = {
  name: 'ingest',
  summary: 'analyse documents and store them in the database (idempotent, resumable)',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string', default: 'lagebild.db' },
      date: { type: 'string' },
      lang: { type: 'string' },
      dict: { type: 'string', multiple: true },
      batch: { type: 'string' },
      workers: { type: 'string' },
    });
    const dicts = dictionaryPaths(values.dict ?? []);
    if (dicts.length) useDictionaries(dicts);
    if (positionals.length === 0) throw new CliError('no inputs given (try lagebild ingest --help)');
    if (values.date !== undefined) {
      const problem = dateProblem(values.date);
      if (problem) throw new CliError(`--date: ${problem}`);
    }
    if (values.lang !== undefined && !/^[a-z]{2,3}$/.test(values.lang)) throw new CliError(`--lang must be an ISO 639-1 code such as de or en, got '${values.lang}'`);
    const batch = intOption(values.batch, 'batch', 1);
    const workers = intOption(values.workers, 'workers', 0);
    const dbPath = values.db as string;

    let store;
    try {
      store = openSqliteStore(dbPath);
    } catch (e) {
      throw new CliError(`cannot open database ${dbPath}${existsSync(dbPath) ? '' : ' (new)'}: ${(e as Error).message}`, EXIT.FATAL);
    }
    const progress = new Progress('documents');
    const started = Date.now();
    let counts;
    try {
      counts = await ingest(store, readDocuments(positionals, { date: values.date, lang: values.lang }), {
        batch,
        workers,
        onError: (from, reason) => progress.log(`${formatSource(from)}: ${reason}`),
        onProgress: (c) => progress.update(c.read, { stored: c.stored, present: c.present, events: c.events, errors: c.errors }),
      });
    } finally {
      progress.done();
      store.close();
    }
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(counts.read / secs) : counts.read;
    const rows: [string, number | string][] = [
      ['documents read', counts.read],
      ['stored', counts.stored],
      ['already present', counts.present],
      ['events', counts.events],
      ['errors (skipped)', counts.errors],
      ['time', `${secs.toFixed(1)} s (${rate} docs/s)`],
    ];
    console.log(rows.map(([k, v]) => `${k.padEnd(17)} ${v}`).join('\n'));
    console.log(`database          ${dbPath}`);
    return counts.errors > 0 ? EXIT.PARTIAL : EXIT.OK;
  },
};
export default command;
