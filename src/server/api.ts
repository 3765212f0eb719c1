// The JSON API: one handler per route, all inputs validated in params.ts, documented in openapi.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Store } from '../store/store.js';
import { Analytics } from '../store/analytics.js';
import { openSqliteStore } from '../store/sqlite.js';
import { STATUSES } from '../model/analysis.js';
import { PLOVER_TYPES } from '../model/plover.js';
import { cameoInfo } from '../model/cameo.js';
import { recordToDocument } from '../ingest/json-record.js';
import { analyzeSafely } from '../ingest/analyze-safely.js';
import { csvHeader, csvRow, gdeltRow, ploverRecord } from '../export/index.js';
import type { ExportFormat } from '../export/index.js';
import {
  checkParams, enumParam, eventQuery, FILTER_PARAMS, FORMATS, HttpError, intParam, PAGE_PARAMS, pageQuery, TIMELINE_BUCKETS, TIMELINE_BY,
} from './params.js';
import { readBody, sendJson } from './http.js';
import { evidenceOf, QUAD_NAMES } from './evidence.js';
import { openApiDocument } from './openapi.js';

export interface ApiContext {
  store: Store;
  ax: Analytics;
  dbPath: string;
  /** Writing is enabled only when a token is set. */
  token?: string;
  /** Largest accepted POST body in bytes. */
  maxBody: number;
}

type Handler = (ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL, arg?: string) => Promise<void> | void;

const CAMEO_ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')).map((c) => ({ code: c, name: cameoInfo(c)?.name ?? c, quad: cameoInfo(c)?.quad ?? null }));

const EXPORT_TYPES: Record<ExportFormat, string> = {
  gdelt: 'text/tab-separated-values; charset=utf-8', plover: 'application/x-ndjson; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8', csv: 'text/csv; charset=utf-8',
};
const EXPORT_EXT: Record<ExportFormat, string> = { gdelt: 'tsv', plover: 'jsonl', jsonl: 'jsonl', csv: 'csv' };

const meta: Handler = (ctx, _req, res, url) => {
  checkParams(url.searchParams, []);
  sendJson(res, 200, {
    ...ctx.ax.overview(), writable: Boolean(ctx.token),
    quads: QUAD_NAMES, statusNames: STATUSES, plover: PLOVER_TYPES.map((p) => ({ type: p.type, gloss: p.gloss })), cameoRoots: CAMEO_ROOTS,
  });
};

const events: Handler = (ctx, _req, res, url) => {
  checkParams(url.searchParams, [...FILTER_PARAMS, ...PAGE_PARAMS]);
  const q = pageQuery(url.searchParams);
  const page = ctx.ax.eventsPage(q);
  sendJson(res, 200, { events: page.events, next: page.next });
};

const event: Handler = (ctx, _req, res, url, gid) => {
  checkParams(url.searchParams, []);
  if (!gid || gid.length > 300) throw new HttpError(400, 'event id: expected <document key>:<event id>');
  const e = ctx.ax.eventByGid(gid);
  if (!e) throw new HttpError(404, `no event '${gid.slice(0, 80)}'`);
  sendJson(res, 200, { event: e, evidence: evidenceOf(e) });
};

const documentById: Handler = (ctx, _req, res, url, id) => {
  checkParams(url.searchParams, []);
  if (!id || id.length > 300) throw new HttpError(400, 'document id: expected a document key or id');
  const key = ctx.ax.docKey(id);
  const a = key ? ctx.store.getAnalysis(key) : null;
  if (!key || !a) throw new HttpError(404, `no document '${id.slice(0, 80)}'`);
  sendJson(res, 200, { docKey: key, ...a, eventIds: a.events.map((e) => `${key}:${e.id}`) });
};

const actors: Handler = (ctx, _req, res, url) => {
  checkParams(url.searchParams, [...FILTER_PARAMS, 'limit']);
  const q = eventQuery(url.searchParams);
  sendJson(res, 200, { actors: ctx.ax.actors(q, intParam(url.searchParams, 'limit', 20, 1, 500)) });
};

const dyads: Handler = (ctx, _req, res, url) => {
  checkParams(url.searchParams, [...FILTER_PARAMS, 'limit']);
  const q = eventQuery(url.searchParams);
  sendJson(res, 200, { dyads: ctx.ax.dyads(q, intParam(url.searchParams, 'limit', 20, 1, 500)) });
};

const timeline: Handler = (ctx, _req, res, url) => {
  checkParams(url.searchParams, [...FILTER_PARAMS, 'bucket', 'by']);
  const q = eventQuery(url.searchParams);
  const bucket = enumParam(url.searchParams, 'bucket', TIMELINE_BUCKETS, 'month');
  const by = enumParam(url.searchParams, 'by', TIMELINE_BY, 'quad');
  sendJson(res, 200, ctx.ax.timeline(q, bucket, by));
};

const search: Handler = (ctx, _req, res, url) => {
  checkParams(url.searchParams, ['q', 'limit']);
  const text = url.searchParams.get('q')?.trim();
  if (!text) throw new HttpError(400, 'q: required (words, "phrases", OR, NOT, prefix*)', 'q');
  if (text.length > 500) throw new HttpError(400, 'q: too long (at most 500 characters)', 'q');
  sendJson(res, 200, { documents: ctx.ax.search(text, intParam(url.searchParams, 'limit', 20, 1, 200)) });
};

/**
 * Streams the export from a second, read-only connection: a long export must not hold the
 * main connection (better-sqlite3 allows no other statement while an iteration is open).
 */
