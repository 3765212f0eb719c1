import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { exportEvents, GDELT_COLUMNS, type ExportFormat } from '../../src/export/index.js';
import { actorFields, dateFields } from '../../src/export/gdelt.js';
import { csvCell } from '../../src/export/csv.js';
import type { StoredEvent } from '../../src/store/store.js';
import { sampleAnalysis } from '../store/fixtures.js';

function sink(): { out: Writable; text(): string } {
  const parts: Buffer[] = [];
  const out = new Writable({ write(chunk, _enc, cb) { parts.push(Buffer.from(chunk)); cb(); } });
  return { out, text: () => Buffer.concat(parts).toString('utf8') };
}

function withStore<T>(fn: (events: () => StoredEvent[]) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-export-'));
  const store = openSqliteStore(join(dir, 'x.db'));
  const a = sampleAnalysis('a', '2024-03-12');
  // Hostile text in fields that reach TSV/CSV cells.
  a.events[0].source!.text = 'Die\tBundes"regierung,\nBerlin';
  store.putBatch([a, sampleAnalysis('b', '2023-01', ' B')]);
  return fn(() => [...store.events({})]).finally(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });
}

async function run(format: ExportFormat, events: StoredEvent[]): Promise<{ text: string; written: number; skipped: number }> {
  const s = sink();
  const c = await exportEvents(events, format, s.out);
  return { text: s.text(), ...c };
}

