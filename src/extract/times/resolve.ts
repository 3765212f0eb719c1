// Turns a candidate's fields into a normalised value against two anchors:
// - the document date (DCT) for deictic expressions ("gestern", "last week", "am Mittwoch");
// - the reference date — the last date the text itself mentioned — for anaphoric ones
//   ("am folgenden Tag", "two days later", "im selben Jahr").
// Narrative texts (most explicit years far from the document date, e.g. history
// articles) resolve month names and relative expressions against the reference date.
// A value never gets a finer precision than its anchor has.
import {
  formatDate, isValidDay, monthNear, shift, weekdayNear, type PartialDate, type Unit,
} from './calendar.js';
import type { Fields, TimeRule } from './rule.js';
import { key, type TimeVocab } from './vocab.js';

export interface Resolution {
  value: string | null;
  reason?: string;
}

export interface ResolverState {
  vocab: TimeVocab;
  dct: PartialDate | null;
  /** Last date the text mentioned (with its precision). */
  ref: PartialDate | null;
  refSentence: number;
  narrative: boolean;
  sentence: number;
  /** Whether the current sentence speaks of the future ("wird", "will", "next"). */
  future: boolean;
}

/** Reason of a candidate that turned out not to be a date at all ("30. Februar", "der letzte Tag"); the stage drops it. */
export const REJECT = 'not a date';
const NOT_A_DATE: Resolution = { value: null, reason: REJECT };
const NO_DATE: Resolution = { value: null, reason: 'no document date' };
const VAGUE: Resolution = { value: null, reason: 'vague period' };

/** Two-digit years: the century that puts the year no later than ten years after the anchor. */
export function expandYear(y: string, anchorYear: number | undefined): number {
  if (y.length !== 2) return +y;
  const yy = +y;
  const limit = (anchorYear ?? 2030) + 10;
  return 2000 + yy <= limit ? 2000 + yy : 1900 + yy;
}

function deictic(s: ResolverState): PartialDate | null {
  return s.narrative ? s.ref ?? s.dct : s.dct;
}

function anaphoric(s: ResolverState): PartialDate | null {
  return s.ref ?? s.dct;
}

/** Anchor for a month or day given without a year. */
function forMonth(s: ResolverState): PartialDate | null {
  if (s.narrative || s.refSentence === s.sentence) return s.ref ?? s.dct;
  return s.dct;
}

function countOf(v: TimeVocab, n: string | undefined): number | null | undefined {
  if (n === undefined) return undefined;
  if (/^\d+$/.test(n)) return +n;
  const k = key(n);
  if (v.numbers.has(k)) return v.numbers.get(k)!;
  return null; // vague: "einigen", "several"
}

function setRef(s: ResolverState, p: PartialDate): void {
  // A bare year that repeats the reference year keeps the finer reference.
  if (s.ref && p.m === undefined && s.ref.y === p.y) return;
  s.ref = p;
  s.refSentence = s.sentence;
}

