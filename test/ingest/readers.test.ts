import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readDocuments, type ReadResult } from '../../src/ingest/index.js';
import { parseTextFile } from '../../src/ingest/text-file.js';
import { MAX_DOC_BYTES } from '../../src/ingest/decode.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lagebild-read-'));
}

async function readAll(inputs: string[], opts = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readDocuments(inputs, opts)) out.push(r);
  return out;
}

function brief(r: ReadResult): string {
  const where = r.from.line !== undefined ? `${r.from.file}:${r.from.line}` : r.from.file;
  return r.ok ? `ok ${r.doc.id} ${r.doc.date}` : `ERR ${where}: ${r.reason}`;
}

test('dated text files: header parsed, text is the file minus the date prefix', () => {
  // [file content, expected text, title, date]
  const cases: [string, string, string | undefined, string | null][] = [
    [' date 2024-06 Kanzler reist nach Paris\n\nDer Kanzler trifft heute den Präsidenten.', 'Kanzler reist nach Paris\n\nDer Kanzler trifft heute den Präsidenten.', 'Kanzler reist nach Paris', '2024-06'],
    ['date 2024-02-29 Leap day\n\nBody.\n', 'Leap day\n\nBody.\n', 'Leap day', '2024-02-29'],
    [' date 2023-11-05 Windows lines\r\n\r\nBody text.\r\n', 'Windows lines\r\n\r\nBody text.\r\n', 'Windows lines', '2023-11-05'],
    [' date 2021 Year only\n\nBody.', 'Year only\n\nBody.', 'Year only', '2021'],
    ['The minister said on the date 2024-06 that...', 'The minister said on the date 2024-06 that...', undefined, null],
    ['Plain text without a header.', 'Plain text without a header.', undefined, null],
  ];
  for (const [raw, text, title, date] of cases) {
    const r = parseTextFile(raw);
    assert.ok(r.ok, raw);
    assert.equal(r.text, text, raw);
    assert.equal(r.title, title, raw);
    assert.equal(r.date, date, raw);
    // Offsets stay honest: the analysed text is a suffix of the file.
    assert.ok(raw.endsWith(r.text));
  }
  // [header, reason fragment]
  const bad: [string, RegExp][] = [
    [' date 2024-13 Title\n\nBody', /date line: invalid date '2024-13' \(no month 13\)/],
    [' date 2024-02-30 Title\n\nBody', /no day 30 in 2024-02/],
    [' date 2023-02-29 Title\n\nBody', /no day 29/],
    [' date 2024-6 Title\n\nBody', /invalid date '2024-6'/],
  ];
  for (const [raw, reason] of bad) {
    const r = parseTextFile(raw);
    assert.ok(!r.ok && reason.test(r.reason), raw);
  }
});

test('seed article: title, month-precision date, text from the title line on', async () => {
  const seed = '../shared/seed/000_da6aaa6c03f80247.txt';
  const { dataPath } = await import('../../src/util/data.js');
  const [r] = await readAll([dataPath(seed)]);
  assert.ok(r.ok);
  assert.equal(r.doc.date, '2024-06');
  assert.ok(r.doc.title && r.doc.text.startsWith(r.doc.title + '\n\n'));
  assert.equal(r.doc.id, dataPath(seed));
  assert.equal(r.doc.lang, null);
});

test('directories (recursive, sorted, only text and JSONL files), globs, options', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'b'));
  mkdirSync(join(dir, 'a', 'deep'), { recursive: true });
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, 'b', '2.txt'), 'Second text.');
  writeFileSync(join(dir, 'a', 'deep', '1.txt'), ' date 2022-01-02 First\n\nBody one.');
  writeFileSync(join(dir, 'a', 'z.jsonl'), '{"id":"j1","text":"From JSONL.","lang":"en"}\n\n{"id":"j2","text":"Another.","date":"2020-05"}\n');
  writeFileSync(join(dir, 'a', 'ignored.json'), '{"id":"x","text":"not read from folders"}');
  writeFileSync(join(dir, 'a', 'notes.md'), 'not read from folders');
  writeFileSync(join(dir, '.hidden', 'h.txt'), 'hidden');
  const rs = await readAll([dir], { date: '2000', lang: 'de' });
  assert.deepEqual(rs.map(brief), [
    `ok ${join(dir, 'a', 'deep', '1.txt')} 2022-01-02`,
    'ok j1 2000',
    'ok j2 2020-05',
    `ok ${join(dir, 'b', '2.txt')} 2000`,
  ]);
  assert.deepEqual(rs.map((r) => r.ok && r.doc.lang), ['de', 'en', 'de', 'de']);
  assert.deepEqual(rs.map((r) => r.from.line), [undefined, 1, 3, undefined]);

  const globbed = await readAll([`${dir}/**/*.txt`, `${dir}/a/*.json`, `${dir}/?/nothing*`]);
  assert.deepEqual(globbed.map(brief), [
    `ok ${dir}/a/deep/1.txt 2022-01-02`,
    `ok ${dir}/b/2.txt null`,
    'ok x null',
    `ERR ${dir}/?/nothing*: no files match this pattern`,
  ]);
  rmSync(dir, { recursive: true, force: true });
});

