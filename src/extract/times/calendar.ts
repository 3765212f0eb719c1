// Calendar arithmetic on partial dates. A PartialDate keeps the precision the text
// (or the document date) gives: a year, a month, or a day. Nothing here invents a
// finer precision than its input has — that is the rule "never invent a day".

export interface PartialDate {
  y: number;
  /** 1..12 when known. */
  m?: number;
  /** 1..31 when known (only together with m). */
  d?: number;
}

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade';

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (anything after the day, e.g. a time, is ignored). */
export function parsePartialDate(s: string | null | undefined): PartialDate | null {
  if (!s) return null;
  const m = DATE_RE.exec(s.trim());
  if (!m) return null;
  const y = +m[1];
  if (!m[2]) return { y };
  const mo = +m[2];
  if (mo < 1 || mo > 12) return { y };
  if (!m[3]) return { y, m: mo };
  const d = +m[3];
  return isValidDay(y, mo, d) ? { y, m: mo, d } : { y, m: mo };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;
const pad4 = (n: number) => String(n).padStart(4, '0');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, following the precision of `p`. */
export function formatDate(p: PartialDate): string {
  if (p.m === undefined) return pad4(p.y);
  if (p.d === undefined) return `${pad4(p.y)}-${pad2(p.m)}`;
  return `${pad4(p.y)}-${pad2(p.m)}-${pad2(p.d)}`;
}

function toUtc(p: PartialDate): Date {
  return new Date(Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1));
}

function fromUtc(d: Date): PartialDate {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** Day arithmetic; needs a day-precise date. */
export function addDays(p: PartialDate, n: number): PartialDate {
  const d = toUtc(p);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** Month arithmetic at month precision (the day is dropped). */
export function addMonths(p: PartialDate, n: number): PartialDate {
  const idx = p.y * 12 + ((p.m ?? 1) - 1) + n;
  return { y: Math.floor(idx / 12), m: (((idx % 12) + 12) % 12) + 1 };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(p: PartialDate): number {
  const w = toUtc(p).getUTCDay();
  return w === 0 ? 7 : w;
}

/** `YYYY-Www` of a day-precise date (ISO 8601 week numbering). */
export function isoWeek(p: PartialDate): string {
  const d = toUtc(p);
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${pad4(year)}-W${pad2(week)}`;
}

/**
 * The date of weekday `wd` relative to `anchor`: `dir` -1 = the latest one on or
 * before the anchor, +1 = the next one on or after it; `strict` excludes the anchor day.
 */
export function weekdayNear(anchor: PartialDate, wd: number, dir: 1 | -1, strict: boolean): PartialDate {
  const cur = isoWeekday(anchor);
  let delta = dir < 0 ? -((cur - wd + 7) % 7) : (wd - cur + 7) % 7;
  if (delta === 0 && strict) delta = 7 * dir;
  return addDays(anchor, delta);
}

/**
 * Shifts `anchor` by n units and returns a value at the unit's precision, never
 * finer than the anchor: a month-precise anchor shifted by days stays a month.
 */
export function shift(anchor: PartialDate, unit: Unit, n: number): string {
  const hasDay = anchor.d !== undefined;
  const hasMonth = anchor.m !== undefined;
  switch (unit) {
    case 'day':
      if (hasDay) return formatDate(addDays(anchor, Math.round(n)));
      return formatDate(anchor);
    case 'week':
    case 'weekend':
      if (hasDay) return isoWeek(addDays(anchor, Math.round(n * 7)));
      return formatDate(anchor);
    case 'month':
      if (hasMonth) return formatDate(addMonths(anchor, Math.round(n)));
      return formatDate({ y: anchor.y });
    case 'quarter':
      if (hasMonth) return formatDate({ y: addMonths(anchor, Math.round(n * 3)).y });
      return formatDate({ y: anchor.y });
    case 'year':
      return formatDate({ y: anchor.y + Math.round(n) });
    case 'decade':
      return formatDate({ y: anchor.y + Math.round(n * 10) });
  }
}

/** Month `m` of the year chosen relative to the anchor: rel -1 = last such month before, +1 = next after, 0 = same year. */
export function monthNear(anchor: PartialDate, m: number, rel: -1 | 0 | 1): PartialDate {
  let y = anchor.y;
  const am = anchor.m;
  if (rel < 0 && am !== undefined && m >= am) y -= 1;
  if (rel > 0 && am !== undefined && m <= am) y += 1;
  return { y, m };
}
