// Runs a CLI command in-process and captures its output through the commands' `io` sink
// (not by patching process.stdout, which the test runner itself writes to).
import type { Command } from '../../src/cli/command.js';
import { CliError } from '../../src/cli/command.js';
import { io } from '../../src/cli/commands/analyze.js';

export interface Captured { code: number; out: string; err: string }

export async function runCaptured(cmd: Command, argv: string[]): Promise<Captured> {
  let out = '';
  let err = '';
  const saved = { ...io };
  io.out = async (s: string) => { out += s; };
  io.err = (line: string) => { err += line + '\n'; };
  let code: number;
  try {
    code = await cmd.run(argv);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    err += e.message + '\n';
    code = e.code;
  } finally {
    Object.assign(io, saved);
  }
  return { code, out, err };
}
