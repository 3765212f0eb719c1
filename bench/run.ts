// The benchmark measures the product, not a copy of it:
//   ingest    the real ingest() of src/ingest/ingest.ts on the corpus written as a JSONL file, into a
//             temporary SQLite database, with the options `lagebild ingest` uses (end to end: reading,
//             hashing, worker start, analysis, writing);
//   analysis  what `lagebild analyze --format jsonl` does, without printing: the same worker pool as ingest
//             with output 'json' (each worker analyses a document and serialises its analysis JSON, the
//             contract every consumer reads), fed in batches as analyze and ingest feed it;
//   stages    the CPU time of each analysis stage on one thread (each stage alone, see stage-cpu-time.ts),
//             and of the mapping onto store rows ('rows', which the workers run after the stages).
// RSS is sampled every 2,000 documents (a leak grows linearly, heap warm-up levels off). The per-stage
// timing runs last so the lexicons it loads on the main thread do not inflate the RSS of the other runs.
import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { availableParallelism, tmpdir, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance as nodePerformance } from 'node:perf_hooks';
import { analyze } from '../src/extract/pipeline.js';
import type { Document } from '../src/model/analysis.js';
import { AnalyzePool } from '../src/ingest/analyze-pool.js';
import { ingest } from '../src/ingest/ingest.js';
import { readDocuments } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { corpusBatches, corpusDocument, loadBaseDocuments } from './corpus.js';
import { stageCpuTimes } from './stage-cpu-time.js';

export interface BenchOptions {
  docs: number;
  /** Worker threads for analysis and ingest (ingest's --workers). */
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
  /** Seconds until the first results came back (worker start: module load, lexicons). */
  firstResultSeconds: number | null;
  /** Documents/s from the first result to the end: the rate once the workers run. */
  steadyDocsPerSecond: number | null;
  /** Share of the wall time the main thread was busy (event-loop utilisation): reading, hashing, receiving, writing. */
  mainBusyPct: number;
  /** CPU seconds of the whole process (all threads) during the run: with the wall time, shows how much of the two cores it got. */
  cpuSeconds: number;
  /** RSS in MB after 2,000 documents and after the last batch; growth in % from the first to the second. */
  rssAt2000Mb: number | null;
  rssAtEndMb: number;
  rssGrowthPct: number | null;
  peakRssMb: number;
  /** RSS in MB every 2,000 documents. */
  rssSamplesMb: number[];
}

export interface StageCost { stage: string; msPerDoc: number; sentencesPerSecond: number; cumulativeSentencesPerSecond: number; error?: string }

export interface BenchResult {
  date: string;
  machine: { cpus: number; model: string; node: string; loadBefore: number[]; loadAfter: number[] };
  options: { docs: number; threads: number; stageDocs: number; batch: number };
  corpus: { baseDocuments: number; avgSentencesPerDoc: number; avgChars: number };
  ingest: (Throughput & { stored: number; events: number; errors: number; dbMb: number }) | { skipped: string };
  analysis: Throughput;
  stages: StageCost[];
  errors: string[];
}

const SAMPLE_EVERY = 2000;
/** Ingest's default batch (documents per transaction); the analysis run sends batches of the same size. */
const BATCH = 200;
/** Batches in flight in the analysis run (as ingest keeps them). */
const IN_FLIGHT = 3;

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** Wall time, process CPU time, first-result time and RSS samples of one run. */
class Probe {
  private readonly t0 = performance.now();
  private readonly cpu0 = process.cpuUsage();
  private readonly elu0 = nodePerformance.eventLoopUtilization();
  private first: number | null = null;
  private firstDocs = 0;
  peak = process.memoryUsage().rss;
  at2000: number | null = null;
  last: number | null = null;
  samples: number[] = [];
  sample(done: number): void {
    if (this.first === null && done > 0) { this.first = performance.now(); this.firstDocs = done; }
    const rss = process.memoryUsage().rss;
    this.last = rss;
    if (rss > this.peak) this.peak = rss;
    if (this.at2000 === null && done >= SAMPLE_EVERY) this.at2000 = rss;
    while (done >= (this.samples.length + 1) * SAMPLE_EVERY) this.samples.push(mb(rss));
  }
  finish(t: { docs: number; sentences: number; failed: number }): Throughput {
    const now = performance.now();
    const seconds = (now - this.t0) / 1000;
    const cpu = process.cpuUsage(this.cpu0);
    const elu = nodePerformance.eventLoopUtilization(this.elu0);
    // The end is the last sample, taken while the workers still ran (ingest() stops them before it returns).
    const end = this.last ?? process.memoryUsage().rss;
    return {
      ...t,
      seconds,
      docsPerSecond: Math.round(t.docs / seconds),
      sentencesPerSecond: Math.round(t.sentences / seconds),
      firstResultSeconds: this.first === null ? null : (this.first - this.t0) / 1000,
      steadyDocsPerSecond: this.first === null || now - this.first < 1 ? null : Math.round((t.docs - this.firstDocs) / ((now - this.first) / 1000)),
      mainBusyPct: Math.round(elu.utilization * 100),
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      rssAt2000Mb: this.at2000 === null ? null : mb(this.at2000),
      rssAtEndMb: mb(end),
      rssGrowthPct: this.at2000 === null ? null : Math.round(((end - this.at2000) / this.at2000) * 1000) / 10,
      peakRssMb: mb(this.peak),
      rssSamplesMb: this.samples,
    };
  }
}

