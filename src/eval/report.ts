// Rendering an evaluation: the figure table (one column per gold file plus the
// total), the verbose list of findings, and the machine-readable JSON.
import type { FloorViolation } from './floors.js';
import type { EvalReport } from './run.js';
import { FIGURES, type Counts, type FigureName, type Finding, type FindingKind } from './score.js';

/** Numerator and denominator behind each figure (F1 has none of its own). */
const FIGURE_COUNTS: Record<FigureName, [keyof Counts, keyof Counts] | null> = {
  'events.precision': ['eventsCorrect', 'eventsPredicted'],
  'events.recall': ['eventsFound', 'eventsGold'],
  'events.f1': null,
  'events.code': ['codeRight', 'eventsFound'],
  'events.status': ['statusRight', 'eventsFound'],
  'actors.recall': ['actorsFound', 'actorsGold'],
  'actors.exact': ['actorsExact', 'actorsFound'],
  'quotes.recall': ['quotesFound', 'quotesGold'],
  'amounts.recall': ['amountsFound', 'amountsGold'],
  'amounts.unit': ['amountsUnitRight', 'amountsUnitGold'],
  'times.recall': ['timesFound', 'timesGold'],
};

function cell(value: number | null, counts: Counts, fig: FigureName): string {
  if (value === null) return '-';
  const c = FIGURE_COUNTS[fig];
  return c ? `${value.toFixed(3)} (${counts[c[0]]}/${counts[c[1]]})` : value.toFixed(3);
}

export function renderTable(report: EvalReport): string {
  const columns = [
    ...report.files.map((f) => ({ title: f.name, counts: f.counts, figures: f.figures })),
    ...(report.files.length > 1 ? [{ title: 'total', counts: report.total.counts, figures: report.total.figures }] : []),
  ];
  const rows: string[][] = [['figure', ...columns.map((c) => c.title)], ['documents', ...columns.map((c) => String(c.counts.docs))]];
  for (const fig of FIGURES) rows.push([fig, ...columns.map((c) => cell(c.figures[fig], c.counts, fig))]);
  const widths = rows[0].map((_, k) => Math.max(...rows.map((r) => r[k].length)));
  const line = (r: string[]) => r.map((x, k) => (k === 0 ? x.padEnd(widths[k]) : x.padStart(widths[k]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const LABEL: Record<FindingKind, string> = {
  'analysis-error': 'CRASH', 'gold-error': 'GOLD?', 'event-miss': 'MISS', 'event-fp': 'FP', 'event-status': 'STATUS', 'event-code': 'CODE',
  'actor-miss': 'ACTOR', 'quote-miss': 'QUOTE', 'amount-miss': 'AMOUNT', 'time-miss': 'TIME',
};

function clip(s: string, n = 300): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

function renderFinding(f: Finding): string[] {
  const out = [`${LABEL[f.kind].padEnd(6)} ${f.what}${f.rule ? `   [${f.rule}]` : ''}`];
  if (f.sentence) out.push(`       in: ${clip(f.sentence)}`);
  for (const w of f.why ?? []) out.push(`       - ${w}`);
  return out;
}

/** Every miss, false positive, wrong status and wrong code, grouped by file and document. */
export function renderVerbose(report: EvalReport): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const d of file.docs) {
      if (d.findings.length === 0) continue;
      out.push(`== ${file.name} · ${d.id}`);
      for (const f of d.findings) out.push(...renderFinding(f));
      out.push('');
    }
  }
  return out.join('\n');
}

export function renderViolations(v: readonly FloorViolation[]): string {
  return v.map((x) => `below floor: ${x.file} ${x.figure} = ${x.value === null ? 'n/a' : x.value.toFixed(3)} < ${x.floor}`).join('\n');
}

/** The machine output: figures and counts per file and in total; findings with `verbose`. */
export function toJson(report: EvalReport, verbose: boolean, violations: readonly FloorViolation[] | null): unknown {
  return {
    files: report.files.map((f) => ({
      name: f.name, path: f.path, figures: f.figures, counts: f.counts,
      ...(verbose ? { findings: f.docs.flatMap((d) => d.findings) } : {}),
    })),
    total: report.total,
    ...(violations ? { belowFloor: violations } : {}),
  };
}
