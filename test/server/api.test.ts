// The HTTP API against a temporary store seeded with examples/ and hostile documents.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { codeMatch } from '../../src/store/query.js';
import type { EventQuery, Store, StoredEvent } from '../../src/store/store.js';
import { bucketOf, type Timeline } from '../../src/store/analytics.js';
import { HOSTILE, seedDb, type Seeded } from './fixture.js';

let seeded: Seeded;
let srv: RunningServer;
let writer: RunningServer;
let store: Store;
const TOKEN = 'test-token-123456';

before(async () => {
  seeded = await seedDb();
  srv = await startServer({ db: seeded.db, port: 0 });
  store = openSqliteStore(seeded.db, { readonly: true });
});
after(async () => {
  store.close();
  await srv.close();
  await writer?.close();
  seeded.cleanup();
});

interface Res { status: number; headers: Record<string, string | string[] | undefined>; text: string; json: any }

function call(path: string, opts: { method?: string; body?: string | Buffer; headers?: Record<string, string>; base?: RunningServer } = {}): Promise<Res> {
  const s = opts.base ?? srv;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: s.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try { json = JSON.parse(text); } catch { /* not JSON */ }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function allEvents(qs: string): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const r = await call(`/api/events?${qs}${qs ? '&' : ''}limit=7${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(r.status, 200, r.text);
    out.push(...r.json.events);
    cursor = r.json.next;
    if (!cursor) break;
  }
  return out;
}

const gids = (es: Iterable<StoredEvent>) => [...es].map((e) => e.gid).sort();

test('paging with cursors returns every event once, newest first by default, or in ingest order', async () => {
  const newest = await allEvents('');
  assert.equal(newest.length, store.stats().events);
  for (let i = 1; i < newest.length; i++) assert.ok(newest[i - 1].date! >= newest[i].date!);
  const events = await allEvents('sort=ingest');
  assert.equal(events.length, store.stats().events);
  assert.equal(new Set(events.map((e) => e.gid)).size, events.length);
  const seqs = events.map((e) => e.seq!);
  assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b));
});

test('sorted paging: -date is non-increasing across pages, goldstein non-decreasing', async () => {
  const byDate = await allEvents('sort=-date');
  assert.equal(byDate.length, store.stats().events);
  for (let i = 1; i < byDate.length; i++) assert.ok(byDate[i - 1].date! >= byDate[i].date! || byDate[i - 1].date === byDate[i].date, `${byDate[i - 1].date} then ${byDate[i].date}`);
  const byG = await allEvents('sort=goldstein');
  for (let i = 1; i < byG.length; i++) assert.ok(byG[i - 1].goldstein <= byG[i].goldstein);
});

// Each API filter must select exactly what the store's own query selects.
const SAME_AS_STORE: [string, EventQuery, boolean?][] = [
  ['actor=RUS', { actor: 'RUS' }],
  ['actor=nat', { actor: 'NAT' }],
  ['actor=GOV', { actor: 'GOV' }],
  ['source=USA', { source: 'USA' }],
  ['target=UKR', { target: 'UKR' }],
  ['cameo=11', { cameo: '11' }],
  ['cameo=04,19', { cameo: '04,19' }],
  ['cameo=112', { cameo: '112' }],
  ['plover=accuse,assault', { plover: 'ACCUSE,ASSAULT' }],
  ['quad=4', { quad: 4 }],
  ['status=alleged,hypothetical', { status: ['alleged', 'hypothetical'] }],
  ['from=2024-02&to=2024-06', { from: '2024-02', to: '2024-06' }],
  ['lang=en', { lang: 'en' }],
  ['q=Putin', { text: 'Putin' }],
  ['actor=RUS&quad=3&lang=de', { actor: 'RUS', quad: 3, lang: 'de' }],
  // Lengths that are no actor key (not 3, 6, 9 … letters) take the per-row path.
  ['actor=RU', { actor: 'RU' }],
  ['source=USAGO', { source: 'USAGO' }],
  // One actor drives, the others are checked per row (these may match nothing).
  ['source=RUS&target=UKR', { source: 'RUS', target: 'UKR' }, true],
  ['actor=GOV&target=RUS&cameo=1', { actor: 'GOV', target: 'RUS', cameo: '1' }, true],
];

test('filters select the same events as the store', async () => {
  for (const [qs, q, mayBeEmpty] of SAME_AS_STORE) {
    const got = await allEvents(qs);
    assert.deepEqual(gids(got), gids(store.events(q)), qs);
    if (!mayBeEmpty) assert.ok(got.length > 0, `${qs} matches something in the examples`);
  }
});

test('dyad matches the pair in either direction', async () => {
  for (const [a, b] of [['RUS', 'UKR'], ['UKR', 'RUS'], ['RU', 'UKR'], ['GOV', 'GOV'], ['IRN', 'ISR']]) {
    const got = await allEvents(`dyad=${a},${b}&sort=-date`);
    const want = [...store.events({})].filter((e) => {
      const s = e.source?.code ?? null;
      const t = e.target?.code ?? null;
      return (codeMatch(s, a) && codeMatch(t, b)) || (codeMatch(s, b) && codeMatch(t, a));
    });
    assert.deepEqual(gids(got), gids(want), `${a},${b}`);
    if (a === 'IRN' || a === 'GOV') assert.ok(got.length > 0, `${a},${b} matches something in the examples`);
  }
});

const BAD: [string, number, string][] = [
  ['/api/events?quad=9', 400, 'quad'],
  ['/api/events?quad=1.5', 400, 'quad'],
  ['/api/events?actor=RU%3BDROP', 400, 'actor'],
  ['/api/events?from=2024-13', 400, 'from'],
  ['/api/events?to=yesterday', 400, 'to'],
  ['/api/events?cameo=19x', 400, 'cameo'],
  ['/api/events?plover=BOMB', 400, 'plover'],
  ['/api/events?status=rumour', 400, 'status'],
  ['/api/events?lang=german', 400, 'lang'],
  ['/api/events?dyad=RUS', 400, 'dyad'],
  ['/api/events?cursor=garbage', 400, 'cursor'],
  ['/api/events?sort=random', 400, 'sort'],
  ['/api/events?limit=0', 400, 'limit'],
  ['/api/events?limit=100000', 400, 'limit'],
  ['/api/events?quad=1&quad=2', 400, 'quad'],
  ['/api/events?colour=red', 400, 'colour'],
  ['/api/events?q=%22unterminated', 400, 'q'],
  ['/api/timeline?bucket=year', 400, 'bucket'],
  ['/api/timeline?by=cameo', 400, 'by'],
  ['/api/search', 400, 'q'],
  ['/api/export', 400, 'format'],
  ['/api/export?format=xml', 400, 'format'],
  ['/api/events/nope', 404, ''],
  ['/api/events/0000000000000000%3A1', 404, ''],
  ['/api/documents/no-such-doc', 404, ''],
  ['/api/nothing', 404, ''],
];

test('bad requests get a 4xx JSON error naming the parameter', async () => {
  for (const [path, status, param] of BAD) {
    const r = await call(path);
    assert.equal(r.status, status, `${path}: ${r.text}`);
    assert.equal(r.json.error.status, status, path);
    assert.equal(typeof r.json.error.message, 'string', path);
    if (param) assert.equal(r.json.error.param, param, `${path}: ${r.text}`);
  }
});

test('event evidence: sentence, trigger and actor offsets, rules, document link', async () => {
  const [e] = await allEvents('actor=RUS&cameo=11');
  const r = await call(`/api/events/${encodeURIComponent(e.gid)}`);
  assert.equal(r.status, 200);
  const ev = r.json.evidence;
  const doc = (await call(ev.document.href)).json;
  assert.equal(ev.sentence.text, doc.doc.text.slice(ev.sentence.start, ev.sentence.end));
  const trig = ev.spans.find((s: { role: string }) => s.role === 'trigger');
  assert.equal(ev.sentence.text.slice(trig.sentenceStart, trig.sentenceEnd), r.json.event.trigger.text);
  assert.equal(doc.doc.text.slice(trig.start, trig.end), r.json.event.trigger.text);
  for (const role of ['source', 'target'] as const) {
    const a = r.json.event[role];
    if (!a) continue;
    const s = ev.spans.find((x: { role: string }) => x.role === role);
    assert.equal(s.code, a.code);
    assert.equal(doc.doc.text.slice(s.start, s.end), a.text);
  }
  assert.deepEqual(ev.rules, r.json.event.rule.split('+'));
  assert.ok(doc.eventIds.includes(e.gid));
});

test('document: text and every annotation layer', async () => {
  const key = (await allEvents('q=Putin'))[0].docKey;
  const r = await call(`/api/documents/${key}`);
  assert.equal(r.status, 200);
  const stored = store.getAnalysis(key)!;
  for (const layer of ['sentences', 'actors', 'events', 'quotes', 'amounts', 'times'] as const) assert.deepEqual(r.json[layer], stored[layer], layer);
  assert.equal(r.json.doc.text, stored.doc.text);
  // By id as well as by key.
  assert.equal((await call(`/api/documents/${encodeURIComponent(stored.doc.id)}`)).json.docKey, key);
});

test('actors and dyads count like a brute-force pass over the events', async () => {
  const evs = [...store.events({ lang: 'de' })];
  const counts = new Map<string, number>();
  for (const e of evs) for (const c of [e.source?.code, e.target?.code]) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  const r = await call('/api/actors?lang=de&limit=500');
  assert.equal(r.status, 200);
  assert.equal(r.json.actors.length, counts.size);
  for (const a of r.json.actors) assert.equal(a.events, counts.get(a.code), a.code);
  const top = r.json.actors[0];
  assert.equal(top.events, Math.max(...counts.values()));

  const pairs = new Map<string, { n: number; g: number; q: number[] }>();
  for (const e of evs) {
    if (!e.source || !e.target) continue;
    const [a, b] = [e.source.code, e.target.code].sort();
    const p = pairs.get(`${a},${b}`) ?? { n: 0, g: 0, q: [0, 0, 0, 0] };
    p.n++; p.g += e.goldstein; p.q[e.quad - 1]++;
    pairs.set(`${a},${b}`, p);
  }
  const d = await call('/api/dyads?lang=de&limit=500');
  assert.equal(d.json.dyads.length, pairs.size);
  for (const x of d.json.dyads) {
    const p = pairs.get(`${x.a},${x.b}`)!;
    assert.equal(x.events, p.n);
    assert.equal(x.aToB + x.bToA, p.n);
    assert.deepEqual(x.quads, p.q);
    assert.ok(Math.abs(x.meanGoldstein - p.g / p.n) < 0.01);
  }
});

// The rollup tables (pairs all-time and per month, key × day) must give exactly what grouping
// the matching events gives, including date bounds that cut through a month.
const ROLLUP_CASES: [string, EventQuery, [string, string]?][] = [
  ['', {}],
  ['actor=RUS', { actor: 'RUS' }],
  ['actor=GOV&quad=3', { actor: 'GOV', quad: 3 }],
  ['quad=4', { quad: 4 }],
  ['from=2024-02&to=2024-06', { from: '2024-02', to: '2024-06' }],
  ['from=2024-02-10&to=2024-09-03', { from: '2024-02-10', to: '2024-09-03' }],
  ['from=2024-09-02&to=2024-09-02', { from: '2024-09-02', to: '2024-09-02' }],
  ['from=2024', { from: '2024' }],
  ['to=2024-03-31', { to: '2024-03-31' }],
  ['actor=RUS&from=2024-01-15', { actor: 'RUS', from: '2024-01-15' }],
  ['dyad=RUS,UKR', {}, ['RUS', 'UKR']],
  ['dyad=IRN,ISR&quad=4', { quad: 4 }, ['IRN', 'ISR']],
  ['source=USA', { source: 'USA' }],
  ['target=RUS&quad=4&from=2024-03', { target: 'RUS', quad: 4, from: '2024-03' }],
];

function bruteEvents(q: EventQuery, dyad?: [string, string]): StoredEvent[] {
  return [...store.events(q)].filter((e) => {
    if (!dyad) return true;
    const s = e.source?.code ?? null;
    const t = e.target?.code ?? null;
    return (codeMatch(s, dyad[0]) && codeMatch(t, dyad[1])) || (codeMatch(s, dyad[1]) && codeMatch(t, dyad[0]));
  });
}

test('actors, dyads and timelines from the rollups equal grouping the matching events', async () => {
  let nonEmpty = 0;
  for (const [qs, q, dyad] of ROLLUP_CASES) {
    const evs = bruteEvents(q, dyad);
    if (evs.length) nonEmpty++;
    const actors = new Map<string, { s: number; t: number }>();
    for (const e of evs) {
      for (const [c, side] of [[e.source?.code, 's'], [e.target?.code, 't']] as const) {
        if (!c) continue;
        const a = actors.get(c) ?? { s: 0, t: 0 };
        a[side]++;
        actors.set(c, a);
      }
    }
    const r = await call(`/api/actors?limit=500${qs ? `&${qs}` : ''}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.actors.length, actors.size, qs);
    for (const a of r.json.actors) {
      const want = actors.get(a.code)!;
      assert.deepEqual([a.asSource, a.asTarget, a.events], [want.s, want.t, want.s + want.t], `${qs} ${a.code}`);
    }
    for (let i = 1; i < r.json.actors.length; i++) assert.ok(r.json.actors[i - 1].events >= r.json.actors[i].events, qs);

    const pairs = new Map<string, { ab: number; ba: number; g: number; q: number[] }>();
    for (const e of evs) {
      if (!e.source || !e.target) continue;
      const s = e.source.code;
      const t = e.target.code;
      const [a, b] = s <= t ? [s, t] : [t, s];
      const p = pairs.get(`${a},${b}`) ?? { ab: 0, ba: 0, g: 0, q: [0, 0, 0, 0] };
      if (s <= t) p.ab++; else p.ba++;
      p.g += e.goldstein; p.q[e.quad - 1]++;
      pairs.set(`${a},${b}`, p);
    }
    const d = await call(`/api/dyads?limit=500${qs ? `&${qs}` : ''}`);
    assert.equal(d.status, 200, d.text);
    assert.equal(d.json.dyads.length, pairs.size, qs);
    for (const x of d.json.dyads) {
      const p = pairs.get(`${x.a},${x.b}`)!;
      assert.deepEqual([x.aToB, x.bToA, x.events], [p.ab, p.ba, p.ab + p.ba], `${qs} ${x.a},${x.b}`);
      assert.deepEqual(x.quads, p.q, `${qs} ${x.a},${x.b}`);
      assert.ok(Math.abs(x.meanGoldstein - p.g / (p.ab + p.ba)) < 0.006, `${qs} ${x.a},${x.b}`);
    }

    for (const bucket of ['day', 'month'] as const) {
      const want = new Map<string, number>();
      for (const e of evs) {
        const b = e.date ? bucketOf(e.date, bucket) : null;
        if (b) want.set(`${b} ${e.quad}`, (want.get(`${b} ${e.quad}`) ?? 0) + 1);
      }
      const t = (await call(`/api/timeline?bucket=${bucket}${qs ? `&${qs}` : ''}`)).json as Timeline;
      const got = new Map<string, number>();
      for (const pt of t.points) for (const [k, c] of Object.entries(pt.counts)) got.set(`${pt.bucket} ${k}`, c);
      assert.deepEqual(got, want, `${qs} ${bucket}`);
    }
  }
  assert.ok(nonEmpty >= ROLLUP_CASES.length - 3, 'most cases match events in the examples');
});

