// `lagebild serve`: one node:http server for the JSON API (/api/…) and the web UI (everything else).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openSqliteStore } from '../store/sqlite.js';
import { Analytics } from '../store/analytics.js';
import { handleApi, type ApiContext } from './api.js';
import { clientError, HttpError } from './params.js';
import { securityHeaders, sendError } from './http.js';
import { Assets } from './static.js';

export interface ServeOptions {
  db: string;
  host?: string;
  port?: number;
  /** Enables POST /api/documents, which then requires `Authorization: Bearer <token>`. */
  token?: string;
  /** Largest POST body in bytes (default 5 MB). */
  maxBody?: number;
  /** Request log sink (one line per request); silent when absent. */
  log?: (line: string) => void;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** Host header without the port (IPv6 literals keep their brackets). */
function hostName(h: string): string {
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const i = h.lastIndexOf(':');
  return (i >= 0 ? h.slice(0, i) : h).toLowerCase();
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const store = openSqliteStore(opts.db);
  // Five seconds of patience when an ingest holds the write lock while the analytics tables catch up.
  store.db.pragma('busy_timeout = 5000');
  const ax = new Analytics(store.db);
  const ctx: ApiContext = { store, ax, dbPath: opts.db, token: opts.token || undefined, maxBody: opts.maxBody ?? 5 * 1024 * 1024 };
  const assets = new Assets();
  const loopbackOnly = isLoopback(host);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    // Bound to loopback, only loopback names are accepted: a web page elsewhere cannot reach the
    // API through DNS rebinding.
    if (loopbackOnly) {
      const h = hostName(req.headers.host ?? '');
      if (!isLoopback(h) && h !== host) throw new HttpError(421, `unexpected Host '${h.slice(0, 60)}' for a server bound to ${host}`);
    }
    if ((req.url ?? '').length > 8192) throw new HttpError(414, 'URL too long');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      throw new HttpError(400, 'malformed URL');
    }
    if (url.pathname.startsWith('/api/') || url.pathname === '/api') {
      await handleApi(ctx, req, res, url);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, `${req.method} is not allowed here`);
    if (assets.problem && (url.pathname === '/' || url.pathname.startsWith('/js/'))) throw new HttpError(503, assets.problem);
    if (!assets.send(url.pathname, res, req.method === 'HEAD')) throw new HttpError(404, `no such page: ${url.pathname.slice(0, 100)}`);
  }

  const server = createServer({ maxHeaderSize: 16384, requestTimeout: 60000 }, (req, res) => {
    const t0 = performance.now();
    res.on('finish', () => opts.log?.(`${req.method} ${req.url?.slice(0, 200)} ${res.statusCode} ${(performance.now() - t0).toFixed(1)}ms`));
    handle(req, res).catch((e: unknown) => {
      const err = clientError(e) ?? new HttpError(500, 'internal error');
      if (err.status === 500) console.error(`lagebild serve: ${req.method} ${req.url}: ${(e as Error)?.stack ?? e}`);
      if (res.headersSent) { res.destroy(); return; }
      sendError(res, err);
    });
  });
  server.headersTimeout = 20000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => { server.off('error', reject); resolve(); });
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port,
    url: `http://${shown}:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => { store.close(); resolve(); });
      server.closeAllConnections();
    }),
  };
}