test('stdin: JSON lines when it starts with {, else one text document', async () => {
  const jsonl = await readAll(['-'], { stdin: Readable.from([Buffer.from('  {"id":"s1","text":"One."}\n{"id":'), Buffer.from('"s2","text":"Two."}\n')]) });
  assert.deepEqual(jsonl.map(brief), ['ok s1 null', 'ok s2 null']);
  const text = await readAll(['-'], { stdin: Readable.from([Buffer.from(' date 2024-01 Headline\n\nBody.')]), lang: 'en' });
  assert.equal(text.length, 1);
  assert.ok(text[0].ok);
  assert.equal(text[0].doc.id, '-');
  assert.equal(text[0].doc.title, 'Headline');
  const empty = await readAll(['-'], { stdin: Readable.from([]) });
  assert.deepEqual(empty.map(brief), ['ERR -: empty document']);
});

test('bad inputs: clear per-document errors, no crash, good documents still read', async () => {
  const dir = tempDir();
  const f = (name: string) => join(dir, name);
  writeFileSync(f('01-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  writeFileSync(f('02-empty.txt'), '');
  writeFileSync(f('03-blank.txt'), '  \n\n ');
  writeFileSync(f('04-latin1.txt'), Buffer.concat([Buffer.from('Gr'), Buffer.from([0xfc]), Buffer.from('n ist die Farbe.')]));
  writeFileSync(f('05-bad-date.txt'), ' date 2024-13 Dreizehnter Monat\n\nText.');
  writeFileSync(f('06-good.txt'), 'A perfectly fine document.');
  // A 50 MB single-line text file and JSONL file, written in chunks (no 50 MB string in the test).
  for (const name of ['07-huge.txt', '08-huge.jsonl']) {
    const fd = openSync(f(name), 'w');
    const chunk = Buffer.alloc(1 << 20, 'a');
    if (name.endsWith('.jsonl')) writeSync(fd, '{"id":"huge","text":"');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    if (name.endsWith('.jsonl')) writeSync(fd, '"}\n{"id":"after-huge","text":"Still read."}\n');
    closeSync(fd);
  }
  writeFileSync(f('09-mixed.jsonl'), [
    '{"id":"ok1","text":"Fine."}',
    '{"id":"broken", "text": ',
    '{"text":"no id"}',
    '{"id":"no-text"}',
    '{"id":"typed","text":42}',
    '{"id":"d13","text":"Bad month.","date":"2024-13"}',
    '{"id":"d230","text":"No such day.","date":"2024-02-30"}',
    '{"id":"lang","text":"x","lang":7}',
    '[1,2]',
    '{"id":"ok2","text":"Also fine.","title":"T","url":"https://example.org/2"}',
  ].join('\n'));
  writeFileSync(f('10-badutf8.jsonl'), Buffer.concat([Buffer.from('{"id":"u1","text":"ok"}\n{"id":"u2","text":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]));
  writeFileSync(f('11-binary.jsonl'), Buffer.from([0, 1, 2, 3, 0x7b, 0x7d, 10, 0, 0]));
  writeFileSync(f('12-empty.jsonl'), '');
  const before = process.memoryUsage().rss;
  const rs = await readAll([dir, f('nope.txt')]);
  const grown = (process.memoryUsage().rss - before) / 1048576;
  assert.deepEqual(rs.map((r) => brief(r).replace(dir + '/', '')), [
    'ERR 01-binary.txt: binary file',
    'ERR 02-empty.txt: empty document',
    'ERR 03-blank.txt: empty document',
    'ERR 04-latin1.txt: invalid UTF-8 at byte 2',
    "ERR 05-bad-date.txt: date line: invalid date '2024-13' (no month 13)",
    'ok 06-good.txt null',
    'ERR 07-huge.txt: document too large (50.0 MB > 10 MB)',
    'ERR 08-huge.jsonl:1: document too large (50.0 MB > 10 MB)',
    'ok after-huge null',
    'ok ok1 null',
    "ERR 09-mixed.jsonl:2: broken JSON: Unexpected end of JSON input",
    "ERR 09-mixed.jsonl:3: missing 'id'",
    "ERR 09-mixed.jsonl:4: missing 'text'",
    "ERR 09-mixed.jsonl:5: 'text' must be a string",
    "ERR 09-mixed.jsonl:6: invalid date '2024-13' (no month 13)",
    "ERR 09-mixed.jsonl:7: invalid date '2024-02-30' (no day 30 in 2024-02)",
    "ERR 09-mixed.jsonl:8: 'lang' must be a string",
    'ERR 09-mixed.jsonl:9: not a JSON object',
    'ok ok2 null',
    'ok u1 null',
    'ERR 10-badutf8.jsonl:2: invalid UTF-8 at byte 19 of the line',
    'ERR 11-binary.jsonl: binary file',
    'ERR 12-empty.jsonl: empty file',
    'ERR nope.txt: no such file or directory',
  ]);
  // Streaming: reading 100 MB of oversized input must not hold it in memory (as a JS string it
  // would take ~200 MB); RSS is noisy on a shared machine, so the bound leaves room for that.
  assert.ok(grown < 90, `RSS grew by ${grown.toFixed(0)} MB`);
  const ok2 = rs.find((r) => r.ok && r.doc.id === 'ok2');
  assert.ok(ok2?.ok);
  assert.equal(ok2.doc.title, 'T');
  assert.equal(ok2.doc.url, 'https://example.org/2');
  rmSync(dir, { recursive: true, force: true });
});

test('a document just under the size limit is read', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(MAX_DOC_BYTES));
  const [r] = await readAll([join(dir, 'big.txt')]);
  assert.ok(r.ok);
  assert.equal(r.doc.text.length, MAX_DOC_BYTES);
  rmSync(dir, { recursive: true, force: true });
});
