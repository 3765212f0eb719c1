import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { readDocuments } from '../../src/ingest/index.js';
import { analyze } from '../../src/extract/pipeline.js';
import { dataPath } from '../../src/util/data.js';
import type { Document } from '../../src/model/analysis.js';

// The CLI runs in a child process (the kill test needs one anyway); under tsx the sources are .ts.
const MAIN = new URL(import.meta.url.endsWith('.ts') ? '../../src/cli/main.ts' : '../../src/cli/main.js', import.meta.url).href;
const EXEC_ARGV = process.execArgv.filter((a) => !a.startsWith('--test'));

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

function start(args: string[], input?: string) {
  const child = spawn(process.execPath, [...EXEC_ARGV, '--input-type=module', '-e',
    `import { runCli } from ${JSON.stringify(MAIN)}; process.exitCode = await runCli(${JSON.stringify(args)});`], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdin.end(input ?? '');
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const cli = (args: string[], input?: string) => start(args, input).done;

function summary(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of stdout.matchAll(/^(documents read|stored|already present|events|errors \(skipped\))\s+(\d+)/gm)) out[m[1]] = Number(m[2]);
  return out;
}

async function docsOf(inputs: string[]): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const r of readDocuments(inputs)) if (r.ok) docs.push(r.doc);
  return docs;
}

/** The bad-input suite, generated at test time. */
function writeBadInputs(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65]));
  writeFileSync(join(dir, 'month13.txt'), ' date 2024-13 Kein Monat\n\nText.');
  const fd = openSync(join(dir, 'huge.txt'), 'w');
  const mb = Buffer.alloc(1 << 20, 'word ');
  for (let i = 0; i < 50; i++) writeSync(fd, mb);
  closeSync(fd);
  writeFileSync(join(dir, 'lines.jsonl'), [
    '{"id":"good-1","text":"The foreign minister met her counterpart in Rome on Monday.","date":"2024-04-08","lang":"en"}',
    '{"id":"broken",',
    '{"id":"bad-date","text":"Irrelevant.","date":"2024-13"}',
    '{"id":"good-2","text":"Die Außenministerin reist am Dienstag nach Warschau.","date":"2024-04-09"}',
  ].join('\n') + '\n');
}

test('ingest: examples plus the bad-input suite → per-document errors, exit 1, the rest stored; idempotent re-run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'));
  const db = join(dir, 'x.db');
  const bad = join(dir, 'bad');
  writeBadInputs(bad);
  const examples = dataPath('examples');
  const expectedDocs = await docsOf([examples, bad]);
  const r1 = await cli(['ingest', examples, bad, join(dir, 'missing.txt'), '--db', db]);
  assert.equal(r1.code, 1, r1.stderr);
  const s1 = summary(r1.stdout);
  assert.equal(s1['documents read'], expectedDocs.length);
  assert.equal(s1.stored, expectedDocs.length, r1.stderr);
  assert.equal(s1['errors (skipped)'], 8);
  const errors = r1.stderr.trim().split('\n').map((l) => l.replace(dir + '/', '')).sort();
  assert.deepEqual(errors.map((l) => l.replace(/broken JSON: .*/, 'broken JSON: …')), [
    'bad/binary.txt: binary file',
    'bad/empty.txt: empty document',
    'bad/huge.txt: document too large (50.0 MB > 10 MB)',
    'bad/latin1.txt: invalid UTF-8 at byte 4',
    'bad/lines.jsonl:2: broken JSON: …',
    "bad/lines.jsonl:3: invalid date '2024-13' (no month 13)",
    "bad/month13.txt: date line: invalid date '2024-13' (no month 13)",
    'missing.txt: no such file or directory',
  ]);

  // What was stored is exactly what analyze() produces, and the events are queryable.
  const store = openSqliteStore(db);
  assert.equal(store.stats().documents, expectedDocs.length);
  let events = 0;
  for (const doc of expectedDocs) {
    const stored = store.getAnalysis(doc.id);
    assert.ok(stored, doc.id);
    assert.deepEqual(stored, analyze(doc), doc.id);
    events += stored.events.length;
  }
  assert.equal(s1.events, events);
  assert.equal([...store.events({})].length, events);
  store.close();

  const r2 = await cli(['ingest', examples, '--db', db]);
  assert.equal(r2.code, 0, r2.stderr);
  const s2 = summary(r2.stdout);
  assert.equal(s2.stored, 0);
  assert.equal(s2['already present'], expectedDocs.length - 2);
  rmSync(dir, { recursive: true, force: true });
});

