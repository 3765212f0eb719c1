// Abbreviations that keep their period (and so do not end a sentence), and month
// names that make "3." an ordinal. Lower-cased; German and English.
const ABBREVIATIONS = new Set([
  // German
  'dr', 'prof', 'bzw', 'ca', 'vgl', 'evtl', 'ggf', 'inkl', 'nr', 'str', 'st', 'sog', 'usw', 'etc', 'abs', 'art', 'bd', 'hr', 'hrn', 'fr', 'frl',
  'mio', 'mrd', 'jh', 'jhd', 'jhs', 'min', 'max', 'tel', 'abt', 'kap', 'ff', 'gegr', 'geb', 'gest', 'verh', 'dipl', 'ing', 'mag', 'jr', 'sen', 'jun',
  'rd', 'bspw', 'insb', 'zzgl', 'abzgl', 'zit', 'hg', 'hrsg', 'aufl', 'okt', 'nov', 'dez', 'jan', 'feb', 'mär', 'apr', 'aug', 'sept', 'sep',
  // English
  'mr', 'mrs', 'ms', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov', 'rep', 'sen', 'sens', 'reps', 'pres', 'rev', 'hon', 'amb',
  'vs', 'no', 'inc', 'corp', 'ltd', 'co', 'dept', 'univ', 'est', 'approx', 'fig', 'mt', 'ft', 'jan', 'feb', 'mar', 'jun', 'jul', 'oct', 'dec',
]);

const MONTHS = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  'january', 'february', 'march', 'may', 'june', 'july', 'october', 'december',
]);

export function isAbbreviation(word: string): boolean {
  return word.length <= 5 && ABBREVIATIONS.has(word.toLowerCase());
}

export function isMonthName(norm: string): boolean {
  return MONTHS.has(norm.replace(/\.$/, ''));
}
