// The web UI's files: HTML and CSS beside the sources (src/server/web), the scripts as tsc
// compiles them (dist/src/server/web). Only files listed at start-up are served, so no request
// path ever reaches the file system.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';
import { dataPath } from '../util/data.js';

interface Asset { body: Buffer; type: string }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml',
};

/** Folder of the compiled UI scripts: beside this module when it runs compiled, else in dist/. */
function scriptDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const compiled = join(here, 'web');
  if (import.meta.url.endsWith('.js') && existsSync(join(compiled, 'main.js'))) return compiled;
  return dataPath('dist/src/server/web');
}

export class Assets {
  private readonly files = new Map<string, Asset>();
  /** Why the UI cannot be served (not built), or null. */
  readonly problem: string | null = null;

  constructor() {
    const src = dataPath('src/server/web');
    for (const name of ['index.html', 'app.css', 'favicon.svg']) {
      const p = join(src, name);
      if (existsSync(p)) this.files.set(name === 'index.html' ? '/' : `/${name}`, { body: readFileSync(p), type: TYPES[name.slice(name.lastIndexOf('.'))] });
    }
    const js = scriptDir();
    if (!existsSync(join(js, 'main.js'))) {
      this.problem = `the web UI is not built (no ${join(js, 'main.js')}): run npm run build`;
      return;
    }
    for (const name of readdirSync(js)) {
      if (name.endsWith('.js')) this.files.set(`/js/${name}`, { body: readFileSync(join(js, name)), type: TYPES['.js'] });
    }
  }

  /** Sends the asset for `path`; false when there is none. */
  send(path: string, res: ServerResponse, head: boolean): boolean {
    const a = this.files.get(path === '/index.html' ? '/' : path);
    if (!a) return false;
    res.writeHead(200, { 'Content-Type': a.type, 'Content-Length': a.body.length, 'Cache-Control': 'no-cache' });
    res.end(head ? undefined : a.body);
    return true;
  }
}
