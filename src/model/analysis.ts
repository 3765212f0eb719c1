// The analysis JSON: the contract every part of lagebild reads and writes.
// Documented in docs/analysis-format.md; JSON Schema in src/model/analysis.schema.json.
// All offsets are JavaScript string offsets (UTF-16 code units) into Document.text.

/** A document as read from a source, before analysis. */
export interface Document {
  /** JSONL `id`, else the path as given on the command line. */
  id: string;
  /** Exactly the text analysed: for dated text files, the title line and the body. */
  text: string;
  /** Document date as known: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  /** ISO 639-1 language; filled by language identification when absent. */
  lang: string | null;
  title?: string;
  url?: string;
}

export interface Span {
  start: number;
  end: number;
}

export type ActorKind =
  | 'state' | 'government' | 'igo' | 'person' | 'role' | 'region' | 'media' | 'group' | 'location' | 'other';

export interface ActorMention extends Span {
  text: string;
  /** CAMEO actor code, e.g. `USAGOV`, `IGOWSTNAT`, `RUSMIL`. */
  code: string;
  /** Canonical name of the entity, where known (e.g. "Jens Stoltenberg"). */
  name?: string;
  kind: ActorKind;
  /** Id of the knowledge-base entry or rule that produced the mention. */
  rule: string;
}

export const STATUSES = ['asserted', 'alleged', 'hypothetical', 'future', 'negated', 'question'] as const;
export type Status = (typeof STATUSES)[number];

export const APPROX = ['=', '>', '<', '~'] as const;
export type Approx = (typeof APPROX)[number];

export interface EventActor extends Span {
  code: string;
  text: string;
}

export interface PloverCoding {
  type: string;
  mode: string | null;
  context: string | null;
}

export interface EventRecord {
  /** Stable within the document: `<n>` in reading order (the store prefixes the document). */
  id: string;
  sentence: Span;
  trigger: Span & { text: string };
  source: EventActor | null;
  target: EventActor | null;
  /** CAMEO event code (2 to 4 digits). */
  cameo: string;
  plover: PloverCoding | null;
  status: Status;
  /** The words that set the status (absent for plain assertions). */
  statusCue?: Span & { text: string; rule: string };
  /** Event date: from a time expression of the clause, else the document date. */
  date: string | null;
  /** CAMEO QuadClass 1..4 (verbal/material cooperation, verbal/material conflict). */
  quad: number;
  goldstein: number;
  /** 0..1: how much the coder trusts this event (frame completeness, cue strength). */
  confidence: number;
  /** Rule ids, `+`-joined: trigger entry, frame, status cue (e.g. `de.trig.vorwerfen+frame.subj-dat+status.kj1`). */
  rule: string;
}

export interface QuoteRecord extends Span {
  text: string;
  speaker: { text: string; code: string | null; name: string | null } | null;
  /** `direct` quotation, `scare` (one or two quoted words), `indirect` (reported speech). */
  kind?: 'direct' | 'scare' | 'indirect';
  rule?: string;
}

export interface AmountRecord extends Span {
  text: string;
  /** Numeric value, or null for vague amounts ("Dutzende"). */
  value: number | null;
  approx: Approx;
  unit: string | null;
  /** The vague quantifier when value is null ("dozens", "hundreds"). */
  vague?: string;
  /** e.g. `money`, `casualties-killed`, `casualties-injured`. */
  category?: string;
  rule?: string;
}

export interface TimeRecord extends Span {
  text: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, or null (see `reason`). */
  value: string | null;
  reason?: string;
  rule?: string;
}

export interface Analysis {
  doc: Document & { lang: string };
  sentences: Span[];
  actors: ActorMention[];
  events: EventRecord[];
  quotes: QuoteRecord[];
  amounts: AmountRecord[];
  times: TimeRecord[];
}
