// Shared helpers for the times/amounts case tables.
import { newContext, runStages } from '../../../src/extract/pipeline.js';
import type { AmountRecord, TimeRecord } from '../../../src/model/analysis.js';

export function timesOf(text: string, date: string | null, lang: string): TimeRecord[] {
  return runStages(newContext({ id: 't', text, date, lang }), 'times').times;
}

export function amountsOf(text: string, lang: string, date: string | null = '2024-06-19'): AmountRecord[] {
  return runStages(newContext({ id: 't', text, date, lang }), 'amounts').amounts;
}

/** [span text, value] pairs, the compact form the time tables are written in. */
export function timePairs(times: TimeRecord[]): Array<[string, string | null]> {
  return times.map((t) => [t.text, t.value]);
}

/** One amount as `text|value|approx|unit|vague|category` — compact and exact. */
export function amountLine(a: AmountRecord): string {
  return [a.text, a.value ?? 'null', a.approx, a.unit ?? 'null', a.vague ?? '', a.category ?? ''].join('|');
}
