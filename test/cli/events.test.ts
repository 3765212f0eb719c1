import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

function seeded(): { db: string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-events-'));
  const db = join(dir, 'x.db');
  const store = openSqliteStore(db);
  store.putBatch([sampleAnalysis('a', '2024-03-12'), sampleAnalysis('b', '2023-01-05', ' B')]);
  store.close();
  return { db, done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('events: table, json, jsonl and csv with filters', () => {
  const { db, done } = seeded();
  const table = cli(['events', '--db', db, '--actor', 'RUS', '--from', '2024']);
  assert.equal(table.code, 0, table.stderr);
  const rows = table.stdout.trimEnd().split('\n');
  assert.match(rows[0], /^date\s+source\s+cameo\s+target\s+status\s+sentence$/);
  assert.equal(rows.length, 3);
  assert.match(rows[1], /^2024-03-12\s+DEUGOV\s+111 Criticize or denounce\s+RUS\s+asserted\s+Die Bundesregierung hat Russland/);
  assert.match(rows[2], /RUSGOV\s+130 Threaten\s+IGOWSTNAT\s+hypothetical/);

  const json = cli(['events', '--db', db, '--cameo', '03', '--format', 'json']);
  assert.equal(json.code, 0, json.stderr);
  const evs = JSON.parse(json.stdout);
  assert.deepEqual(evs.map((e: { docId: string; cameo: string }) => `${e.docId}/${e.cameo}`), ['a/0341', 'b/0341']);

  const jsonl = cli(['events', '--db', db, '--status', 'hypothetical,future', '--to', '2023-12', '--format', 'jsonl']);
  assert.deepEqual(jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id), ['2', '3']);

  const csv = cli(['events', '--db', db, '--plover', 'ACCUSE', '--q', 'Bundesregierung', '--format', 'csv']);
  const lines = csv.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^gid,doc_id,date,source_code/);

  const none = cli(['events', '--db', db, '--lang', 'en']);
  assert.equal(none.stdout.trim(), 'no events match');

  const page = cli(['events', '--db', db, '--limit', '4', '--sort=-date']);
  const cursor = /--after (\S+)/.exec(page.stderr)?.[1];
  assert.ok(cursor, page.stderr);
  const rest = cli(['events', '--db', db, '--limit', '4', '--sort=-date', '--after', cursor, '--format', 'jsonl']);
  assert.equal(rest.stdout.trimEnd().split('\n').length, 2);
  done();
});

test('events: bad options are one-line errors with the documented exit codes', () => {
  const { db, done } = seeded();
  // [args, exit code, message]
  const cases: [string[], number, RegExp][] = [
    [['events', '--db', join(db, '..', 'none.db')], 3, /no database at .*none\.db/],
    [['events', '--db', db, '--cameo', '1x'], 2, /invalid CAMEO code '1x'/],
    [['events', '--db', db, '--status', 'maybe'], 2, /unknown status 'maybe'/],
    [['events', '--db', db, '--from', '2024-13'], 2, /--from: invalid date '2024-13'/],
    [['events', '--db', db, '--q', 'AND ('], 2, /--q: invalid search/],
    [['events', '--db', db, '--format', 'xml'], 2, /--format must be one of/],
    [['events', '--db', db, '--actor', "RUS' OR 1=1"], 2, /invalid actor/],
    [['events', '--db', db, '--after', 'nonsense'], 2, /invalid cursor/],
  ];
  for (const [args, code, message] of cases) {
    const r = cli(args);
    assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
  done();
});
