// API benchmark (not a test): seeds N synthetic events (default 1,000,000) into a temporary
// SQLite store, starts the server, and reports p50/p95 latency of the main endpoints over
// loopback HTTP. Run: npm run bench:api [-- --events N --runs R]
// Targets (issue 6): p95 ≤ 100 ms for filtered event queries and timelines.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../src/store/sqlite.js';
import { startServer } from '../src/server/server.js';
import { cameoInfo, cameoCodes } from '../src/model/cameo.js';
import { ploverFor } from '../src/model/plover.js';
import type { Analysis, EventRecord, Status } from '../src/model/analysis.js';

const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '40' }, keep: { type: 'boolean', default: false } } });
const N = Number(values.events);
const RUNS = Number(values.runs);
const PER_DOC = 10;

// A seeded generator so every run measures the same data (mulberry32: 32-bit integer maths;
// an LCG in float arithmetic loses precision and repeats after a few hundred values).
let seed = 42;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
// Skewed choice: a few actors dominate, as in news.
const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * rnd() ** 2.5)];

const COUNTRIES = ['USA', 'RUS', 'UKR', 'CHN', 'DEU', 'FRA', 'GBR', 'ISR', 'IRN', 'PRK', 'KOR', 'JPN', 'TUR', 'POL', 'HUN', 'SYR', 'IRQ', 'SAU', 'YEM', 'IND', 'PAK', 'AFG', 'BLR', 'GEO', 'VEN', 'BRA', 'MEX', 'EGY', 'LBN', 'PSE', 'ITA', 'ESP', 'SWE', 'FIN', 'NOR', 'CAN', 'AUS', 'TWN', 'SRB', 'ARM'];
const ROLES = ['', 'GOV', 'GOV', 'MIL', 'OPP', 'LEG', 'BUS', 'JUD'];
const ACTORS = [...COUNTRIES.flatMap((c) => ROLES.map((r) => c + r)), 'IGOWSTNAT', 'IGOEUREEC', 'IGOUNO', 'IGOG7'];
const CODES = cameoCodes().filter((c) => c.length === 3);
const STATUS: Status[] = [...Array(14).fill('asserted'), 'alleged', 'alleged', 'hypothetical', 'future', 'negated', 'question'];
const DAY0 = Date.UTC(2015, 0, 1);
const DAYS = 3650;

function synthetic(d: number): Analysis {
  const date = new Date(DAY0 + Math.floor(rnd() * DAYS) * 86400000).toISOString().slice(0, 10);
  const lang = rnd() < 0.5 ? 'de' : 'en';
  const words = ['talks', 'sanctions', 'missile', 'summit', 'ceasefire', 'protest', 'election', 'aid', 'border', 'treaty'];
  const sentences: string[] = [];
  const events: EventRecord[] = [];
  let text = `Synthetic report ${d}\n\n`;
  for (let i = 0; i < PER_DOC; i++) {
    const s = `Actor ${i} acted on ${pick(words)} and ${pick(words)} in report ${d}.`;
    const start = text.length;
    text += s + ' ';
    sentences.push(s);
    const cameo = pick(CODES);
    const info = cameoInfo(cameo)!;
    const src = skewed(ACTORS);
    const tgt = rnd() < 0.8 ? skewed(ACTORS) : null;
    const ev: EventRecord = {
      id: String(i + 1), sentence: { start, end: start + s.length }, trigger: { start: start + 8, end: start + 13, text: s.slice(8, 13) },
      source: { code: src, text: src, start, end: start + 5 }, target: tgt ? { code: tgt, text: tgt, start: start + 20, end: start + 25 } : null,
      cameo, plover: ploverFor(cameo), status: pick(STATUS), date, quad: info.quad, goldstein: info.goldstein, confidence: 0.6, rule: 'bench.synthetic',
    };
    events.push(ev);
  }
  return {
    doc: { id: `syn-${d}`, text, date, lang, title: `Synthetic report ${d}` },
    sentences: events.map((e) => e.sentence), actors: [], events, quotes: [], amounts: [], times: [],
  };
}

