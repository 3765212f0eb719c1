// lagebild analyze: formats, input order, per-document errors and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import analyzeCommand from '../../src/cli/commands/analyze.js';
import { EXIT } from '../../src/cli/command.js';
import { dataPath } from '../../src/util/data.js';
import { validateAnalysis } from '../../src/model/validate.js';
import { runCaptured } from './capture.js';

const EXAMPLES = dataPath('examples');
const dir = mkdtempSync(join(tmpdir(), 'lagebild-analyze-'));
const good = join(dir, 'a.txt');
writeFileSync(good, ' date 2024-06-19 Putin reist nach Pjöngjang\n\nDer russische Präsident traf am Mittwoch Kim Jong Un. Beide unterzeichneten ein Abkommen.\n');
const second = join(dir, 'b.txt');
writeFileSync(second, 'NATO warns Russia.\n');
const broken = join(dir, 'broken.jsonl');
writeFileSync(broken, '{"id":"ok-1","text":"Die Regierung trat zurück.","date":"2024-01"}\n{"id": "bad", "text": \n{"id":"ok-2","text":"The talks failed.","date":"2024-13"}\n{"id":"ok-3","text":"The talks failed again.","date":"2024-02"}\n');
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');
const binary = join(dir, 'binary.txt');
writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 0]));

function lines(s: string): string[] {
  return s.split('\n').filter((l) => l.length > 0);
}

test('jsonl: one object per document, in input order, with the analysis fields', async () => {
  const r = await runCaptured(analyzeCommand, [good, second, '--until', 'segment']);
  assert.equal(r.code, EXIT.OK, r.err);
  const objs = lines(r.out).map((l) => JSON.parse(l));
  assert.deepEqual(objs.map((o) => o.doc.id), [good, second]);
  assert.equal(objs[0].doc.date, '2024-06-19');
  assert.equal(objs[0].doc.title, 'Putin reist nach Pjöngjang');
  assert.equal(objs[0].doc.lang, 'de');
  assert.equal(objs[1].doc.lang, 'en');
  assert.equal(objs[1].doc.date, null);
  assert.equal(objs[0].sentences.length, 3);
  for (const o of objs) {
    assert.deepEqual(Object.keys(o), ['doc', 'sentences', 'actors', 'events', 'quotes', 'amounts', 'times']);
    assert.deepEqual(validateAnalysis(o), []);
  }
});

