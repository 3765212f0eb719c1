// Hand-made documents and predictions for the scorer tests (own sentences).
import type { Analysis, EventRecord, Span, Status } from '../../src/model/analysis.js';
import { parseGold, type GoldFile } from '../../src/eval/gold.js';
import { ploverFor } from '../../src/model/plover.js';

/** Sentences split at ". " — enough for the hand-written texts here. */
export function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '.' && (i + 1 === text.length || text[i + 1] === ' ')) {
      out.push({ start, end: i + 1 });
      start = i + 2;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export interface PredSpec {
  /** The trigger word; `n` picks its occurrence. */
  trigger: string;
  n?: number;
  source: string | null;
  target: string | null;
  cameo: string;
  status?: Status;
}

function nth(text: string, word: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(word, at + 1);
    if (at < 0) throw new Error(`fixture: "${word}" #${n} not in text`);
  }
  return at;
}

export function event(text: string, spec: PredSpec, id = 0): EventRecord {
  const at = nth(text, spec.trigger, spec.n ?? 1);
  const sentence = sentencesOf(text).find((s) => s.start <= at && at < s.end)!;
  const actor = (code: string | null) => (code ? { code, text: code, start: at, end: at } : null);
  return {
    id: String(id), sentence, trigger: { start: at, end: at + spec.trigger.length, text: spec.trigger },
    source: actor(spec.source), target: actor(spec.target), cameo: spec.cameo, plover: ploverFor(spec.cameo),
    status: spec.status ?? 'asserted', date: null, quad: 1, goldstein: 0, confidence: 1, rule: `test.${spec.trigger}`,
  };
}

export function analysis(text: string, parts: Partial<Omit<Analysis, 'doc' | 'sentences'>> = {}): Analysis {
  return {
    doc: { id: 'd', text, date: '2024-05-02', lang: 'en' }, sentences: sentencesOf(text),
    actors: [], events: [], quotes: [], amounts: [], times: [], ...parts,
  };
}

/** A one-document gold file with an inline body. */
export function goldOf(body: string, fields: Record<string, unknown>, exhaustive = true): GoldFile {
  return parseGold(JSON.stringify({ documents: [{ id: 'd', lang: 'en', date: '2024-05-02', body, exhaustive, ...fields }] }), '/nowhere/gold/test.json');
}