export function resolveTime(s: ResolverState, rule: TimeRule, f: Fields): Resolution {
  const v = s.vocab;
  switch (rule.kind) {
    case 'date':
    case 'dayrange': {
      const m = f.m ? v.months.get(key(f.m)) : f.mn ? +f.mn : undefined;
      const d = f.d ? +f.d : undefined;
      if (!m || m < 1 || m > 12 || !d) return NOT_A_DATE;
      let y: number;
      if (f.y) y = expandYear(f.y, s.dct?.y ?? s.ref?.y);
      else {
        const a = forMonth(s);
        if (!a) return NO_DATE;
        y = a.y;
      }
      if (!isValidDay(y, m, d)) return NOT_A_DATE;
      const p = { y, m, d };
      setRef(s, p);
      return { value: formatDate(p) };
    }
    case 'month': {
      const m = f.mn ? +f.mn : v.months.get(key(f.m));
      if (!m) return NOT_A_DATE;
      if (f.y) {
        const p = { y: +f.y, m };
        setRef(s, p);
        return { value: formatDate(p) };
      }
      const rel = f.rel ? v.relatives.get(key(f.rel)) : undefined;
      const a = rel === 'past' || rel === 'next' || rel === 'this' ? deictic(s) : forMonth(s);
      if (!a) return NO_DATE;
      const p = monthNear(a, m, rel === 'past' ? -1 : rel === 'next' ? 1 : 0);
      setRef(s, p);
      return { value: formatDate(p) };
    }
    case 'year': {
      const p = { y: +f.y! };
      // A bare year moves the story's reference only forward: "ab 1941 entwickelte Pläne" or
      // "bis 1915" inside a 1914 narrative are asides, not a new time frame.
      if (!v.spanEnd.has(key(f.prep)) && (!s.ref || p.y >= s.ref.y || f.jw)) setRef(s, p);
      return { value: formatDate(p) };
    }
    case 'yearcont': {
      // Completed from the year just before the slash.
      const prev = +f.y0!;
      let y = prev - (prev % 100) + +f.y!;
      if (y < prev) y += 100;
      const p = { y };
      setRef(s, p);
      return { value: formatDate(p) };
    }
    case 'era': {
      if (v.eras.get(key(f.era)) === 'bc') return { value: null, reason: 'BC date' };
      const p = { y: +f.y! };
      setRef(s, p);
      return { value: formatDate(p) };
    }
    case 'decade':
      return { value: null, reason: 'decade' };
    case 'century':
      return { value: null, reason: 'century' };
    case 'dayword': {
      // "heute" in a history article still means the time of writing: always the DCT.
      if (!s.dct) return NO_DATE;
      const off = v.dayWords.get(key(f.w))!;
      // In a narrative text "heute" is the time of writing; it must not become the story's reference.
      return s.narrative ? { value: shift(s.dct, 'day', off) } : valueOf(s, s.dct, 'day', off);
    }
    case 'weekday': {
      if (f.every) return { value: null, reason: 'recurring' };
      // A narrative resolves weekdays against its own day-precise reference ("am Montag darauf"), else the DCT.
      const a = s.narrative && s.ref?.d !== undefined ? s.ref : s.dct;
      if (!a) return NO_DATE;
      if (a.d === undefined) return { value: formatDate(a) }; // month-precise document: never invent a day
      const wd = v.weekdays.get(key(f.wd))!;
      const rel = f.rel ? v.relatives.get(key(f.rel)) : undefined;
      let p: PartialDate;
      if (rel === 'past' || rel === 'anaphoric-past') p = weekdayNear(a, wd, -1, true);
      else if (rel === 'next' || rel === 'following') p = weekdayNear(a, wd, 1, true);
      else if (rel === 'this') p = weekdayNear(a, wd, wd >= isoDay(a) ? 1 : -1, false);
      else p = weekdayNear(a, wd, s.future ? 1 : -1, false);
      setRef(s, p);
      return { value: formatDate(p) };
    }
    case 'relunit': {
      const rel = v.relatives.get(key(f.rel));
      const unit = v.units.get(key(f.u));
      if (!rel || !unit) return VAGUE;
      const n = countOf(v, f.n);
      if (v.pluralUnits.has(key(f.u)) || n === null || (n !== undefined && n > 1)) return VAGUE;
      if (unit === 'decade') return VAGUE;
      let delta: number;
      let a: PartialDate | null;
      switch (rel) {
        case 'past': case 'recent': delta = -1; a = deictic(s); break;
        case 'next': delta = 1; a = unit === 'day' ? anaphoric(s) : deictic(s); break;
        case 'following': delta = 1; a = anaphoric(s); break;
        case 'anaphoric-past': delta = -1; a = anaphoric(s); break;
        case 'this': delta = 0; a = unit === 'day' ? anaphoric(s) : deictic(s); break;
        case 'same': delta = 0; a = anaphoric(s); break;
      }
      if (unit === 'day' && (rel === 'past' || rel === 'recent')) return NOT_A_DATE; // "der letzte Tag (der Konferenz)"
      if (!a) return NO_DATE;
      return valueOf(s, a, unit, delta);
    }
    case 'partrel': {
      const unit = v.units.get(key(f.u)) ?? 'year';
      const rel = f.rel ? v.relatives.get(key(f.rel)) : 'this';
      const delta = rel === 'past' || rel === 'recent' || rel === 'anaphoric-past' ? -1 : rel === 'next' || rel === 'following' ? 1 : 0;
      const a = rel === 'following' || rel === 'anaphoric-past' || rel === 'same' ? anaphoric(s) : deictic(s);
      if (!a) return NO_DATE;
      return valueOf(s, a, unit, delta);
    }
    case 'compound': {
      const [unit, delta] = v.compounds.get(key(f.cw))!;
      if (f.y) return { value: formatDate({ y: +f.y }) };
      const a = unit === 'day' ? anaphoric(s) : deictic(s);
      if (!a) return NO_DATE;
      return valueOf(s, a, unit, delta);
    }
    case 'ago': {
      const unit = v.units.get(key(f.u))!;
      const n = countOf(v, f.n);
      if (key(f.prep) === 'seit') return { value: null, reason: 'duration' };
      if (n === undefined || n === null) return VAGUE;
      const a = deictic(s);
      if (!a) return NO_DATE;
      return valueOf(s, a, unit, -n);
    }
    case 'later':
    case 'after': {
      const unit = v.units.get(key(f.u))!;
      const n = countOf(v, f.n);
      if (n === undefined || n === null) return VAGUE;
      const dir = rule.kind === 'after' ? 1 : v.laterWords.get(key(f.dir)) ?? 1;
      const a = anaphoric(s);
      if (!a) return NO_DATE;
      return valueOf(s, a, unit, n * dir);
    }
  }
}

function isoDay(p: PartialDate): number {
  const w = new Date(Date.UTC(p.y, p.m! - 1, p.d!)).getUTCDay();
  return w === 0 ? 7 : w;
}

function valueOf(s: ResolverState, a: PartialDate, unit: Unit, delta: number): Resolution {
  const value = shift(a, unit, delta);
  // Day and month values become the reference for later anaphora; weeks do not.
  if (!value.includes('W')) {
    const [y, m, d] = value.split('-').map(Number);
    setRef(s, m === undefined ? { y } : d === undefined ? { y, m } : { y, m, d });
  }
  return { value };
}
