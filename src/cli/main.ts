// Entry point of the `lagebild` command: dispatches to one module per command.
import { CliError, EXIT, type Command } from './command.js';

/** Commands load lazily so `lagebild analyze` does not pay for the server or the store. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./commands/analyze.js')).default,
  ingest: async () => (await import('./commands/ingest.js')).default,
  events: async () => (await import('./commands/events.js')).default,
  export: async () => (await import('./commands/export.js')).default,
  explain: async () => (await import('./commands/explain.js')).default,
  eval: async () => (await import('./commands/eval.js')).default,
  bench: async () => (await import('./commands/bench.js')).default,
  kb: async () => (await import('./commands/kb.js')).default,
  serve: async () => (await import('./commands/serve.js')).default,
};

async function usage(): Promise<string> {
  const lines = ['lagebild — explainable political event coding for German and English news', '', 'Usage: lagebild <command> [options]   (lagebild <command> --help for details)', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(9)} ${(await load()).summary}`);
  lines.push('', 'Exit codes: 0 ok · 1 some documents failed (reported, skipped) · 2 usage error · 3 fatal error · 4 eval below floor');
  return lines.join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await usage());
    return name ? EXIT.OK : EXIT.USAGE;
  }
  if (name === '--version') {
    console.log('lagebild 0.1.0');
    return EXIT.OK;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`lagebild: unknown command '${name}' (try lagebild --help)`);
    return EXIT.USAGE;
  }
  const cmd = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(cmd.help);
    return EXIT.OK;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`lagebild ${name}: ${e.message}`);
      return e.code;
    }
    console.error(`lagebild ${name}: ${(e as Error).message}`);
    if (process.env.LAGEBILD_DEBUG) console.error((e as Error).stack);
    return EXIT.FATAL;
  }
}
