// The shape of a time rule: a regex source (one alternative of the language's
// combined pattern) and the resolver kind that turns its fields into a value.
// In `src`, a group named `(?<@x>…)` becomes `<ruleId>_x` when compiled.

export type TimeKind =
  | 'date' | 'dayrange' | 'month' | 'year' | 'yearcont' | 'era' | 'decade' | 'century' | 'dayword' | 'weekday'
  | 'relunit' | 'partrel' | 'ago' | 'later' | 'after' | 'compound';

export interface TimeRule {
  /** Rule id, unique within its language; records carry `time.<lang>.<id>`. */
  id: string;
  kind: TimeKind;
  src: string;
}

/** The named fields a rule may capture. */
export const FIELDS = ['prep', 'part', 'rel', 'wd', 'tod', 'd', 'm', 'mn', 'y', 'n', 'u', 'w', 'cw', 'dir', 'era', 'dec', 'cent', 'jw', 'every', 'y0'] as const;
export type Field = (typeof FIELDS)[number];
export type Fields = Partial<Record<Field, string>>;

/** Not followed by a letter or digit (JS `\b` is ASCII-only and fails on "März"). */
export const END = '(?![\\p{L}\\p{N}])';
/** A four-digit year 1000–2099 not continuing as a longer number ("1939.5", "2024,3"). */
export const YEAR = '(?:1\\d{3}|20\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d)';