test('json: a single array; pretty: indented objects', async () => {
  const j = await runCaptured(analyzeCommand, [good, second, '--format', 'json', '--until', 'segment']);
  const arr = JSON.parse(j.out);
  assert.ok(Array.isArray(arr) && arr.length === 2);
  const p = await runCaptured(analyzeCommand, [good, '--format', 'pretty', '--until', 'segment']);
  assert.match(p.out, /^\{\n  "doc": \{\n    "id"/);
  assert.equal(JSON.parse(p.out).doc.id, good);
});

test('json with nothing readable is still valid JSON', async () => {
  const r = await runCaptured(analyzeCommand, [empty, '--format', 'json']);
  assert.deepEqual(JSON.parse(r.out), []);
  assert.equal(r.code, EXIT.PARTIAL);
});

test('--date and --lang fill what documents lack', async () => {
  const r = await runCaptured(analyzeCommand, [second, '--date', '2024-03', '--lang', 'de', '--until', 'segment']);
  const o = JSON.parse(r.out);
  assert.equal(o.doc.date, '2024-03');
  assert.equal(o.doc.lang, 'de');
  // The dated file keeps its own date.
  const r2 = await runCaptured(analyzeCommand, [good, '--date', '2020-01', '--until', 'segment']);
  assert.equal(JSON.parse(r2.out).doc.date, '2024-06-19');
});

test('bad records are reported as file:line: reason, the rest is printed, exit code PARTIAL', async () => {
  const r = await runCaptured(analyzeCommand, [broken, empty, binary, join(dir, 'missing.txt'), good, '--until', 'segment']);
  assert.equal(r.code, EXIT.PARTIAL);
  assert.deepEqual(lines(r.out).map((l) => JSON.parse(l).doc.id), ['ok-1', 'ok-3', good]);
  const errs = lines(r.err);
  assert.equal(errs.length, 5, r.err);
  assert.match(errs[0], new RegExp(`^${broken}:2: `));
  assert.match(errs[1], new RegExp(`^${broken}:3: .*2024-13`));
  assert.match(errs[2], new RegExp(`^${empty}: `));
  assert.match(errs[3], new RegExp(`^${binary}: binary`));
  assert.match(errs[4], new RegExp(`missing.txt: no such file`));
});

test('usage errors: no inputs, bad format, bad stage, bad date, bad lang', async () => {
  for (const argv of [[], [good, '--format', 'xml'], [good, '--until', 'nope'], [good, '--date', '2024-13'], [good, '--lang', 'German'], [good, '--bogus']]) {
    const r = await runCaptured(analyzeCommand, argv);
    assert.equal(r.code, EXIT.USAGE, `${argv.join(' ')} → ${r.err}`);
    assert.equal(lines(r.err).length, 1, r.err);
    assert.equal(r.out, '');
  }
});

test('--until stops after the named stage', async () => {
  const r = await runCaptured(analyzeCommand, [good, '--until', 'segment']);
  const o = JSON.parse(r.out);
  assert.ok(o.sentences.length > 0);
  assert.deepEqual([o.actors, o.events, o.quotes, o.amounts, o.times], [[], [], [], [], []]);
});

test('the full pipeline on every example prints valid analyses', async () => {
  const r = await runCaptured(analyzeCommand, [EXAMPLES]);
  assert.equal(r.err, '');
  assert.equal(r.code, EXIT.OK);
  const objs = lines(r.out).map((l) => JSON.parse(l));
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt'));
  assert.ok(objs.length >= files.length + 6);
  for (const o of objs) assert.deepEqual(validateAnalysis(o), [], o.doc.id);
});

test('worker threads print exactly what the main thread prints, in input order, with errors reported', async () => {
  // 160 documents (past the batch that starts the workers): the examples repeated, each with its own id.
  const ex = lines((await runCaptured(analyzeCommand, [EXAMPLES, '--until', 'segment', '--workers', '0'])).out).map((l) => JSON.parse(l).doc);
  const records = Array.from({ length: 160 }, (_, i) => JSON.stringify({ id: `copy-${i}`, text: ex[i % ex.length].text, date: ex[i % ex.length].date }));
  records.splice(130, 0, '{"id": "torn", "text": ');
  const file = join(dir, 'many.jsonl');
  writeFileSync(file, records.join('\n') + '\n');
  const inline = await runCaptured(analyzeCommand, [file, '--workers', '0']);
  const pooled = await runCaptured(analyzeCommand, [file, '--workers', '2']);
  assert.equal(pooled.code, EXIT.PARTIAL);
  assert.equal(pooled.out, inline.out);
  assert.deepEqual(lines(pooled.out).map((l) => JSON.parse(l).doc.id), Array.from({ length: 160 }, (_, i) => `copy-${i}`));
  assert.ok(lines(pooled.out).some((l) => JSON.parse(l).events.length > 0), 'the full pipeline ran on the workers');
  assert.deepEqual(lines(pooled.err), [lines(inline.err)[0]]);
  assert.match(pooled.err, new RegExp(`^${file}:131: `));
  const pretty = await runCaptured(analyzeCommand, [file, '--workers', '2', '--format', 'pretty', '--until', 'actors']);
  assert.equal(pretty.out, (await runCaptured(analyzeCommand, [file, '--workers', '0', '--format', 'pretty', '--until', 'actors'])).out);
  assert.match(pretty.out, /^\{\n  "doc"/);
});

test('--workers must be a whole number ≥ 0', async () => {
  for (const v of ['-1', 'two', '1.5', '']) {
    const r = await runCaptured(analyzeCommand, [good, `--workers=${v}`]);
    assert.equal(r.code, EXIT.USAGE, v);
    assert.match(r.err, /--workers must be an integer ≥ 0/);
  }
});

test('help text explains inputs, formats and exit codes', () => {
  for (const word of ['--format', 'jsonl', 'pretty', '--date', '--lang', '--until', '--workers', 'Exit codes', 'stdin']) assert.ok(analyzeCommand.help.includes(word), word);
});
