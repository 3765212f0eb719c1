// lagebild serve: the JSON API and the web UI over a store (see docs/server.md).
import { existsSync } from 'node:fs';
import { CliError, EXIT, parse, type Command } from '../command.js';
import { startServer } from '../../server/server.js';

const HELP = `Usage: lagebild serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token T] [--quiet]

Serves the stored events: the web UI at http://HOST:PORT/ and the JSON API under /api/
(described at /api/openapi.json). Everything is served from this process; the UI loads
nothing from elsewhere.

  --db FILE      database (default ./lagebild.db)
  --port N       port (default 8080; 0 picks a free one)
  --host ADDR    address to bind (default 127.0.0.1, loopback only; 0.0.0.0 exposes the server)
  --token T      enable POST /api/documents (analyse and store articles), which then requires
                 'Authorization: Bearer T'; also read from LAGEBILD_TOKEN
  --quiet        no request log

Stops on Ctrl-C. Exit codes: 0 stopped · 2 bad option · 3 no database or port in use`;

const command: Command = {
  name: 'serve',
  summary: 'web UI and JSON API over the stored events',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string', default: 'lagebild.db' }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' }, quiet: { type: 'boolean', default: false },
    });
    if (positionals.length) throw new CliError(`unexpected argument '${positionals[0]}'`);
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port as string) || port > 65535) throw new CliError(`--port must be 0..65535, got '${values.port}'`);
    const token = (values.token as string | undefined) ?? process.env.LAGEBILD_TOKEN;
    if (token !== undefined && token.length < 8) throw new CliError('--token must have at least 8 characters');
    const db = values.db as string;
    // Without a token nothing can be written, so a missing database is a mistake, not a new store.
    if (!token && !existsSync(db)) throw new CliError(`no database at ${db} (run lagebild ingest first, or pass --db)`, EXIT.FATAL);
    let running;
    try {
      running = await startServer({ db, host: values.host as string, port, token, log: values.quiet ? undefined : (l) => console.error(l) });
    } catch (e) {
      throw new CliError(`cannot serve: ${(e as Error).message}`, EXIT.FATAL);
    }
    console.log(`lagebild serve: ${running.url}/  (API ${running.url}/api/openapi.json${token ? ', writing enabled' : ''})`);
    await new Promise<void>((resolve) => {
      const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await running.close();
    return EXIT.OK;
  },
};
export default command;