/** The corpus as a JSONL file, as `lagebild ingest` would read it (written line by line: memory stays flat). */
function writeCorpus(base: readonly Document[], n: number, path: string): void {
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < n; i += 1000) {
      const lines: string[] = [];
      for (let k = i; k < Math.min(n, i + 1000); k++) {
        const d = corpusDocument(base, k);
        lines.push(JSON.stringify({ id: d.id, text: d.text, date: d.date, ...(d.title ? { title: d.title } : {}), ...(d.url ? { url: d.url } : {}) }));
      }
      writeSync(fd, lines.join('\n') + '\n');
    }
  } finally {
    closeSync(fd);
  }
}

async function ingestThroughput(base: Document[], opts: BenchOptions, errors: string[]): Promise<BenchResult['ingest']> {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    writeCorpus(base, opts.docs, corpus);
    const dbPath = join(dir, 'bench.db');
    const store = openSqliteStore(dbPath);
    const probe = new Probe();
    let counts;
    try {
      counts = await ingest(store, readDocuments([corpus]), {
        workers: opts.threads,
        batch: BATCH,
        onError: (from, reason) => { if (errors.length < 5) errors.push(`ingest: ${from.file}:${from.line ?? ''}: ${reason}`); },
        onProgress: (c) => probe.sample(c.stored + c.present),
      });
    } finally {
      store.close();
    }
    // Sentences stored: read back from the database (ingest counts documents and events).
    const check = openSqliteStore(dbPath, { readonly: true });
    const sentences = check.stats().sentences;
    check.close();
    let dbBytes = 0;
    for (const ext of ['', '-wal']) { try { dbBytes += statSync(dbPath + ext).size; } catch { /* absent */ } }
    const t = probe.finish({ docs: counts.read, sentences, failed: counts.errors });
    return { ...t, stored: counts.stored, events: counts.events, errors: counts.errors, dbMb: mb(dbBytes) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function analysisThroughput(base: Document[], opts: BenchOptions, errors: string[]): Promise<Throughput> {
  const probe = new Probe();
  const pool = new AnalyzePool(opts.threads, { output: 'json' });
  let docs = 0;
  let sentences = 0;
  let failed = 0;
  try {
    const inflight: Promise<void>[] = [];
    for (const batch of corpusBatches(base, 0, opts.docs, BATCH)) {
      inflight.push(pool.analyze(batch).then((results) => {
        for (const r of results) {
          docs++;
          if (r.ok) sentences += r.sentences;
          else { failed++; if (errors.length < 5) errors.push(`analysis: ${r.reason}`); }
        }
        probe.sample(docs);
      }));
      if (inflight.length > IN_FLIGHT) await inflight.shift();
    }
    await Promise.all(inflight);
    return probe.finish({ docs, sentences, failed });
  } finally {
    await pool.close();
  }
}

/** Single thread: CPU time of each stage alone on prepared contexts (bench/stage-cpu-time.ts), best of three. */
function stageCosts(base: Document[], n: number): StageCost[] {
  const docs = Array.from({ length: n }, (_, i) => corpusDocument(base, i));
  let sentences = 0;
  for (const d of docs) sentences += analyze(d, { until: 'segment' }).sentences.length;
  const perDoc = sentences / n;
  let cumulative = 0;
  return stageCpuTimes(docs, 3).map((t) => {
    if (t.error) return { stage: t.stage, msPerDoc: NaN, sentencesPerSecond: 0, cumulativeSentencesPerSecond: 0, error: t.error };
    cumulative += t.usPerDoc;
    return {
      stage: t.stage,
      msPerDoc: t.usPerDoc / 1000,
      // A stage below timing resolution has no meaningful rate of its own.
      sentencesPerSecond: t.usPerDoc >= 0.5 ? Math.round((perDoc / t.usPerDoc) * 1e6) : 0,
      cumulativeSentencesPerSecond: Math.round((perDoc / cumulative) * 1e6),
    };
  });
}

const load = () => loadavg().map((x) => Math.round(x * 100) / 100);

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const errors: string[] = [];
  const loadBefore = load();
  const base = await loadBaseDocuments(opts.examplesDir);
  opts.log(`corpus: ${opts.docs} documents scaled from ${base.length} examples · ${opts.threads} worker threads · ${availableParallelism()} cores · load ${loadBefore.join(' ')}`);

  let ingestResult: BenchResult['ingest'] = { skipped: 'disabled (--no-ingest)' };
  if (opts.ingest) {
    opts.log('ingest into SQLite (lagebild ingest on a JSONL file)…');
    ingestResult = await ingestThroughput(base, opts, errors);
  }
  opts.log('analysis throughput (the worker pool of lagebild analyze)…');
  const analysis = await analysisThroughput(base, opts, errors);
  opts.log(`per-stage timing on one thread (${opts.stageDocs} documents)…`);
  const stages = stageCosts(base, opts.stageDocs);
  const sample = Array.from({ length: base.length }, (_, i) => analyze(corpusDocument(base, i), { until: 'segment' }));
  const corpus = {
    baseDocuments: base.length,
    avgSentencesPerDoc: Math.round((sample.reduce((s, a) => s + a.sentences.length, 0) / sample.length) * 10) / 10,
    avgChars: Math.round(sample.reduce((s, a) => s + a.doc.text.length, 0) / sample.length),
  };
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown', node: process.version, loadBefore, loadAfter: load() },
    options: { docs: opts.docs, threads: opts.threads, stageDocs: opts.stageDocs, batch: BATCH },
    corpus,
    ingest: ingestResult,
    analysis,
    stages,
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
  out.push(`load average (1/5/15 min) before ${r.machine.loadBefore.join(' ')} · after ${r.machine.loadAfter.join(' ')}`);
  out.push(`corpus: ${fmt(r.options.docs)} documents from ${r.corpus.baseDocuments} examples · ${r.corpus.avgSentencesPerDoc} sentences and ${fmt(r.corpus.avgChars)} chars per document`);
  const row = (name: string, t: Throughput) => `  ${name.padEnd(10)} ${fmt(t.docs).padStart(7)} ${t.seconds.toFixed(2).padStart(7)} ${fmt(t.docsPerSecond).padStart(8)} ${fmt(t.sentencesPerSecond).padStart(9)} `
    + `${(t.firstResultSeconds === null ? '—' : t.firstResultSeconds.toFixed(1)).padStart(7)} ${(t.steadyDocsPerSecond === null ? '—' : fmt(t.steadyDocsPerSecond)).padStart(7)} ${t.cpuSeconds.toFixed(1).padStart(7)} ${`${t.mainBusyPct}%`.padStart(5)} `
    + `${String(t.rssAt2000Mb ?? '—').padStart(9)} ${String(t.rssAtEndMb).padStart(9)} ${(t.rssGrowthPct === null ? '—' : `${t.rssGrowthPct > 0 ? '+' : ''}${t.rssGrowthPct}%`).padStart(7)} ${String(t.peakRssMb).padStart(8)}`;
  out.push('', `throughput, ${r.options.threads} worker threads, batches of ${r.options.batch} (docs/s and sent/s include worker start; steady: from the first result on):`);
  out.push(`  ${'run'.padEnd(10)} ${'docs'.padStart(7)} ${'sec'.padStart(7)} ${'docs/s'.padStart(8)} ${'sent/s'.padStart(9)} ${'1st at'.padStart(7)} ${'steady'.padStart(7)} ${'cpu s'.padStart(7)} ${'main'.padStart(5)} ${'RSS@2k MB'.padStart(9)} ${'RSS@end'.padStart(9)} ${'growth'.padStart(7)} ${'peak MB'.padStart(8)}`);
  if ('skipped' in r.ingest) out.push(`  ingest     skipped: ${r.ingest.skipped}`);
  else out.push(row('ingest', r.ingest) + `  (${fmt(r.ingest.stored)} stored, ${fmt(r.ingest.events)} events, db ${r.ingest.dbMb} MB)`);
  out.push(row('analysis', r.analysis));
  out.push('', `per stage, one thread, CPU time of each stage alone (${fmt(r.options.stageDocs)} documents, best of 3):`);
  out.push(`  ${'stage'.padEnd(12)} ${'ms/doc'.padStart(8)} ${'sent/s (stage)'.padStart(15)} ${'sent/s (up to)'.padStart(15)}`);
  for (const s of r.stages) {
    if (s.error) { out.push(`  ${s.stage.padEnd(12)} failed: ${s.error}`); continue; }
    out.push(`  ${s.stage.padEnd(12)} ${s.msPerDoc.toFixed(3).padStart(8)} ${(s.sentencesPerSecond ? fmt(s.sentencesPerSecond) : '≈ free').padStart(15)} ${fmt(s.cumulativeSentencesPerSecond).padStart(15)}`);
  }
  const failed = r.analysis.failed + ('skipped' in r.ingest ? 0 : r.ingest.failed);
  if (failed > 0 || r.errors.length > 0) out.push('', `errors: ${failed} documents failed`, ...r.errors.map((e) => `  ${e}`));
  return out;
}
