// lagebild eval — scores the pipeline against gold files and guards the ratchet.
import { CliError, EXIT, parse, type Command } from '../command.js';
import { dataPath } from '../../util/data.js';
import { GoldError } from '../../eval/gold.js';
import { evaluateFiles } from '../../eval/run.js';
import { checkFloors, raiseFloors, readFloors, writeFloors } from '../../eval/floors.js';
import { renderTable, renderVerbose, renderViolations, toJson } from '../../eval/report.js';

const HELP = `lagebild eval <gold.json...> [options]

Runs the analysis over the documents of each gold file (format: ../shared/gold/README.md)
and scores it: events P/R/F1 (CAMEO root + dyad), strict code and status accuracy,
actors, quotes, amounts and times. Prints a table per gold file plus a total.

Options:
  --verbose          also print every miss, false positive, wrong status and wrong code,
                     with the sentence and the rule ids
  --json             machine-readable output (figures, counts; findings with --verbose)
  --check-floors     exit ${EXIT.BELOW_FLOOR} when a figure is below its floor in the ratchet file
  --update-floors    raise the floors to the current figures (never lowers them)
  --floors <file>    the ratchet file (default: eval/floors.json in the package)

Exit codes: 0 ok · 2 usage · 3 unreadable or malformed gold file · ${EXIT.BELOW_FLOOR} below floor.
See docs/eval.md for what each figure means.`;

const command: Command = {
  name: 'eval',
  summary: 'score the pipeline against gold files (P/R/F1, ratchet)',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      verbose: { type: 'boolean', short: 'v' },
      json: { type: 'boolean' },
      'check-floors': { type: 'boolean' },
      'update-floors': { type: 'boolean' },
      floors: { type: 'string' },
    });
    if (positionals.length === 0) throw new CliError('give at least one gold file (e.g. ../shared/gold/seed.gold.json)');
    let report;
    try {
      report = evaluateFiles(positionals);
    } catch (e) {
      if (e instanceof GoldError) throw new CliError(e.message, EXIT.FATAL);
      throw e;
    }
    const crashes = report.files.flatMap((f) => f.docs.flatMap((d) => d.findings.filter((x) => x.kind === 'analysis-error')));
    if (crashes.length) console.error(`warning: analysis failed on ${crashes.length} document(s), scored as empty; first: ${crashes[0].doc}: ${crashes[0].what}`);
    const floorsPath = values.floors ?? dataPath('eval/floors.json');
    let floors;
    try {
      floors = readFloors(floorsPath);
    } catch (e) {
      throw new CliError(`${floorsPath}: ${(e as Error).message}`, EXIT.FATAL);
    }
    const violations = values['check-floors'] ? checkFloors(report.files, floors) : null;

    if (values.json) console.log(JSON.stringify(toJson(report, !!values.verbose, violations), null, 2));
    else {
      if (values.verbose) console.log(renderVerbose(report));
      console.log(renderTable(report));
      if (violations?.length) console.error(renderViolations(violations));
    }
    if (values['update-floors']) {
      const { floors: next, raised } = raiseFloors(report.files, floors);
      writeFloors(floorsPath, next);
      if (!values.json) console.error(raised.length ? `floors raised:\n  ${raised.join('\n  ')}` : 'floors unchanged');
    }
    return violations?.length ? EXIT.BELOW_FLOOR : EXIT.OK;
  },
};
export default command;
