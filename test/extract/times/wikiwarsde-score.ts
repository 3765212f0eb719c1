// Scores the times stage on WikiWarsDE: recall of in-scope gold expressions
// (overlapped by a prediction) and value accuracy on the ones found.
import { analyze } from '../../../src/extract/pipeline.js';
import type { TimeRecord } from '../../../src/model/analysis.js';
import { inScope, type WikiWarsDoc } from './wikiwarsde-reader.js';

export interface WikiWarsScore {
  gold: number;
  found: number;
  correct: number;
  recall: number;
  accuracy: number;
  /** Predictions overlapping no gold expression at all (any value). */
  spurious: number;
  predictions: number;
  misses: Array<{ doc: string; text: string; val: string }>;
  wrong: Array<{ doc: string; text: string; val: string; got: string | null; pred: string }>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreWikiWars(docs: WikiWarsDoc[]): WikiWarsScore {
  const s: WikiWarsScore = { gold: 0, found: 0, correct: 0, recall: 0, accuracy: 0, spurious: 0, predictions: 0, misses: [], wrong: [] };
  for (const doc of docs) {
    const times: TimeRecord[] = analyze({ id: doc.id, text: doc.text, date: doc.dct, lang: 'de' }, { until: 'times' }).times;
    s.predictions += times.length;
    for (const t of times) if (!doc.timexes.some((g) => overlaps(g, t))) s.spurious++;
    for (const g of doc.timexes) {
      if (!inScope(g.val)) continue;
      s.gold++;
      const hits = times.filter((t) => overlaps(g, t));
      if (hits.length === 0) { s.misses.push({ doc: doc.id, text: g.text, val: g.val }); continue; }
      s.found++;
      if (hits.some((t) => t.value === g.val)) s.correct++;
      else s.wrong.push({ doc: doc.id, text: g.text, val: g.val, got: hits[0].value, pred: hits[0].text });
    }
  }
  s.recall = s.gold ? s.found / s.gold : 0;
  s.accuracy = s.found ? s.correct / s.found : 0;
  return s;
}