/** A small RFC 4180 parser, enough to check that the CSV reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  return rows;
}

test('GDELT: 61 tab-separated columns in GDELT order, sane types', () => withStore(async (events) => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.equal(GDELT_COLUMNS[0], 'GlobalEventID');
  assert.equal(GDELT_COLUMNS[26], 'EventCode');
  assert.equal(GDELT_COLUMNS[59], 'DATEADDED');
  assert.equal(GDELT_COLUMNS[60], 'SOURCEURL');
  const { text, written } = await run('gdelt', events());
  const rows = text.trimEnd().split('\n').map((l) => l.split('\t'));
  assert.equal(written, 6);
  assert.equal(rows.length, 6);
  const col = (r: string[], name: string) => r[GDELT_COLUMNS.indexOf(name)];
  for (const r of rows) {
    assert.equal(r.length, 61);
    assert.match(col(r, 'GlobalEventID'), /^\d+$/);
    assert.match(col(r, 'Day'), /^(\d{8})?$/);
    assert.match(col(r, 'MonthYear'), /^\d{6}$/);
    assert.match(col(r, 'Year'), /^\d{4}$/);
    assert.match(col(r, 'FractionDate'), /^\d{4}\.\d{4}$/);
    assert.match(col(r, 'IsRootEvent'), /^[01]$/);
    assert.match(col(r, 'EventRootCode'), /^\d{2}$/);
    assert.match(col(r, 'QuadClass'), /^[1-4]$/);
    assert.ok(Number.isFinite(Number(col(r, 'GoldsteinScale'))));
    assert.match(col(r, 'DATEADDED'), /^\d{14}$/);
    assert.match(col(r, 'SOURCEURL'), /^https:\/\/example\.org\/[ab]$/);
    assert.ok(!r.some((cell) => cell.includes('"')), 'no double quotes for CSV readers to trip on');
  }
  const first = rows[0];
  assert.equal(col(first, 'Day'), '20240312');
  assert.equal(col(first, 'Actor1Code'), 'DEUGOV');
  assert.equal(col(first, 'Actor1Name'), "DIE BUNDES'REGIERUNG, BERLIN");
  assert.equal(col(first, 'Actor1CountryCode'), 'DEU');
  assert.equal(col(first, 'Actor1Type1Code'), 'GOV');
  assert.equal(col(first, 'Actor2Code'), 'RUS');
  assert.equal(col(first, 'EventCode'), '111');
  assert.equal(col(first, 'EventBaseCode'), '111');
  assert.equal(col(first, 'IsRootEvent'), '1');
  assert.equal(col(rows[2], 'IsRootEvent'), '0');
  assert.equal(col(rows[2], 'Actor2KnownGroupCode'), 'NAT');
  assert.equal(col(rows[3], 'Day'), '', 'month precision leaves Day empty');
  assert.equal(col(rows[3], 'MonthYear'), '202301');
}));

test('GDELT field helpers', () => {
  // [code, country, known group, types]
  const actors: [string, string, string, string[]][] = [
    ['USAGOV', 'USA', '', ['GOV']], ['RUSMILREB', 'RUS', '', ['MIL', 'REB']], ['IGOWSTNAT', '', 'NAT', ['IGO']],
    ['IGOUNO', '', 'UNO', ['IGO']], ['NGO', '', '', ['NGO']], ['DEU', 'DEU', '', []],
  ];
  for (const [code, country, group, types] of actors) assert.deepEqual(actorFields(code), { country, group, types }, code);
  // [date, Day, MonthYear, Year, FractionDate]
  const dates: [string | null, string, string, string, string][] = [
    ['2024-03-12', '20240312', '202403', '2024', '2024.1973'], ['2024-01', '', '202401', '2024', '2024.0027'],
    ['2024', '', '', '2024', '2024.0000'], [null, '', '', '', ''],
  ];
  for (const [d, ...expected] of dates) assert.deepEqual(dateFields(d), expected, String(d));
});

test('PLOVER JSONL: required fields and offsets; events without a PLOVER type left out', () => withStore(async (events) => {
  const { text, written, skipped } = await run('plover', events());
  assert.equal(written, 4);
  assert.equal(skipped, 2);
  const recs = text.trimEnd().split('\n').map((l) => JSON.parse(l));
  for (const r of recs) {
    for (const k of ['id', 'date', 'actor', 'recipient', 'event', 'mode', 'context', 'event_text', 'text', 'status', 'offsets']) assert.ok(k in r, k);
    const [ss] = r.offsets.sentence;
    const [ts, te] = r.offsets.event_text;
    assert.equal(r.text.slice(ts - ss, te - ss), r.event_text);
  }
  assert.deepEqual([recs[0].actor, recs[0].recipient, recs[0].event, recs[0].mode], ['DEUGOV', 'RUS', 'ACCUSE', 'disapprove']);
  assert.equal(recs[1].event, 'THREATEN');
}));

test('CSV: header, RFC 4180 quoting, reads back', () => withStore(async (events) => {
  const { text, written } = await run('csv', events());
  assert.equal(written, 6);
  const rows = parseCsv(text);
  assert.equal(rows.length, 7);
  const header = rows[0];
  for (const r of rows) assert.equal(r.length, header.length);
  assert.equal(rows[1][header.indexOf('source_text')], 'Die\tBundes"regierung,\nBerlin');
  assert.equal(rows[1][header.indexOf('cameo')], '111');
  assert.equal(rows[2][header.indexOf('cameo')], '0341', 'codes keep leading zeros');
  assert.equal(csvCell('a"b'), '"a""b"');
}));

test('JSONL: stored events one per line, round-trip', () => withStore(async (events) => {
  const all = events();
  const { text } = await run('jsonl', all);
  const back = text.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(back, JSON.parse(JSON.stringify(all)));
}));

test('export streams with backpressure (slow sink, many events)', async () => {
  const e = (await withStore(async (events) => events()))[0];
  function* many() { for (let i = 0; i < 20000; i++) yield { ...e, seq: i }; }
  let bytes = 0;
  const slow = new Writable({ highWaterMark: 1024, write(chunk, _enc, cb) { bytes += chunk.length; setImmediate(cb); } });
  const c = await exportEvents(many(), 'gdelt', slow);
  assert.equal(c.written, 20000);
  assert.ok(bytes > 20000 * 100);
});
