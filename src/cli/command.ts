// The shape of a CLI command and the shared helpers for parsing and errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Command {
  name: string;
  /** One line for `lagebild --help`. */
  summary: string;
  /** Full help text printed by `lagebild <name> --help`. */
  help: string;
  run(argv: string[]): Promise<number>;
}

/** Exit codes, documented in README and `lagebild --help`. */
export const EXIT = {
  OK: 0,
  /** Some documents failed (reported, skipped); the rest succeeded. */
  PARTIAL: 1,
  /** Bad usage or arguments. */
  USAGE: 2,
  /** Fatal error (cannot open database, unreadable gold file...). */
  FATAL: 3,
  /** eval: a figure fell below its floor in the ratchet file. */
  BELOW_FLOOR: 4,
} as const;

/** A user-facing error: printed as one line, exits with `code`. */
export class CliError extends Error {
  constructor(message: string, readonly code: number = EXIT.USAGE) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with strict checking; unknown options become a one-line CliError. */
export function parse<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError((e as Error).message.split('\n')[0]);
  }
}

/** An integer option ≥ `min` (`--name N`); undefined when not given; anything else is a one-line CliError. */
export function intOption(v: string | undefined, name: string, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < min) throw new CliError(`--${name} must be an integer ≥ ${min} (got '${v}')`);
  return n;
}
