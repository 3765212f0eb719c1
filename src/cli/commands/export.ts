// lagebild export: stored events as GDELT 2.0 TSV, PLOVER JSONL, CSV or JSONL (streamed).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { CliError, EXIT, parse, type Command } from '../command.js';
import { FILTER_HELP, FILTER_OPTIONS, openForQuery, queryEvents, queryFromOptions } from './events.js';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../../export/index.js';

const HELP = `Usage: lagebild export --format gdelt|plover|jsonl|csv [filters] [--out FILE]

Writes stored events in an exchange format (see docs/export-formats.md):
  gdelt    GDELT 2.0 event table: 61 tab-separated columns, no header
  plover   PLOVER JSONL: id, date, actor, recipient, event, mode, context, event_text, text, offsets, status
           (events without a PLOVER type, i.e. CAMEO 01 statements, are left out)
  jsonl    one stored event per line (the analysis record plus document fields)
  csv      CSV with a header line

${FILTER_HELP}
  --out FILE         write to FILE instead of standard output

Exit codes: 0 ok · 2 bad option or filter · 3 no/invalid database or unwritable output`;

const command: Command = {
  name: 'export',
  summary: 'export events as GDELT 2.0 TSV, PLOVER JSONL, CSV or JSONL',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parse(argv, { ...FILTER_OPTIONS, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } });
    if (positionals.length) throw new CliError(`unexpected argument '${positionals[0]}'`);
    const format = values.format as ExportFormat | undefined;
    if (!format) throw new CliError(`--format is required (${EXPORT_FORMATS.join(', ')})`);
    if (!EXPORT_FORMATS.includes(format)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got '${format}'`);
    const q = queryFromOptions(values);
    const store = openForQuery(values.db as string);
    let out: Writable = process.stdout;
    try {
      if (values.out) {
        const file = createWriteStream(values.out);
        try {
          await once(file, 'open');
        } catch (e) {
          throw new CliError(`cannot write ${values.out}: ${(e as Error).message}`, EXIT.FATAL);
        }
        out = file;
      }
      const events = queryEvents(store, q);
      const counts = await exportEvents(events, format, out);
      if (out !== process.stdout) {
        out.end();
        await once(out, 'finish');
        console.error(`${counts.written} events written to ${values.out}${counts.skipped ? ` (${counts.skipped} without a PLOVER type left out)` : ''}`);
      } else if (counts.skipped) console.error(`${counts.skipped} events without a PLOVER type left out`);
      return EXIT.OK;
    } finally {
      store.close();
    }
  },
};
export default command;
