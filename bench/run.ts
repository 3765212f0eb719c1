// The benchmark: per-stage cost on one thread, analysis throughput with a worker pool,
// and ingest into SQLite (workers analyse, the main thread writes batches), with RSS
// sampled at 2,000 documents and at the end to check that memory stays flat.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { analyze, STAGES } from '../src/extract/pipeline.js';
import { detectLanguage } from '../src/text/langid.js';
import type { Analysis, Document } from '../src/model/analysis.js';
import { corpusBatches, corpusDocument, loadBaseDocuments } from './corpus.js';
import { AnalysisPool } from './pool.js';

export interface BenchOptions {
  docs: number;
  /** Run the pipeline only up to this stage (measures the stages present). */
  until?: string;
  threads: number;
  /** Documents for the single-thread per-stage timing. */
  stageDocs: number;
  examplesDir: string;
  /** Where the JSON results go (null: do not write). */
  out: string | null;
  ingest: boolean;
  log: (line: string) => void;
}

export interface Throughput {
  docs: number;
  sentences: number;
  failed: number;
  seconds: number;
  docsPerSecond: number;
  sentencesPerSecond: number;
  /** RSS in MB after 2,000 documents and at the end; `flat` when the end is within 20 % of the first. */
  rssAt2000Mb: number | null;
  rssAtEndMb: number;
  rssGrowthPct: number | null;
  peakRssMb: number;
  /** RSS in MB every 2,000 documents: a leak grows linearly, heap warm-up levels off. */
  rssSamplesMb: number[];
}

export interface StageCost { stage: string; msPerDoc: number; sentencesPerSecond: number; cumulativeSentencesPerSecond: number; error?: string }

export interface BenchResult {
  date: string;
  machine: { cpus: number; model: string; node: string };
  options: { docs: number; threads: number; stageDocs: number; until: string | null; workerHeapMb: number };
  corpus: { baseDocuments: number; avgSentencesPerDoc: number; avgChars: number };
  stages: StageCost[];
  analysis: Throughput;
  ingest: (Throughput & { stored: number; dbMb: number }) | { skipped: string };
  errors: string[];
}

const SAMPLE_AT = 2000;
const BATCH = 100;
const STORE_BATCH = 500;

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** Tracks peak RSS and the samples at 2,000 documents and the end. */
class RssProbe {
  peak = process.memoryUsage().rss;
  at2000: number | null = null;
  samples: number[] = [];
  sample(done: number): void {
    const rss = process.memoryUsage().rss;
    if (rss > this.peak) this.peak = rss;
    if (this.at2000 === null && done >= SAMPLE_AT) this.at2000 = rss;
    if (done >= (this.samples.length + 1) * SAMPLE_AT) this.samples.push(mb(rss));
  }
  finish(t: { docs: number; sentences: number; failed: number; seconds: number }): Throughput {
    const end = process.memoryUsage().rss;
    if (end > this.peak) this.peak = end;
    return {
      ...t,
      docsPerSecond: Math.round(t.docs / t.seconds),
      sentencesPerSecond: Math.round(t.sentences / t.seconds),
      rssAt2000Mb: this.at2000 === null ? null : mb(this.at2000),
      rssAtEndMb: mb(end),
      rssGrowthPct: this.at2000 === null ? null : Math.round(((end - this.at2000) / this.at2000) * 1000) / 10,
      peakRssMb: mb(this.peak),
      rssSamplesMb: this.samples,
    };
  }
}

/** Single thread: time analyze(doc, {until: stage}) for each stage; a stage's cost is the difference to the one before. */
function stageCosts(base: Document[], n: number): StageCost[] {
  const docs = Array.from({ length: n }, (_, i) => corpusDocument(base, i));
  const withLang = docs.map((d) => ({ ...d, lang: detectLanguage(d.text) }));
  // Warm-up: JIT and lazily loaded data (lexicons, language detector); a failing stage is reported, not fatal.
  for (const stage of STAGES) {
    try {
      for (const d of docs.slice(0, 50)) analyze(d, { until: stage.name });
    } catch { break; }
  }
  const time = (f: () => number) => {
    const t0 = performance.now();
    const sentences = f();
    return { ms: performance.now() - t0, sentences };
  };
  const out: StageCost[] = [];
  // Best of three runs per measurement: stage differences are small and timing noise is not.
  const best = (f: () => number) => { let b = time(f); for (let k = 0; k < 2; k++) { const r = time(f); if (r.ms < b.ms) b = r; } return b; };
  const lang = best(() => { for (const d of docs) detectLanguage(d.text); return 0; });
  let sentences = 0;
  for (const d of withLang) sentences += analyze(d, { until: 'segment' }).sentences.length;
  out.push({ stage: 'langid', msPerDoc: lang.ms / n, sentencesPerSecond: Math.round(sentences / (lang.ms / 1000)), cumulativeSentencesPerSecond: Math.round(sentences / (lang.ms / 1000)) });
  let prev = lang.ms;
  for (const stage of STAGES) {
    let r: { ms: number; sentences: number };
    try {
      r = best(() => { let s = 0; for (const d of withLang) s += analyze(d, { until: stage.name }).sentences.length; return s; });
    } catch (e) {
      out.push({ stage: stage.name, msPerDoc: NaN, sentencesPerSecond: 0, cumulativeSentencesPerSecond: 0, error: (e as Error).message });
      break;
    }
    const total = Math.max(r.ms + lang.ms, prev);
    const own = total - prev;
    out.push({
      stage: stage.name,
      msPerDoc: own / n,
      // A stage below timing resolution (placeholder stages) has no meaningful rate of its own.
      sentencesPerSecond: own > total * 0.01 ? Math.round(sentences / (own / 1000)) : 0,
      cumulativeSentencesPerSecond: Math.round(sentences / (total / 1000)),
    });
    prev = total;
  }
  return out;
}

