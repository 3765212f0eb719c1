// lagebild bench — throughput of analysis and of ingest into SQLite (see bench/run.ts).
import { availableParallelism } from 'node:os';
import { CliError, EXIT, intOption, parse, type Command } from '../command.js';
import { dataPath } from '../../util/data.js';

const help = `Usage: lagebild bench [options]   (also: npm run bench)

Measures the product on a corpus built from examples/ (each copy made unique by an id
sentence), in documents/s and sentences/s:
  1. ingest: the corpus written as a JSONL file and ingested into a temporary SQLite
     database exactly as \`lagebild ingest\` does (end to end, worker start included),
  2. analysis: what \`lagebild analyze --format jsonl\` does, without printing (the same worker
     pool; each worker analyses a document and serialises its analysis JSON),
  3. the cost of each analysis stage on one thread (analyze with --until per stage),
with the process RSS sampled every 2,000 documents (memory must stay flat), the peak RSS,
the CPU seconds used and the machine's load average (other work on the machine skews
every figure). Prints a table and writes JSON to bench/results/latest.json (docs/bench.md).
A benchmark, not a test: it never fails on slow figures.

Options:
  --docs N          documents in the corpus (default 20000)
  --threads N       worker threads, as ingest --workers (default: one per core, ${availableParallelism()} here)
  --stage-docs N    documents for the per-stage timing (default 2000)
  --out FILE        where to write the JSON (default bench/results/latest.json; "-" for none)
  --no-ingest       skip the SQLite ingest run
  --json            print the JSON result instead of the table
  -h, --help        this text`;

const command: Command = {
  name: 'bench',
  summary: 'measure analysis and ingest throughput (docs/s, sentences/s, RSS)',
  help,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      docs: { type: 'string' },
      threads: { type: 'string' },
      'stage-docs': { type: 'string' },
      out: { type: 'string' },
      'no-ingest': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new CliError(`unexpected argument '${positionals[0]}'`);
    const docs = intOption(values.docs, 'docs', 1) ?? 20000;
    const threads = intOption(values.threads, 'threads', 1) ?? availableParallelism();
    const stageDocs = Math.min(intOption(values['stage-docs'], 'stage-docs', 1) ?? 2000, docs);
    const out = values.out === '-' ? null : (values.out ?? dataPath('bench/results/latest.json'));
    // The bench lives outside src/ (bench/*.ts); loaded only when asked for.
    const { runBench, formatBench } = await import('../../../bench/run.js');
    const result = await runBench({
      docs, threads, stageDocs, out, ingest: !values['no-ingest'],
      examplesDir: dataPath('examples'),
      log: (line) => { if (!values.json) console.error(line); },
    });
    console.log(values.json ? JSON.stringify(result, null, 2) : formatBench(result).join('\n'));
    if (out && !values.json) console.log(`\nwritten to ${out}`);
    return EXIT.OK;
  },
};
export default command;
