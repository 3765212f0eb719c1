import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { sampleAnalysis } from '../store/fixtures.js';

const MAIN = new URL(import.meta.url.endsWith('.ts') ? '../../src/cli/main.ts' : '../../src/cli/main.js', import.meta.url).href;
const EXEC_ARGV = process.execArgv.filter((a) => !a.startsWith('--test'));

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...EXEC_ARGV, '--input-type=module', '-e',
    `import { runCli } from ${JSON.stringify(MAIN)}; process.exitCode = await runCli(${JSON.stringify(args)});`], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('export: every format, to stdout and to a file, with filters', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-export-'));
  const db = join(dir, 'x.db');
  const store = openSqliteStore(db);
  store.putBatch([sampleAnalysis('a', '2024-03-12'), sampleAnalysis('b', '2023-01-05', ' B')]);
  store.close();

  const out = join(dir, 'events.tsv');
  const g = cli(['export', '--format', 'gdelt', '--db', db, '--out', out]);
  assert.equal(g.code, 0, g.stderr);
  assert.match(g.stderr, /^6 events written to /);
  const rows = readFileSync(out, 'utf8').trimEnd().split('\n');
  assert.equal(rows.length, 6);
  for (const r of rows) assert.equal(r.split('\t').length, 61);

  const p = cli(['export', '--format', 'plover', '--db', db, '--source', 'DEU']);
  assert.equal(p.code, 0, p.stderr);
  const recs = p.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(recs.map((r) => r.event), ['ACCUSE', 'ACCUSE']);
  assert.match(p.stderr, /2 events without a PLOVER type left out/);

  const c = cli(['export', '--format', 'csv', '--db', db, '--cameo', '13']);
  assert.equal(c.stdout.trimEnd().split('\n').length, 3);
  const j = cli(['export', '--format', 'jsonl', '--db', db, '--doc', 'b']);
  assert.deepEqual(j.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).docId), ['b', 'b', 'b']);

  // [args, exit code, message]
  const cases: [string[], number, RegExp][] = [
    [['export', '--db', db], 2, /--format is required/],
    [['export', '--db', db, '--format', 'xml'], 2, /--format must be one of gdelt, plover, jsonl, csv/],
    [['export', '--db', join(dir, 'none.db'), '--format', 'csv'], 3, /no database/],
    [['export', '--db', db, '--format', 'csv', '--out', join(dir, 'no', 'dir', 'x.csv')], 3, /cannot write/],
  ];
  for (const [args, code, message] of cases) {
    const r = cli(args);
    assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  rmSync(dir, { recursive: true, force: true });
});
