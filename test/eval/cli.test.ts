import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import command from '../../src/cli/commands/eval.js';
import { CliError, EXIT } from '../../src/cli/command.js';

/** Runs `lagebild eval` capturing stdout/stderr. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => void out.push(a.join(' '));
  console.error = (...a: unknown[]) => void err.push(a.join(' '));
  try {
    const code = await command.run(argv).catch((e) => (e instanceof CliError ? e.code : Promise.reject(e)));
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

test('eval: table, json, ratchet check and update on a small gold file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
  try {
    const gold = join(dir, 'mini.gold.json');
    const floors = join(dir, 'floors.json');
    writeFileSync(gold, JSON.stringify({ documents: [{
      id: 'm1', lang: 'en', date: '2024-01-10', body: 'Germany and France signed a border treaty on Tuesday.',
      events: [{ at: 'signed a border treaty', source: ['DEU', 'FRA'], target: ['FRA', 'DEU'], cameo: ['057'], plover: 'SUPPORT', status: ['asserted'] }],
      times: [{ text: 'on Tuesday', value: ['2024-01-09'] }],
    }] }));

    const table = await run([gold, '--floors', floors]);
    assert.equal(table.code, EXIT.OK);
    assert.match(table.out, /events\.recall/);
    assert.match(table.out, /mini\.gold\.json/);

    const json = await run([gold, '--json', '--verbose', '--floors', floors]);
    const parsed = JSON.parse(json.out);
    assert.equal(parsed.files[0].name, 'mini.gold.json');
    assert.equal(parsed.files[0].counts.eventsGold, 1);
    assert.ok(Array.isArray(parsed.files[0].findings));

    // A floor above what the pipeline can reach fails the check with EXIT.BELOW_FLOOR.
    writeFileSync(floors, JSON.stringify({ floors: { 'mini.gold.json': { 'events.recall': 1.01 } } }));
    const below = await run([gold, '--check-floors', '--floors', floors]);
    assert.equal(below.code, EXIT.BELOW_FLOOR);
    assert.match(below.err, /below floor: mini\.gold\.json events\.recall/);

    // Update never lowers the impossible floor but adds the missing ones.
    await run([gold, '--update-floors', '--floors', floors]);
    const after = JSON.parse(readFileSync(floors, 'utf8')).floors['mini.gold.json'];
    assert.equal(after['events.recall'], 1.01);
    assert.equal(typeof after['times.recall'], 'number');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('eval: usage and gold errors', async () => {
  assert.equal((await run([])).code, EXIT.USAGE);
  assert.equal((await run(['/nonexistent/gold.json'])).code, EXIT.FATAL);
});
