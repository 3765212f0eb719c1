// The evidence of one event, shaped for reading: the sentence, the marked spans with offsets
// both into the document and into the sentence, the rule ids one by one, and labels.
import type { StoredEvent } from '../store/store.js';
import { cameoInfo } from '../model/cameo.js';
import { PLOVER_TYPES } from '../model/plover.js';

export const QUAD_NAMES: Record<number, string> = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

export interface EvidenceSpan {
  role: 'trigger' | 'source' | 'target' | 'cue';
  text: string;
  start: number;
  end: number;
  /** Offsets into the sentence text (clamped to it). */
  sentenceStart: number;
  sentenceEnd: number;
  code?: string;
  rule?: string;
}

export interface Evidence {
  sentence: { start: number; end: number; text: string };
  spans: EvidenceSpan[];
  rules: string[];
  status: string;
  cameoName: string | null;
  quadName: string | null;
  ploverGloss: string | null;
  document: { key: string; id: string; title: string | null; url: string | null; date: string | null; lang: string; href: string };
}

export function evidenceOf(e: StoredEvent): Evidence {
  const s = e.sentence;
  const len = e.sentenceText.length;
  const rel = (x: number) => Math.max(0, Math.min(len, x - s.start));
  const spans: EvidenceSpan[] = [];
  const add = (role: EvidenceSpan['role'], x: { start: number; end: number; text: string; code?: string; rule?: string } | null | undefined) => {
    if (!x) return;
    const span: EvidenceSpan = { role, text: x.text, start: x.start, end: x.end, sentenceStart: rel(x.start), sentenceEnd: rel(x.end) };
    if (x.code) span.code = x.code;
    if (x.rule) span.rule = x.rule;
    spans.push(span);
  };
  add('trigger', e.trigger);
  add('source', e.source);
  add('target', e.target);
  add('cue', e.statusCue);
  return {
    sentence: { start: s.start, end: s.end, text: e.sentenceText },
    spans,
    rules: e.rule.split('+').filter(Boolean),
    status: e.status,
    cameoName: cameoInfo(e.cameo)?.name ?? null,
    quadName: QUAD_NAMES[e.quad] ?? null,
    ploverGloss: e.plover ? (PLOVER_TYPES.find((p) => p.type === e.plover!.type)?.gloss ?? null) : null,
    document: {
      key: e.docKey, id: e.docId, title: e.title ?? null, url: e.url ?? null, date: e.docDate, lang: e.lang,
      href: `/api/documents/${encodeURIComponent(e.docKey)}`,
    },
  };
}