function get(port: number, path: string): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`${path}: ${res.statusCode}`))));
    }).on('error', reject).end();
  });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-api-'));
  const db = join(dir, 'bench.db');
  console.log(`seeding ${N.toLocaleString('en')} synthetic events into ${db} …`);
  let t0 = performance.now();
  const store = openSqliteStore(db);
  const docs = Math.ceil(N / PER_DOC);
  for (let d = 0; d < docs; d += 1000) {
    store.putBatch(Array.from({ length: Math.min(1000, docs - d) }, (_, i) => synthetic(d + i)));
  }
  store.close();
  console.log(`  stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  const srv = await startServer({ db, port: 0 });
  console.log(`  server up, analytics tables built in ${((performance.now() - t0) / 1000).toFixed(1)} s (load ${loadavg().map((x) => x.toFixed(2)).join(' ')})`);

  // Each endpoint gets several query shapes, cycled, so the figures are not one cached plan.
  const actors = ['RUS', 'USA', 'UKRGOV', 'NAT', 'ARM', 'GOV'];
  const cases: [string, (i: number) => string][] = [
    ['events (no filter, -date)', () => '/api/events?sort=-date&limit=50'],
    ['events actor', (i) => `/api/events?actor=${actors[i % actors.length]}&sort=-date&limit=50`],
    ['events actor+quad', (i) => `/api/events?actor=${actors[i % actors.length]}&quad=${(i % 4) + 1}&sort=-date&limit=50`],
    ['events dyad', (i) => `/api/events?dyad=${['RUS,UKR', 'USA,CHN', 'ISR,IRN', 'ARMGOV,SRBJUD'][i % 4]}&limit=50`],
    ['events cameo+date range', (i) => `/api/events?cameo=${['19', '11', '04', '173'][i % 4]}&from=2019-0${(i % 9) + 1}&to=2019-12&sort=-date&limit=50`],
    ['events status+lang', (i) => `/api/events?status=${['alleged', 'hypothetical', 'negated'][i % 3]}&lang=de&limit=50`],
    ['events page 2 (cursor)', () => ''],
    ['timeline month', () => '/api/timeline?bucket=month'],
    ['timeline week quad=4', () => '/api/timeline?bucket=week&quad=4'],
    ['timeline day 1 year', (i) => `/api/timeline?bucket=day&from=${2016 + (i % 8)}&to=${2016 + (i % 8)}`],
    ['timeline actor month', (i) => `/api/timeline?bucket=month&actor=${actors[i % actors.length]}`],
    ['timeline dyad month', (i) => `/api/timeline?bucket=month&dyad=${['RUS,UKR', 'USA,CHN', 'ISR,IRN'][i % 3]}`],
    ['actors (no filter)', () => '/api/actors?limit=20'],
    ['actors one year', (i) => `/api/actors?limit=20&from=${2016 + (i % 8)}&to=${2016 + (i % 8)}`],
    ['actors actor', (i) => `/api/actors?limit=20&actor=${actors[i % actors.length]}`],
    ['dyads (no filter)', () => '/api/dyads?limit=50'],
    ['dyads one month', (i) => `/api/dyads?limit=50&from=2020-0${(i % 9) + 1}&to=2020-0${(i % 9) + 1}`],
    ['dyads actor', (i) => `/api/dyads?limit=50&actor=${actors[i % actors.length]}`],
  ];
  const rows: string[] = [];
  const cursorPages: string[] = [];
  for (const a of actors) {
    const r = await fetch(`${srv.url}/api/events?actor=${a}&sort=-date&limit=50`).then((x) => x.json()) as { next: string | null };
    if (r.next) cursorPages.push(`/api/events?actor=${a}&sort=-date&limit=50&cursor=${r.next}`);
  }
  for (const [name, path] of cases) {
    const times: number[] = [];
    const url = (i: number) => (name.startsWith('events page 2') ? cursorPages[i % cursorPages.length] : path(i));
    await get(srv.port, url(0)); // warm-up
    for (let i = 0; i < RUNS; i++) times.push(await get(srv.port, url(i)));
    rows.push(`${name.padEnd(28)} p50 ${pct(times, 50).toFixed(1).padStart(7)} ms   p95 ${pct(times, 95).toFixed(1).padStart(7)} ms   max ${Math.max(...times).toFixed(1).padStart(7)} ms`);
    console.log(rows[rows.length - 1]);
  }
  await srv.close();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${db}`);
}

await main();
