// GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no header.
// Columns lagebild has no data for (tone, geography, religion, ethnicity) are empty;
// docs/export-formats.md lists every column and where its value comes from.
import type { StoredEvent } from '../store/store.js';

export const GDELT_COLUMNS: readonly string[] = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
];

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => p + c);
}

/** First three letters of codes that are not a country (international and non-state actors). */
const NOT_A_COUNTRY = new Set(['IGO', 'NGO', 'NGM', 'MNC', 'INT', 'UIS']);
/** CAMEO role codes (GDELT's Type codes). */
const ROLES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'LAB', 'LEG',
  'HLH', 'REF', 'ELI', 'AGR', 'ENV', 'IGO', 'NGO', 'NGM', 'MNC', 'UAF', 'SEP', 'INS', 'IMG', 'MOD', 'RAD', 'DEV', 'HRI', 'SET', 'AMN', 'IRC']);

/** Splits a CAMEO actor code into GDELT's country, known group and type fields. */
export function actorFields(code: string | undefined): { country: string; group: string; types: string[] } {
  if (!code) return { country: '', group: '', types: [] };
  const chunks = code.match(/.{1,3}/g) ?? [];
  let country = '';
  let group = '';
  const types: string[] = [];
  chunks.forEach((c, i) => {
    if (i === 0 && !NOT_A_COUNTRY.has(c) && c.length === 3) country = c;
    else if (ROLES.has(c)) types.push(c);
    else if (chunks[0] === 'IGO' && i === chunks.length - 1) group = c; // IGOWSTNAT → NAT, IGOUNO → UNO
  });
  if (chunks[0] === 'IGO' && !types.includes('IGO')) types.unshift('IGO');
  return { country, group, types: types.slice(0, 3) };
}

/** Cell text: no tabs or line breaks (they would split the row) and no double quotes (CSV readers
 *  such as pandas and DuckDB would start quoting at them); quotes become apostrophes. */
function clean(s: string | null | undefined): string {
  return s ? s.replace(/[\t\r\n]+/g, ' ').replace(/"/g, "'") : '';
}

function dayOfYear(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** Day, MonthYear, Year, FractionDate from a date of year, month or day precision. */
export function dateFields(date: string | null): [string, string, string, string] {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  if (!m) return ['', '', '', ''];
  const y = Number(m[1]);
  const day = m[3] ? `${m[1]}${m[2]}${m[3]}` : '';
  const monthYear = m[2] ? `${m[1]}${m[2]}` : '';
  // GDELT: YEAR + day of year / 365; for a month, its first day; for a year, .0000.
  const doy = m[2] ? dayOfYear(y, Number(m[2]), m[3] ? Number(m[3]) : 1) : 0;
  return [day, monthYear, m[1], (y + doy / 365).toFixed(4)];
}

function stamp(iso: string | undefined): string {
  return iso ? iso.replace(/[-:T]/g, '').slice(0, 14) : '';
}

function actor(a: StoredEvent['source']): string[] {
  const f = actorFields(a?.code);
  return [clean(a?.code), clean(a?.text).toUpperCase(), f.country, f.group, '', '', '', f.types[0] ?? '', f.types[1] ?? '', f.types[2] ?? ''];
}

export function gdeltRow(e: StoredEvent): string {
  const cameo = e.cameo;
  const row = [
    String(e.seq ?? ''), ...dateFields(e.date ?? e.docDate),
    ...actor(e.source), ...actor(e.target),
    e.lead ? '1' : '0', cameo, cameo.slice(0, 3), cameo.slice(0, 2), String(e.quad ?? ''), String(e.goldstein ?? ''),
    '1', '1', '1', '0',
    ...new Array<string>(24).fill(''),
    stamp(e.added), clean(e.url || e.docId),
  ];
  return row.join('\t');
}
