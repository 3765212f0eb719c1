import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { analysisRows, EVENT_COLS, MENTION_COLS, MIGRATIONS, SCHEMA_VERSION, SENTENCE_COLS } from '../../src/store/schema.js';
import { contentHash } from '../../src/ingest/hash.js';
import { sampleAnalysis, bareAnalysis } from './fixtures.js';

function tempDb(): { path: string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-store-'));
  return { path: join(dir, 'test.db'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('put → get round-trips an analysis exactly (by id and by key)', () => {
  const t = tempDb();
  const store = openSqliteStore(t.path);
  const a = sampleAnalysis();
  const b = bareAnalysis('plain', 'Nothing happened today.');
  const [ra, rb] = store.putBatch([a, b]);
  assert.equal(ra.inserted, true);
  assert.equal(rb.inserted, true);
  assert.deepEqual(store.getAnalysis('doc-1'), a);
  assert.deepEqual(store.getAnalysis(ra.docKey), a);
  assert.deepEqual(store.getAnalysis('plain'), b);
  assert.equal(store.getAnalysis('missing'), null);
  store.close();
  t.done();
});

test('idempotent: the same content is stored once, also within one batch and across reopen', () => {
  const t = tempDb();
  let store = openSqliteStore(t.path);
  const a = sampleAnalysis();
  const r1 = store.putBatch([a, { ...a, doc: { ...a.doc, id: 'copy-of-doc-1' } }]);
  assert.deepEqual(r1.map((r) => r.inserted), [true, false]);
  assert.equal(r1[0].docKey, r1[1].docKey);
  store.close();
  store = openSqliteStore(t.path);
  assert.equal(store.hasContent(contentHash(a.doc)), true);
  assert.equal(store.hasContent(contentHash({ text: a.doc.text, date: '1999' })), false);
  const r2 = store.putBatch([a]);
  assert.equal(r2[0].inserted, false);
  assert.deepEqual(store.stats(), { documents: 1, sentences: 4, mentions: 2, events: 3, quotes: 1 });
  store.close();
  t.done();
});

test('putBatch is all or nothing', () => {
  const t = tempDb();
  const store = openSqliteStore(t.path);
  const good = sampleAnalysis('good');
  const broken = sampleAnalysis('broken', '2024-01-01', ' (anders)');
  // A record the schema refuses (cameo NOT NULL) makes the whole batch fail.
  (broken.events[0] as { cameo: unknown }).cameo = null;
  assert.throws(() => store.putBatch([good, broken]));
  assert.equal(store.stats().documents, 0);
  assert.equal(store.getAnalysis('good'), null);
  store.putBatch([good]);
  assert.equal(store.stats().documents, 1);
  store.close();
  t.done();
});

test('events: filters', () => {
  const t = tempDb();
  const store = openSqliteStore(t.path);
  store.putBatch([sampleAnalysis('a', '2024-03-12'), sampleAnalysis('b', '2023-01-05', ' (B)'), bareAnalysis('c', 'Quiet day in Bern.')]);
  const ids = (q: Parameters<typeof store.events>[0]) => [...store.events(q)].map((e) => `${e.docId}/${e.id}`);
  // Cases: [query, expected event ids]
  const cases: [Parameters<typeof store.events>[0], string[]][] = [
    [{}, ['a/1', 'a/2', 'a/3', 'b/1', 'b/2', 'b/3']],
    [{ actor: 'rus' }, ['a/1', 'a/3', 'b/1', 'b/3']],
    [{ actor: 'NAT' }, ['a/3', 'b/3']],
    [{ source: 'DEU' }, ['a/1', 'a/2', 'b/1', 'b/2']],
    [{ target: 'RUS' }, ['a/1', 'b/1']],
    [{ actor: 'GOV' }, ['a/1', 'a/2', 'a/3', 'b/1', 'b/2', 'b/3']],
    [{ cameo: '11' }, ['a/1', 'b/1']],
    [{ cameo: '03,13' }, ['a/2', 'a/3', 'b/2', 'b/3']],
    [{ cameo: '1' }, ['a/1', 'a/3', 'b/1', 'b/3']],
    [{ plover: 'accuse' }, ['a/1', 'b/1']],
    [{ quad: 1 }, ['a/2', 'b/2']],
    [{ status: ['future', 'hypothetical'] }, ['a/2', 'a/3', 'b/2', 'b/3']],
    [{ from: '2024-01-01' }, ['a/1', 'a/2', 'a/3']],
    [{ to: '2023' }, ['b/1', 'b/2', 'b/3']],
    [{ from: '2024-03', to: '2024-03' }, ['a/1', 'a/2', 'a/3']],
    [{ lang: 'en' }, []],
    [{ text: 'Bundesregierung' }, ['a/1', 'a/2', 'a/3', 'b/1', 'b/2', 'b/3']],
    [{ text: 'anders OR "(B)"' }, ['b/1', 'b/2', 'b/3']],
    [{ text: 'Bern' }, []],
    [{ docId: 'b', cameo: '0341' }, ['b/2']],
    [{ sort: '-goldstein', limit: 2 }, ['b/2', 'a/2']], // ties: later first,
    [{ sort: 'date', source: 'DEUGOV' }, ['b/2', 'b/1', 'a/2', 'a/1']],
  ];
  for (const [q, expected] of cases) assert.deepEqual(ids(q), expected, JSON.stringify(q));
  const [first] = store.events({ docId: 'a' });
  assert.equal(first.gid, `${first.docKey}:1`);
  assert.equal(first.sentenceText, 'Die Bundesregierung hat Russland erneut scharf kritisiert.');
  assert.equal(first.url, 'https://example.org/a');
  assert.equal(first.lead, true);
  assert.equal([...store.events({ docId: 'a' })][2].lead, false);
  store.close();
  t.done();
});

test('events: bad filter values are rejected, never interpolated', () => {
  const t = tempDb();
  const store = openSqliteStore(t.path);
  store.putBatch([sampleAnalysis()]);
  assert.throws(() => [...store.events({ cameo: "1' OR 1=1 --" })], /invalid CAMEO code/);
  assert.throws(() => [...store.events({ actor: 'RUS*' })], /invalid actor/);
  assert.throws(() => [...store.events({ status: ['maybe' as 'asserted'] })], /invalid status/);
  assert.throws(() => store.eventsPage({ after: 'garbage' }), /invalid cursor/);
  assert.deepEqual([...store.events({ docId: "x' OR '1'='1" })], []);
  store.close();
  t.done();
});

test('eventsPage: keyset pagination visits every event once, in every sort order', () => {
  const t = tempDb();
  const store = openSqliteStore(t.path);
  const batch = [];
  for (let i = 0; i < 7; i++) batch.push(sampleAnalysis(`d${i}`, `2024-0${(i % 3) + 1}-1${i}`, ` ${i}`));
  store.putBatch(batch);
  for (const sort of [undefined, 'date', '-date', 'goldstein', '-goldstein'] as const) {
    const all = [...store.events({ sort })].map((e) => e.gid);
    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = store.eventsPage({ sort, limit: 4, after });
      paged.push(...page.events.map((e) => e.gid));
      if (!page.next) break;
      after = page.next;
    }
    assert.equal(all.length, 21);
    assert.deepEqual(paged, all, `sort ${sort}`);
  }
  store.close();
  t.done();
});

test('schema version is recorded; a newer database is refused', () => {
  const t = tempDb();
  const store = openSqliteStore(t.path);
  assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
  store.db.pragma('user_version = 99');
  store.close();
  assert.throws(() => openSqliteStore(t.path), /newer than this lagebild supports/);
  t.done();
});

test('migration 2: a schema-1 database keeps its data and loses only the unused event indexes', () => {
  const t = tempDb();
  // A database as the first release wrote it: migration 1 only.
  const old = new Database(t.path);
  old.exec(MIGRATIONS[0]);
  old.pragma('user_version = 1');
  old.close();
  const store = openSqliteStore(t.path);
  assert.equal(store.db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  const indexes = new Set(store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]);
  // [index, kept]
  const cases: [string, boolean][] = [
    ['events_doc', true], ['events_cameo', true], ['events_plover', true], ['events_date', true], ['events_goldstein', true],
    ['mentions_code', true], ['documents_id', true],
    ['events_source', false], ['events_target', false], ['events_root', false], ['events_quad', false], ['events_status', false], ['quotes_speaker', false],
  ];
  for (const [name, kept] of cases) assert.equal(indexes.has(name), kept, name);
  const a = sampleAnalysis();
  store.putBatch([a]);
  assert.deepEqual(store.getAnalysis('doc-1'), a);
  store.close();
  t.done();
});

test('putRows (rows mapped elsewhere, e.g. in a worker thread) stores exactly what putBatch stores', () => {
  const t1 = tempDb();
  const t2 = tempDb();
  const s1 = openSqliteStore(t1.path);
  const s2 = openSqliteStore(t2.path);
  const batch = [sampleAnalysis('a'), sampleAnalysis('b', null, ' (B)'), bareAnalysis('c', 'Quiet day in Bern.')];
  const r1 = s1.putBatch(batch);
  // Through a structured clone, as the rows cross the thread boundary.
  const r2 = s2.putRows(structuredClone(batch.map((a) => analysisRows(a))));
  assert.deepEqual(r2, r1);
  for (const id of ['a', 'b', 'c']) assert.deepEqual(s2.getAnalysis(id), s1.getAnalysis(id), id);
  const rows = (s: typeof s1) => s.db.prepare('SELECT doc, ord, eid, source_code, target_code, cameo, root, plover, quad, goldstein, status, date, lead, sentence_text, json FROM events ORDER BY n').all();
  assert.deepEqual(rows(s2), rows(s1));
  // The same content again is present, not stored (hash given by the rows).
  assert.deepEqual(s2.putRows([analysisRows(batch[0])]).map((r) => r.inserted), [false]);
  s1.close();
  s2.close();
  t1.done();
  t2.done();
});

test('analysisRows: flat rows in the column order of the tables', () => {
  const a = sampleAnalysis();
  const r = analysisRows(a, 'f'.repeat(64));
  assert.equal(r.hash, 'f'.repeat(64));
  assert.deepEqual(analysisRows(a).hash, contentHash(a.doc));
  assert.deepEqual(r.doc, ['doc-1', '2024-03-12', 'de', a.doc.title, 'https://example.org/doc-1', a.doc.text]);
  assert.equal(r.events, a.events.length);
  assert.equal(r.sentences.length, a.sentences.length * SENTENCE_COLS);
  assert.equal(r.mentions.length, a.actors.length * MENTION_COLS);
  assert.equal(r.eventRows.length, a.events.length * EVENT_COLS);
  // First event: id, source, target, cameo, root, plover, quad, goldstein, status, date, lead, sentence, json.
  const e = a.events[0];
  assert.deepEqual(r.eventRows.slice(0, EVENT_COLS), [e.id, 'DEUGOV', 'RUS', e.cameo, e.cameo.slice(0, 2), e.plover?.type ?? null, e.quad, e.goldstein, e.status,
    e.date ?? '2024-03-12', 1, 'Die Bundesregierung hat Russland erneut scharf kritisiert.', JSON.stringify(e)]);
  assert.deepEqual(JSON.parse(r.mentions[MENTION_COLS - 1] as string), a.actors[0]);
});

test('a new database gets 16 KB pages; an existing one keeps its page size', () => {
  const t = tempDb();
  const store = openSqliteStore(t.path);
  assert.equal(store.db.pragma('page_size', { simple: true }), 16384);
  store.close();
  const t2 = tempDb();
  const old = new Database(t2.path);
  old.pragma('page_size = 4096');
  old.exec(MIGRATIONS[0]);
  old.pragma('user_version = 1');
  old.close();
  const migrated = openSqliteStore(t2.path);
  assert.equal(migrated.db.pragma('page_size', { simple: true }), 4096);
  migrated.putBatch([sampleAnalysis()]);
  assert.deepEqual(migrated.getAnalysis('doc-1'), sampleAnalysis());
  migrated.close();
  t.done();
  t2.done();
});
