// The analysis JSON contract: the seed article and every example validate against the
// schema plus the offset checks, and the seed is segmented correctly (title + every sentence).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readDocuments } from '../../src/ingest/index.js';
import { analyze } from '../../src/extract/pipeline.js';
import { validateAnalysis } from '../../src/model/validate.js';
import { dataPath } from '../../src/util/data.js';
import type { Analysis, Document } from '../../src/model/analysis.js';

const SEED = dataPath('../shared/seed/000_da6aaa6c03f80247.txt');

async function readAll(inputs: string[]): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const r of readDocuments(inputs, {})) {
    assert.ok(r.ok, r.ok ? '' : `${r.from.file}:${r.from.line ?? ''}: ${r.reason}`);
    if (r.ok) docs.push(r.doc);
  }
  return docs;
}

test('the seed article validates', async () => {
  const [doc] = await readAll([SEED]);
  const a = analyze(doc);
  assert.deepEqual(validateAnalysis(JSON.parse(JSON.stringify(a))), []);
  assert.equal(a.doc.lang, 'de');
  assert.equal(a.doc.date, '2024-06');
});

test('every example validates (14+ dated articles and the JSONL wire file)', async () => {
  const docs = await readAll([dataPath('examples')]);
  assert.ok(docs.length >= 20, `${docs.length} documents`);
  const langs = new Map<string, number>();
  for (const doc of docs) {
    const a = analyze(doc);
    assert.deepEqual(validateAnalysis(JSON.parse(JSON.stringify(a))), [], doc.id);
    assert.ok(a.sentences.length >= 3, doc.id);
    langs.set(a.doc.lang, (langs.get(a.doc.lang) ?? 0) + 1);
    // The file name says the language of dated examples: <date>_<lang>_<slug>.txt
    const m = /_(de|en)_/.exec(doc.id);
    if (m) assert.equal(a.doc.lang, m[1], doc.id);
    if (doc.lang) assert.equal(a.doc.lang, doc.lang, doc.id);
  }
  assert.ok((langs.get('de') ?? 0) >= 7 && (langs.get('en') ?? 0) >= 7, JSON.stringify([...langs]));
});