test('ingest: stdin, --date and --lang, usage errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'));
  const db = join(dir, 'x.db');
  const r = await cli(['ingest', '-', '--db', db, '--date', '2024-05', '--lang', 'en'], 'The parliament passed the budget after a long debate.');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(summary(r.stdout).stored, 1);
  const store = openSqliteStore(db);
  const a = store.getAnalysis('-');
  assert.equal(a?.doc.date, '2024-05');
  assert.equal(a?.doc.lang, 'en');
  store.close();
  // [args, exit code, message]
  const cases: [string[], number, RegExp][] = [
    [['ingest', '--db', db], 2, /no inputs given/],
    [['ingest', '-', '--db', db, '--date', '2024-13'], 2, /--date: invalid date '2024-13'/],
    [['ingest', '-', '--db', db, '--batch', '0'], 2, /--batch must be an integer ≥ 1/],
    [['ingest', '-', '--db', db, '--bogus'], 2, /Unknown option '--bogus'/],
    [['ingest', '-', '--db', join(dir, 'no', 'such', 'dir', 'x.db')], 3, /cannot open database/],
  ];
  for (const [args, code, message] of cases) {
    const x = await cli(args, 'text');
    assert.equal(x.code, code, args.join(' '));
    assert.match(x.stderr, message);
    assert.equal(x.stderr.trim().split('\n').length, 1, 'errors are one line');
  }
  rmSync(dir, { recursive: true, force: true });
});

test('ingest survives SIGKILL mid-run: committed batches intact, a re-run completes the corpus', { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-kill-'));
  const db = join(dir, 'x.db');
  const corpus = join(dir, 'corpus.jsonl');
  // Short generated news items keep the test about the store, not about analysis speed.
  const subjects = ['Die Regierung', 'Der Minister', 'The president', 'The committee', 'Die Opposition'];
  const verbs = ['kritisierte den Plan', 'traf den Botschafter', 'rejected the proposal', 'met the delegation', 'forderte Neuwahlen'];
  const N = 2000;
  const BATCH = 50;
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    const text = `${subjects[i % 5]} ${verbs[(i * 7) % 5]} am Tag ${i}.\n\nMeldung ${i} aus der Hauptstadt.`;
    lines.push(JSON.stringify({ id: `gen-${i}`, text, date: `2024-0${(i % 9) + 1}-1${i % 10}` }));
  }
  writeFileSync(corpus, lines.join('\n') + '\n');

  // Worker threads under tsx recompile the whole pipeline per thread, which is very slow: use them only in the built tests.
  const workers = import.meta.url.endsWith('.ts') ? '0' : '1';
  const run = start(['ingest', corpus, '--db', db, '--batch', String(BATCH), '--workers', workers]);
  let killedAt = -1;
  let finished = false;
  run.done.then(() => { finished = true; });
  while (!finished) {
    await new Promise((r) => setTimeout(r, 20));
    let n = 0;
    try {
      const peek = new Database(db, { readonly: true, fileMustExist: true });
      try { n = peek.prepare('SELECT count(*) FROM documents').pluck().get() as number; } finally { peek.close(); }
    } catch { /* not created yet */ }
    if (n >= 3 * BATCH) {
      run.child.kill('SIGKILL');
      killedAt = n;
      break;
    }
  }
  const r1 = await run.done;
  assert.equal(r1.signal, 'SIGKILL', `ingest finished before it could be killed (${r1.stdout})`);

  // The database opens, passes the integrity check and holds only whole batches.
  const store = openSqliteStore(db);
  assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
  const committed = store.stats().documents;
  assert.ok(committed >= killedAt && committed < N, `committed ${committed}`);
  assert.equal(committed % BATCH, 0, 'only whole batches are committed');
  for (const row of store.db.prepare('SELECT id FROM documents').pluck().all() as string[]) {
    const a = store.getAnalysis(row);
    assert.ok(a && a.sentences.length > 0 && a.doc.text.includes('Meldung'), row);
  }
  store.close();

  const r2 = await cli(['ingest', corpus, '--db', db, '--batch', String(BATCH), '--workers', workers]);
  assert.equal(r2.code, 0, r2.stderr);
  const s2 = summary(r2.stdout);
  assert.equal(s2['already present'], committed);
  assert.equal(s2.stored, N - committed);
  const after = openSqliteStore(db);
  assert.equal(after.stats().documents, N);
  after.close();
  rmSync(dir, { recursive: true, force: true });
});