test('timeline: buckets plus coarse plus undated add up to the matching events, per quad', async () => {
  for (const qs of ['', 'actor=RUS', 'quad=3&lang=en', 'cameo=11', 'q=Putin']) {
    const total = (await allEvents(qs)).length;
    for (const bucket of ['day', 'week', 'month']) {
      const t = (await call(`/api/timeline?bucket=${bucket}${qs ? `&${qs}` : ''}`)).json as Timeline;
      const inBuckets = t.points.reduce((s, p) => s + p.total, 0);
      assert.equal(inBuckets + t.coarse + t.undated, total, `${qs} ${bucket}`);
      for (let i = 1; i < t.points.length; i++) assert.ok(t.points[i - 1].bucket < t.points[i].bucket);
    }
  }
  const byPlover = (await call('/api/timeline?by=plover&bucket=month')).json as Timeline;
  assert.ok(byPlover.keys.includes('ACCUSE'));
});

test('search: full text with plain-text snippet pieces', async () => {
  const r = await call('/api/search?q=Putin');
  assert.equal(r.status, 200);
  assert.ok(r.json.documents.length >= 1);
  const hit = r.json.documents[0];
  assert.ok(hit.snippet.some((s: { text: string; hit: boolean }) => s.hit && /putin/i.test(s.text)));
});