/** V8 grows an idle-looking heap lazily (RSS climbs for tens of thousands of documents before a major GC), so the
 *  workers get an old-generation limit: four times what a warmed-up worker holds, at least 96 MB. That keeps RSS flat
 *  without risking out-of-memory when the lexicons grow. */
async function workerHeapLimitMb(base: Document[], until: string | undefined): Promise<number> {
  const probe = new AnalysisPool(1);
  let used = 0;
  try {
    await probe.run(corpusBatches(base, 0, 200, 50), 'count', (r) => { used = Math.max(used, r.heapUsedMb); }, until);
  } finally {
    await probe.close();
  }
  return Math.max(96, Math.ceil(used * 4));
}

async function analysisThroughput(base: Document[], opts: BenchOptions, errors: string[], heapMb: number): Promise<Throughput> {
  const pool = new AnalysisPool(opts.threads, { maxOldGenerationSizeMb: heapMb });
  const probe = new RssProbe();
  let docs = 0;
  let sentences = 0;
  let failed = 0;
  try {
    // Warm the workers (module load, language detector) outside the timed run.
    await pool.run(corpusBatches(base, 0, opts.threads * 40, 20), 'count', () => {}, opts.until);
    const t0 = performance.now();
    await pool.run(corpusBatches(base, 0, opts.docs, BATCH), 'count', (r) => {
      docs += r.docs;
      sentences += r.sentences;
      failed += r.failed;
      if (r.error && errors.length < 5) errors.push(`analysis: ${r.error}`);
      probe.sample(docs);
    }, opts.until);
    return probe.finish({ docs, sentences, failed, seconds: (performance.now() - t0) / 1000 });
  } finally {
    await pool.close();
  }
}

async function ingestThroughput(base: Document[], opts: BenchOptions, errors: string[], heapMb: number): Promise<BenchResult['ingest']> {
  let openSqliteStore: (path: string) => { putBatch(a: Analysis[]): Array<{ inserted: boolean }>; close(): void };
  try {
    ({ openSqliteStore } = await import('../src/store/sqlite.js'));
  } catch (e) {
    return { skipped: `SQLite store not available: ${(e as Error).message}` };
  }
  const dbPath = join(tmpdir(), `lagebild-bench-${process.pid}.db`);
  const cleanup = () => { for (const ext of ['', '-wal', '-shm']) rmSync(dbPath + ext, { force: true }); };
  cleanup();
  const store = openSqliteStore(dbPath);
  const pool = new AnalysisPool(opts.threads, { maxOldGenerationSizeMb: heapMb });
  const probe = new RssProbe();
  let docs = 0;
  let sentences = 0;
  let failed = 0;
  let stored = 0;
  let pending: Analysis[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    for (const r of store.putBatch(pending)) if (r.inserted) stored++;
    pending = [];
  };
  try {
    const t0 = performance.now();
    await pool.run(corpusBatches(base, 0, opts.docs, BATCH), 'return', (r) => {
      docs += r.docs;
      sentences += r.sentences;
      failed += r.failed;
      if (r.error && errors.length < 5) errors.push(`ingest: ${r.error}`);
      pending.push(...(r.analyses ?? []));
      if (pending.length >= STORE_BATCH) flush();
      probe.sample(docs);
    }, opts.until);
    flush();
    const seconds = (performance.now() - t0) / 1000;
    const { statSync } = await import('node:fs');
    let dbBytes = 0;
    for (const ext of ['', '-wal']) { try { dbBytes += statSync(dbPath + ext).size; } catch { /* absent */ } }
    return { ...probe.finish({ docs, sentences, failed, seconds }), stored, dbMb: mb(dbBytes) };
  } finally {
    await pool.close();
    store.close();
    cleanup();
  }
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const errors: string[] = [];
  const base = await loadBaseDocuments(opts.examplesDir);
  opts.log(`corpus: ${opts.docs} documents scaled from ${base.length} examples · ${opts.threads} worker threads · ${availableParallelism()} cores`);

  opts.log(`per-stage timing on one thread (${opts.stageDocs} documents)…`);
  const stages = stageCosts(base, opts.stageDocs);
  const sample = Array.from({ length: base.length }, (_, i) => analyze(corpusDocument(base, i), { until: 'segment' }));
  const corpus = {
    baseDocuments: base.length,
    avgSentencesPerDoc: Math.round((sample.reduce((s, a) => s + a.sentences.length, 0) / sample.length) * 10) / 10,
    avgChars: Math.round(sample.reduce((s, a) => s + a.doc.text.length, 0) / sample.length),
  };

  const heapMb = await workerHeapLimitMb(base, opts.until);
  opts.log(`analysis throughput (worker heap limit ${heapMb} MB)…`);
  const analysis = await analysisThroughput(base, opts, errors, heapMb);
  let ingest: BenchResult['ingest'] = { skipped: 'disabled (--no-ingest)' };
  if (opts.ingest) {
    opts.log('ingest into SQLite…');
    ingest = await ingestThroughput(base, opts, errors, heapMb);
  }
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown', node: process.version },
    options: { docs: opts.docs, threads: opts.threads, stageDocs: opts.stageDocs, until: opts.until ?? null, workerHeapMb: heapMb },
    corpus,
    stages,
    analysis,
    ingest,
    errors,
  };
  if (opts.out) {
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n');
  }
  return result;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** The human-readable report. */
