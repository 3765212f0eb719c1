import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, type IngestCounts } from '../../src/ingest/ingest.js';
import { AnalyzePool } from '../../src/ingest/analyze-pool.js';
import { contentHash } from '../../src/ingest/hash.js';
import type { ReadResult } from '../../src/ingest/types.js';
import { analyze } from '../../src/extract/pipeline.js';
import { analysisRows } from '../../src/store/schema.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Analysis, Document } from '../../src/model/analysis.js';
import type { PutResult, Store } from '../../src/store/store.js';

// Short news items written for these tests; every one differs, so each has its own content hash.
const SENTENCES = [
  'Die Außenministerin traf am Montag ihren polnischen Amtskollegen in Warschau.',
  'The prime minister rejected the opposition proposal on Tuesday.',
  'Der Bundestag billigte das Haushaltsgesetz nach langer Debatte.',
  'The foreign ministry summoned the ambassador over the border incident.',
];
function doc(i: number): Document {
  return { id: `n-${i}`, text: `${SENTENCES[i % SENTENCES.length]}\n\nMeldung ${i}.`, date: `2024-05-${String((i % 28) + 1).padStart(2, '0')}`, lang: null };
}

async function* source(items: ReadResult[]): AsyncGenerator<ReadResult> {
  for (const r of items) yield r;
}
const ok = (d: Document): ReadResult => ({ ok: true, doc: d, from: { file: 'in.jsonl', line: Number(d.id.slice(2)) + 1 } });

/** A Store without putRows: ingest hands it analyses. Records every batch. */
function memoryStore(): Store & { batches: string[][] } {
  const hashes = new Set<string>();
  const batches: string[][] = [];
  const unused = () => { throw new Error('not used by ingest'); };
  return {
    batches,
    putBatch(analyses: Analysis[]): PutResult[] {
      batches.push(analyses.map((a) => a.doc.id));
      return analyses.map((a) => {
        const h = contentHash(a.doc);
        const inserted = !hashes.has(h);
        hashes.add(h);
        return { docKey: h.slice(0, 16), inserted };
      });
    },
    hasContent: (h: string) => hashes.has(h),
    getAnalysis: unused, events: unused, eventsPage: unused, stats: unused, close: () => {},
  };
}

test('ingest: batches in input order, repeats inside unstored batches skipped, errors reported, progress per batch', async () => {
  const store = memoryStore();
  const items: ReadResult[] = [];
  for (let i = 0; i < 7; i++) items.push(ok(doc(i)));
  items.splice(3, 0, { ok: false, from: { file: 'in.jsonl', line: 99 }, reason: 'broken JSON' });
  // The same content as n-1 under another id while n-1's batch is still being filled: skipped as present.
  items.splice(2, 0, ok({ ...doc(1), id: 'copy-of-n-1' }));
  // And once more after n-1 was stored.
  items.push(ok({ ...doc(1), id: 'late-copy-of-n-1' }));
  const errors: string[] = [];
  const progress: IngestCounts[] = [];
  const counts = await ingest(store, source(items), {
    batch: 3, workers: 0,
    onError: (from, reason) => errors.push(`${from.file}:${from.line}: ${reason}`),
    onProgress: (c) => progress.push({ ...c }),
  });
  assert.deepEqual(store.batches, [['n-0', 'n-1', 'n-2'], ['n-3', 'n-4', 'n-5'], ['n-6']]);
  assert.deepEqual(errors, ['in.jsonl:99: broken JSON']);
  assert.equal(counts.read, 9);
  assert.equal(counts.stored, 7);
  assert.equal(counts.present, 2);
  assert.equal(counts.errors, 1);
  assert.equal(counts.events, [0, 1, 2, 3, 4, 5, 6].reduce((s, i) => s + analyze(doc(i)).events.length, 0));
  assert.deepEqual(progress.map((c) => c.stored), [3, 6, 7]);
  // A second run finds everything stored.
  const again = await ingest(store, source([ok(doc(0)), ok(doc(6))]), { workers: 0 });
  assert.deepEqual([again.stored, again.present], [0, 2]);
});

test('AnalyzePool: results in input order over several chunks and workers; rows equal analysisRows() of the main thread', { timeout: 300_000 }, async () => {
  const docs = Array.from({ length: 12 }, (_, i) => doc(i));
  const rowsPool = new AnalyzePool(2, { output: 'rows', depth: 2 });
  try {
    const hashes = docs.map((d) => contentHash(d));
    const results = await rowsPool.analyze(docs, hashes);
    assert.equal(results.length, docs.length);
    results.forEach((r, i) => {
      assert.ok(r.ok, docs[i].id);
      assert.deepEqual(r.rows, analysisRows(analyze(docs[i]), hashes[i]), docs[i].id);
    });
    // Several calls in flight at once still resolve each with its own documents.
    const [a, b] = await Promise.all([rowsPool.analyze(docs.slice(0, 5)), rowsPool.analyze(docs.slice(5))]);
    assert.deepEqual([...a, ...b].map((r) => (r.ok ? r.rows.doc[0] : null)), docs.map((d) => d.id));
  } finally {
    await rowsPool.close();
  }
  const pool = new AnalyzePool(1);
  try {
    const results = await pool.analyze([docs[0], { id: 'empty', text: '', date: null, lang: null }]);
    assert.deepEqual(results[0], { ok: true, analysis: analyze(docs[0]) });
    assert.equal(results[1].ok, true, 'empty text is analysed, not an error');
  } finally {
    await pool.close();
  }
});

test('ingest with worker threads into SQLite: rows written by the pool equal the analyses', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-pool-'));
  const store = openSqliteStore(join(dir, 'x.db'));
  try {
    const docs = Array.from({ length: 30 }, (_, i) => doc(i));
    const counts = await ingest(store, source(docs.map(ok)), { batch: 4, workers: 2 });
    assert.deepEqual([counts.read, counts.stored, counts.present, counts.errors], [30, 30, 0, 0]);
    assert.equal(counts.events, docs.reduce((s, d) => s + analyze(d).events.length, 0));
    // Stored in input order (row number = reading order), each exactly as analyze() gives it.
    assert.deepEqual(store.db.prepare('SELECT id FROM documents ORDER BY n').pluck().all(), docs.map((d) => d.id));
    for (const d of docs) assert.deepEqual(store.getAnalysis(d.id), analyze(d), d.id);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