test('export streams every format with the matching content type', async () => {
  const n = [...store.events({ actor: 'RUS' })].length;
  const jsonl = await call('/api/export?format=jsonl&actor=RUS');
  assert.equal(jsonl.status, 200);
  assert.match(String(jsonl.headers['content-type']), /ndjson/);
  assert.equal(jsonl.text.trim().split('\n').length, n);
  const csv = await call('/api/export?format=csv&actor=RUS');
  assert.match(String(csv.headers['content-type']), /text\/csv/);
  assert.ok(csv.text.startsWith('gid,'));
  const gdelt = await call('/api/export?format=gdelt&actor=RUS');
  assert.equal(gdelt.text.trim().split('\n')[0].split('\t').length, 61);
  const plover = await call('/api/export?format=plover');
  assert.ok(plover.text.trim().split('\n').every((l) => typeof JSON.parse(l).event === 'string'));
});

test('security headers on pages and API; foreign Host names refused', async () => {
  for (const path of ['/', '/api/meta', '/js/main.js', '/api/nothing']) {
    const r = await call(path);
    const csp = String(r.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/, path);
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
  }
  const rebinding = await call('/api/meta', { headers: { Host: 'attacker.example:8080' } });
  assert.equal(rebinding.status, 421);
});

test('static files: the page, its scripts, nothing else', async () => {
  const page = await call('/');
  assert.equal(page.status, 200);
  assert.match(String(page.headers['content-type']), /text\/html/);
  assert.doesNotMatch(page.text, /<script>|\son\w+=/i, 'no inline script or handlers');
  assert.doesNotMatch(page.text, /https?:\/\//, 'nothing from elsewhere');
  assert.equal((await call('/js/main.js')).status, 200);
  for (const p of ['/js/../../package.json', '/%2e%2e/package.json', '/src/server/server.ts', '/etc/passwd']) assert.equal((await call(p)).status, 404, p);
  assert.equal((await call('/', { method: 'DELETE' })).status, 405);
});

test('hostile documents come back byte for byte (escaping is the JSON encoder\'s and the UI\'s job)', async () => {
  const key = (await call(`/api/documents/${encodeURIComponent(HOSTILE[1].id)}`)).json.docKey;
  const r = await call(`/api/documents/${key}`);
  assert.equal(r.json.doc.title, HOSTILE[1].title);
  assert.equal(r.json.doc.id, HOSTILE[1].id);
  assert.equal(r.json.doc.url, HOSTILE[1].url);
  assert.match(String(r.headers['content-type']), /^application\/json/);
});

test('POST /api/documents: off without a token; with one, authorised, bounded and validated', async () => {
  const doc = { id: 'posted-1', lang: 'en', date: '2024-10-01', text: 'Hungary\'s prime minister criticised the European Commission on Tuesday.' };
  const off = await call('/api/documents', { method: 'POST', body: JSON.stringify(doc), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` } });
  assert.equal(off.status, 403);

  writer = await startServer({ db: seeded.db, port: 0, token: TOKEN, maxBody: 4096 });
  const post = (body: string, headers: Record<string, string>) => call('/api/documents', { method: 'POST', body, headers, base: writer });
  const json = { 'Content-Type': 'application/json' };
  assert.equal((await post(JSON.stringify(doc), json)).status, 401);
  assert.equal((await post(JSON.stringify(doc), { ...json, Authorization: 'Bearer wrong-token-0000' })).status, 401);
  const auth = { ...json, Authorization: `Bearer ${TOKEN}` };
  assert.equal((await post(JSON.stringify(doc), { 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` })).status, 415);
  assert.equal((await post('{"id":', auth)).status, 400);
  assert.equal((await post(JSON.stringify({ id: 'x' }), auth)).status, 400);
  assert.equal((await post(JSON.stringify({ ...doc, date: '2024-02-30' }), auth)).status, 400);
  assert.equal((await post(JSON.stringify({ ...doc, text: 'x'.repeat(5000) }), auth)).status, 413);
  const ok = await post(JSON.stringify(doc), auth);
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.json.documents[0].inserted, true);
  // Stored and visible at once through the other endpoints.
  const back = await call(`/api/documents/posted-1`, { base: writer });
  assert.equal(back.json.doc.text, doc.text);
  const again = await post(JSON.stringify(doc), auth);
  assert.equal(again.json.documents[0].inserted, false);
});

test('openapi.json documents every route', async () => {
  const r = await call('/api/openapi.json');
  assert.equal(r.json.openapi, '3.1.0');
  for (const p of ['/api/events', '/api/events/{id}', '/api/documents/{id}', '/api/documents', '/api/actors', '/api/dyads', '/api/timeline', '/api/search', '/api/export', '/api/meta']) {
    assert.ok(r.json.paths[p], p);
  }
  assert.ok(r.json.paths['/api/documents'].post);
});
