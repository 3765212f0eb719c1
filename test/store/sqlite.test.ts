import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.js';
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