const exportEvents: Handler = async (ctx, req, res, url) => {
  checkParams(url.searchParams, [...FILTER_PARAMS, 'format', 'sort', 'limit']);
  const format = url.searchParams.get('format');
  if (!format) throw new HttpError(400, `format: required (${FORMATS.join(', ')})`, 'format');
  const fmt = enumParam(url.searchParams, 'format', FORMATS, 'jsonl');
  const q = eventQuery(url.searchParams);
  const sort = url.searchParams.get('sort');
  if (sort) q.sort = enumParam(url.searchParams, 'sort', ['date', '-date', 'goldstein', '-goldstein'] as const, 'date');
  if (url.searchParams.has('limit')) q.limit = intParam(url.searchParams, 'limit', 0, 0, Number.MAX_SAFE_INTEGER);
  ctx.ax.sync();
  // Validate the whole query (and FTS syntax) before the 200 header goes out.
  ctx.ax.eventsPage({ ...q, limit: 1 });
  const ro = openSqliteStore(ctx.dbPath, { readonly: true });
  const ax = new Analytics(ro.db, false);
  const it = ax.events(q);
  let aborted = false;
  res.on('close', () => { aborted = true; });
  try {
    res.writeHead(200, {
      'Content-Type': EXPORT_TYPES[fmt], 'Cache-Control': 'no-store',
      'Content-Disposition': `attachment; filename="lagebild-events.${EXPORT_EXT[fmt]}"`,
    });
    if (req.method === 'HEAD') return;
    let buf = fmt === 'csv' ? csvHeader() + '\n' : '';
    for (const e of it) {
      if (fmt === 'gdelt') buf += gdeltRow(e) + '\n';
      else if (fmt === 'csv') buf += csvRow(e) + '\n';
      else if (fmt === 'jsonl') buf += JSON.stringify(e) + '\n';
      else {
        const r = ploverRecord(e);
        if (r) buf += JSON.stringify(r) + '\n';
      }
      if (buf.length >= 65536) {
        const ok = res.write(buf);
        buf = '';
        if (!ok) await new Promise<void>((resolve) => { res.once('drain', resolve); res.once('close', resolve); });
        if (aborted) break;
      }
    }
    if (!aborted) res.end(buf);
  } finally {
    it.return(undefined);
    ro.close();
  }
};

function tokenMatches(given: string, token: string): boolean {
  // Compare digests so the comparison takes the same time whatever the lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/** POST /api/documents: one record `{id, text, date?, lang?, title?, url?}` or an array of up to 100. */
const postDocuments: Handler = async (ctx, req, res, url) => {
  checkParams(url.searchParams, []);
  if (!ctx.token) throw new HttpError(403, 'writing is disabled: start `lagebild serve` with --token to accept documents');
  const auth = req.headers.authorization ?? '';
  const m = /^Bearer (.+)$/.exec(auth);
  if (!m || !tokenMatches(m[1], ctx.token)) throw new HttpError(401, 'missing or wrong token (send Authorization: Bearer <token>)');
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'send the documents as application/json');
  const body = await readBody(req, ctx.maxBody);
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw new HttpError(400, `body is not JSON: ${(e as Error).message}`);
  }
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0 || records.length > 100) throw new HttpError(400, 'send one document or an array of 1 to 100 documents');
  const docs = records.map((r, i) => {
    const d = recordToDocument(r, {});
    if (!d.ok) throw new HttpError(400, `document ${i + 1}: ${d.reason}`);
    return d.doc;
  });
  const analyses = docs.map((d, i) => {
    const r = analyzeSafely(d);
    if (!r.ok) throw new HttpError(422, `document ${i + 1}: ${r.reason}`);
    return r.analysis;
  });
  const results = ctx.store.putBatch(analyses);
  ctx.ax.sync();
  sendJson(res, 201, {
    documents: results.map((r, i) => ({ id: docs[i].id, docKey: r.docKey, inserted: r.inserted, events: analyses[i].events.length, href: `/api/documents/${r.docKey}` })),
  });
};

const openapi: Handler = (ctx, _req, res, url) => {
  checkParams(url.searchParams, []);
  sendJson(res, 200, openApiDocument(Boolean(ctx.token)));
};

interface Route { method: 'GET' | 'POST'; path: RegExp; handler: Handler }

const ROUTES: Route[] = [
  { method: 'GET', path: /^\/api\/openapi\.json$/, handler: openapi },
  { method: 'GET', path: /^\/api\/meta$/, handler: meta },
  { method: 'GET', path: /^\/api\/events$/, handler: events },
  { method: 'GET', path: /^\/api\/events\/([^/]+)$/, handler: event },
  { method: 'GET', path: /^\/api\/documents\/([^/]+)$/, handler: documentById },
  { method: 'POST', path: /^\/api\/documents$/, handler: postDocuments },
  { method: 'GET', path: /^\/api\/actors$/, handler: actors },
  { method: 'GET', path: /^\/api\/dyads$/, handler: dyads },
  { method: 'GET', path: /^\/api\/timeline$/, handler: timeline },
  { method: 'GET', path: /^\/api\/search$/, handler: search },
  { method: 'GET', path: /^\/api\/export$/, handler: exportEvents },
];

/** Dispatches an /api/ request; throws HttpError for the client's mistakes. */
export async function handleApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  let pathMatched = false;
  for (const r of ROUTES) {
    const m = r.path.exec(url.pathname);
    if (!m) continue;
    pathMatched = true;
    if (r.method !== method) continue;
    let arg: string | undefined;
    if (m[1] !== undefined) {
      try {
        arg = decodeURIComponent(m[1]);
      } catch {
        throw new HttpError(400, 'malformed percent-encoding in the path');
      }
    }
    await r.handler(ctx, req, res, url, arg);
    return;
  }
  if (pathMatched) throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}`);
  throw new HttpError(404, `no API route ${url.pathname.slice(0, 100)} (see /api/openapi.json)`);
}
