// lagebild analyze — reads documents, analyses each, prints the analysis JSON in input order.
// Streams: one document in memory at a time; output respects stdout back-pressure.
import { CliError, EXIT, parse, type Command } from '../command.js';
import { readDocuments } from '../../ingest/index.js';
import { analyze, STAGES } from '../../extract/pipeline.js';
import type { Analysis } from '../../model/analysis.js';
import type { SourceRef } from '../../ingest/types.js';
import { dateProblem } from '../../ingest/dates.js';
import { SUPPORTED_LANGUAGES } from '../../text/langid.js';
import { dictionaryPaths, useDictionaries } from '../../kb/dictionaries.js';

const FORMATS = ['jsonl', 'json', 'pretty'] as const;
type Format = (typeof FORMATS)[number];

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

    let failed = 0;
    let count = 0;
    const serialize = (a: Analysis) => (format === 'pretty' ? JSON.stringify(a, null, 2) : JSON.stringify(a));
    if (format === 'json') await io.out('[');
    for await (const r of readDocuments(positionals, { date: values.date, lang: values.lang })) {
      if (!r.ok) {
        failed++;
        io.err(`${formatSource(r.from)}: ${r.reason}`);
        continue;
      }
      let out: string;
      try {
        out = serialize(analyze(r.doc, { until }));
      } catch (e) {
        // A stage bug must not take the other documents down with it.
        failed++;
        io.err(`${formatSource(r.from)}: analysis failed: ${(e as Error).message}`);
        continue;
      }
      if (format === 'json') await io.out((count > 0 ? ',\n' : '\n') + out);
      else await io.out(out + '\n');
      count++;
    }
    if (format === 'json') await io.out(count > 0 ? '\n]\n' : ']\n');
    return failed > 0 ? EXIT.PARTIAL : EXIT.OK;
  },
};
export default command;

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
