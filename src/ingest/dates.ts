// Document dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and only real calendar dates
// (`2024-13` and `2024-02-30` are rejected, `2024-02-29` is accepted).

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Null when `s` is a valid date of year, month or day precision; else the reason it is not. */
export function dateProblem(s: string): string | null {
  const m = DATE.exec(s);
  if (!m) return `invalid date '${s}' (expected YYYY, YYYY-MM or YYYY-MM-DD)`;
  const year = Number(m[1]);
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `invalid date '${s}' (no month ${m[2]})`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `invalid date '${s}' (no day ${m[3]} in ${m[1]}-${m[2]})`;
  return null;
}

export function isValidDate(s: string): boolean {
  return dateProblem(s) === null;
}