export function formatBench(r: BenchResult): string[] {
  const out: string[] = [];
  out.push(`lagebild bench · ${r.date} · ${r.machine.cpus} cores (${r.machine.model}) · node ${r.machine.node}`);
  out.push(`corpus: ${fmt(r.options.docs)} documents from ${r.corpus.baseDocuments} examples · ${r.corpus.avgSentencesPerDoc} sentences and ${fmt(r.corpus.avgChars)} chars per document`);
  out.push('', `per stage, one thread (${fmt(r.options.stageDocs)} documents):`);
  out.push(`  ${'stage'.padEnd(12)} ${'ms/doc'.padStart(8)} ${'sent/s (stage)'.padStart(15)} ${'sent/s (up to)'.padStart(15)}`);
  for (const s of r.stages) {
    if (s.error) { out.push(`  ${s.stage.padEnd(12)} failed: ${s.error}`); continue; }
    out.push(`  ${s.stage.padEnd(12)} ${s.msPerDoc.toFixed(3).padStart(8)} ${(s.sentencesPerSecond ? fmt(s.sentencesPerSecond) : '≈ free').padStart(15)} ${fmt(s.cumulativeSentencesPerSecond).padStart(15)}`);
  }
  const row = (name: string, t: Throughput) => `  ${name.padEnd(10)} ${fmt(t.docs).padStart(7)} ${t.seconds.toFixed(2).padStart(7)} ${fmt(t.docsPerSecond).padStart(8)} ${fmt(t.sentencesPerSecond).padStart(9)} `
    + `${String(t.rssAt2000Mb ?? '—').padStart(9)} ${String(t.rssAtEndMb).padStart(9)} ${(t.rssGrowthPct === null ? '—' : `${t.rssGrowthPct > 0 ? '+' : ''}${t.rssGrowthPct}%`).padStart(7)} ${String(t.peakRssMb).padStart(8)}`;
  out.push('', `throughput, ${r.options.threads} worker threads${r.options.until ? `, stages up to ${r.options.until}` : ''}:`);
  out.push(`  ${'run'.padEnd(10)} ${'docs'.padStart(7)} ${'sec'.padStart(7)} ${'docs/s'.padStart(8)} ${'sent/s'.padStart(9)} ${'RSS@2k MB'.padStart(9)} ${'RSS@end'.padStart(9)} ${'growth'.padStart(7)} ${'peak MB'.padStart(8)}`);
  out.push(row('analysis', r.analysis));
  if ('skipped' in r.ingest) out.push(`  ingest     skipped: ${r.ingest.skipped}`);
  else out.push(row('ingest', r.ingest) + `  (${fmt(r.ingest.stored)} stored, db ${r.ingest.dbMb} MB)`);
  if (r.analysis.failed > 0 || r.errors.length > 0) out.push('', `errors: ${r.analysis.failed} documents failed`, ...r.errors.map((e) => `  ${e}`));
  return out;
}