test('seed: the title and every sentence are segmented correctly', async () => {
  const [doc] = await readAll([SEED]);
  // Segmentation alone: this test is about sentence boundaries, not the later stages.
  const a = analyze(doc, { until: 'segment' });
  const text = a.doc.text;
  // Paragraphs from the file itself: the title line, then blocks separated by blank lines.
  const paragraphs: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const lead = m[0].length - m[0].trimStart().length;
    if (m[0].trim()) paragraphs.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
  }
  assert.equal(paragraphs.length, 8, 'title + 7 paragraphs');
  // The title is exactly one sentence, equal to doc.title.
  assert.equal(text.slice(a.sentences[0].start, a.sentences[0].end), a.doc.title);
  assert.deepEqual(a.sentences[0], paragraphs[0]);
  // Sentences per paragraph, counted by hand from the article (the last one holds
  // Campbell's five-sentence quotation of three questions and two statements).
  const expectedCounts = [1, 3, 2, 3, 2, 3, 1, 8];
  const counts = paragraphs.map((p) => a.sentences.filter((s) => s.start >= p.start && s.end <= p.end).length);
  assert.deepEqual(counts, expectedCounts);
  assert.equal(a.sentences.length, expectedCounts.reduce((x, y) => x + y));
  // Sentences tile each paragraph: only whitespace between them, first/last at its edges.
  for (const p of paragraphs) {
    const inside = a.sentences.filter((s) => s.start >= p.start && s.end <= p.end);
    assert.equal(inside[0].start, p.start);
    assert.equal(inside[inside.length - 1].end, p.end);
    for (let i = 1; i < inside.length; i++) assert.match(text.slice(inside[i - 1].end, inside[i].start), /^\s+$/);
  }
  // Each body sentence starts with a capital or an opening quote and ends with final punctuation (+ quote).
  for (const s of a.sentences.slice(1)) {
    const body = text.slice(s.start, s.end);
    assert.match(body, /^["„“»]?\p{Lu}/u, body);
    assert.match(body, /[.?!]["“”«]?$/u, body);
  }
  // Every gold event and quote anchor of the seed lies inside one sentence (no wrong split).
  const gold = JSON.parse(readFileSync(dataPath('../shared/gold/seed.gold.json'), 'utf8')) as {
    documents: Array<{ events: Array<{ at: string }>; quotes: Array<{ starts: string }> }>;
  };
  const anchors = [...gold.documents[0].events.map((e) => e.at), ...gold.documents[0].quotes.map((q) => q.starts)];
  for (const at of anchors) {
    const k = text.indexOf(at);
    assert.ok(k >= 0, at);
    assert.ok(a.sentences.some((s) => s.start <= k && k + at.length <= s.end), `split inside: ${at}`);
  }
});

function minimal(): Analysis {
  const text = 'NATO warnt Russland. Moskau reagiert.';
  return {
    doc: { id: 't', text, date: '2024-06', lang: 'de' },
    sentences: [{ start: 0, end: 20 }, { start: 21, end: 37 }],
    actors: [{ start: 0, end: 4, text: 'NATO', code: 'IGOWSTNAT', kind: 'igo', rule: 'kb.nato' }],
    events: [{
      id: '1', sentence: { start: 0, end: 20 }, trigger: { start: 5, end: 10, text: 'warnt' },
      source: { start: 0, end: 4, text: 'NATO', code: 'IGOWSTNAT' }, target: { start: 11, end: 19, text: 'Russland', code: 'RUS' },
      cameo: '130', plover: { type: 'THREATEN', mode: null, context: null }, status: 'asserted', date: '2024-06',
      quad: 3, goldstein: -4.4, confidence: 0.8, rule: 'de.trig.warnen',
    }],
    quotes: [],
    amounts: [],
    times: [],
  };
}

test('validator accepts a hand-made valid analysis', () => {
  assert.deepEqual(validateAnalysis(minimal()), []);
});

// [what is broken, mutation, expected problem substring]
const BROKEN: Array<[string, (a: Analysis) => void, string]> = [
  ['missing layer', (a) => { delete (a as Partial<Analysis>).times; }, "must have required property 'times'"],
  ['extra property', (a) => { (a as unknown as Record<string, unknown>).extra = 1; }, "must NOT have additional properties 'extra'"],
  ['bad status', (a) => { (a.events[0] as { status: string }).status = 'maybe'; }, '/events/0/status'],
  ['bad cameo', (a) => { a.events[0].cameo = '1a'; }, '/events/0/cameo'],
  ['quad out of range', (a) => { a.events[0].quad = 5; }, '/events/0/quad'],
  ['bad approx', (a) => { a.amounts.push({ start: 0, end: 4, text: 'NATO', value: 1, approx: '≈' as '=', unit: null }); }, '/amounts/0/approx'],
  ['bad date', (a) => { a.doc.date = '2024-6'; }, '/doc/date'],
  ['span beyond text', (a) => { a.actors[0].end = 99; }, 'beyond doc.text'],
  ['start after end', (a) => { a.actors[0].start = 5; a.actors[0].end = 4; }, 'start 5 > end 4'],
  ['text not the slice', (a) => { a.actors[0].text = 'Nato'; }, '/actors/0/text'],
  ['trigger text not the slice', (a) => { a.events[0].trigger.text = 'warnen'; }, '/events/0/trigger/text'],
  ['source text not the slice', (a) => { a.events[0].source!.text = 'Allianz'; }, '/events/0/source/text'],
  ['event sentence unknown', (a) => { a.events[0].sentence = { start: 0, end: 10 }; }, 'not one of the document'],
  ['trigger outside sentence', (a) => { a.events[0].trigger = { start: 21, end: 27, text: 'Moskau' }; }, 'outside its sentence'],
  ['overlapping sentences', (a) => { a.sentences[1].start = 10; }, 'overlaps'],
  ['time value shape', (a) => { a.times.push({ start: 0, end: 4, text: 'NATO', value: 'June' }); }, '/times/0/value'],
  ['event date shape', (a) => { a.events[0].date = '2024-W4'; }, '/events/0/date'],
];

for (const [what, mutate, expected] of BROKEN) {
  test(`validator rejects: ${what}`, () => {
    const a = minimal();
    mutate(a);
    const problems = validateAnalysis(a);
    assert.ok(problems.some((p) => p.includes(expected)), JSON.stringify(problems));
  });
}

test('the example in docs/analysis-format.md is valid', () => {
  const md = readFileSync(dataPath('docs/analysis-format.md'), 'utf8');
  const json = md.split('```json')[1].split('```')[0];
  assert.deepEqual(validateAnalysis(JSON.parse(json)), []);
});
