// CPU time per document of each analysis stage on one thread. Every stage is timed alone
// (process.cpuUsage: user + system) over contexts prepared by the stages before it, after a JIT
// warm-up; the best of `rounds` rounds counts, per slice of documents. Other processes on the machine
// cost us wall time but little CPU time, so these figures compare across runs at different loads — a
// stage's cost taken as the wall-time difference of analyze(doc, {until}) runs does not (at load 3–10 it
// swung by more than the cost of most stages).
import { STAGES, newContext, toAnalysis } from '../src/extract/pipeline.js';
import type { AnalysisContext } from '../src/extract/context.js';
import type { Document } from '../src/model/analysis.js';
import { detectLanguage } from '../src/text/langid.js';
import { analysisRows } from '../src/store/schema.js';

/** Stage name → CPU µs per document; `langid` first, `rows` (the mapping onto store rows, content hash included) last. */
export interface StageCpu { stage: string; usPerDoc: number; error?: string }

/** Documents prepared and timed together: enough for timer resolution, few enough that the contexts stay small. */
const SLICE = 250;

const cpu = (f: () => void): number => {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return d.user + d.system;
};

/** CPU µs per document of langid, each stage and rows; `only` limits the timing to those names. */
export function stageCpuTimes(docs: readonly Document[], rounds = 3, only?: ReadonlySet<string>): StageCpu[] {
  const withLang = docs.map((d) => ({ ...d, lang: d.lang ?? detectLanguage(d.text) }));
  const want = (name: string) => !only || only.has(name);
  const prepare = (slice: Document[], k: number): AnalysisContext[] => slice.map((d) => {
    const ctx = newContext(d);
    for (let i = 0; i < k; i++) STAGES[i].run(ctx);
    return ctx;
  });
  const names = ['langid', ...STAGES.map((s) => s.name), 'rows'];
  const failed = new Map<string, string>();
  // Warm-up: lexicons, language detector, JIT. A failing stage is reported, not fatal.
  const warm = withLang.slice(0, Math.min(200, withLang.length));
  for (let r = 0; r < 2; r++) {
    try {
      for (const ctx of prepare(warm, STAGES.length)) analysisRows(toAnalysis(ctx));
    } catch (e) {
      failed.set('warm-up', (e as Error).message);
    }
  }
  const total = new Map<string, number>(names.map((n) => [n, 0]));
  for (let from = 0; from < withLang.length; from += SLICE) {
    const slice = withLang.slice(from, from + SLICE);
    const best = new Map<string, number>();
    const keep = (name: string, us: number) => best.set(name, Math.min(best.get(name) ?? Infinity, us));
    for (let r = 0; r < rounds; r++) {
      if (want('langid')) keep('langid', cpu(() => { for (const d of slice) detectLanguage(d.text); }));
      for (let k = 0; k < STAGES.length; k++) {
        const stage = STAGES[k];
        if (!want(stage.name) || failed.has(stage.name)) continue;
        try {
          const ctxs = prepare(slice, k);
          keep(stage.name, cpu(() => { for (const c of ctxs) stage.run(c); }));
        } catch (e) {
          failed.set(stage.name, (e as Error).message);
        }
      }
      if (want('rows') && failed.size === 0) {
        const analyses = prepare(slice, STAGES.length).map(toAnalysis);
        keep('rows', cpu(() => { for (const a of analyses) analysisRows(a); }));
      }
    }
    for (const [name, us] of best) total.set(name, total.get(name)! + us);
  }
  return names.filter(want).map((stage) => failed.has(stage)
    ? { stage, usPerDoc: NaN, error: failed.get(stage) }
    : { stage, usPerDoc: total.get(stage)! / withLang.length });
}
