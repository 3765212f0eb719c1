// PLOVER JSONL: one record per event that has a PLOVER type (CAMEO 01 statements have none
// and are left out). Offsets point into the stored document text (`doc_id`); `text` is the
// sentence, so `trigger.start - sentence.start` locates the trigger inside `text`.
import type { StoredEvent } from '../store/store.js';

export interface PloverRecord {
  id: string;
  date: string | null;
  actor: string | null;
  actor_text: string | null;
  recipient: string | null;
  recipient_text: string | null;
  event: string;
  mode: string | null;
  context: string | null;
  /** The words that state the event (the trigger). */
  event_text: string;
  /** The sentence the event was coded from. */
  text: string;
  status: string;
  cameo: string;
  offsets: { sentence: [number, number]; event_text: [number, number]; actor: [number, number] | null; recipient: [number, number] | null };
  doc_id: string;
  url: string | null;
  lang: string;
  confidence: number;
  rule: string;
}

export function ploverRecord(e: StoredEvent): PloverRecord | null {
  if (!e.plover) return null;
  return {
    id: e.gid,
    date: e.date ?? e.docDate,
    actor: e.source?.code ?? null,
    actor_text: e.source?.text ?? null,
    recipient: e.target?.code ?? null,
    recipient_text: e.target?.text ?? null,
    event: e.plover.type,
    mode: e.plover.mode,
    context: e.plover.context,
    event_text: e.trigger.text,
    text: e.sentenceText,
    status: e.status,
    cameo: e.cameo,
    offsets: {
      sentence: [e.sentence.start, e.sentence.end],
      event_text: [e.trigger.start, e.trigger.end],
      actor: e.source ? [e.source.start, e.source.end] : null,
      recipient: e.target ? [e.target.start, e.target.end] : null,
    },
    doc_id: e.docId,
    url: e.url ?? null,
    lang: e.lang,
    confidence: e.confidence,
    rule: e.rule,
  };
}
