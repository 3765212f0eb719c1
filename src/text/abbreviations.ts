// Closed word classes the segmenter needs: abbreviations that keep their period,
// month names that make "3." an ordinal, and the words that typically open a
// sentence (used to decide whether "U.S." or a German "3." ends one). Lower-cased; de + en.

/** Abbreviations whose period is part of the token ("Dr.", "bzw.", "Gen."). */
const ABBREVIATIONS = new Set([
  // German
  'dr', 'prof', 'bzw', 'ca', 'vgl', 'evtl', 'ggf', 'inkl', 'str', 'sog', 'usw', 'etc', 'hr', 'hrn', 'fr', 'frl',
  'mio', 'mrd', 'jh', 'jhd', 'jhs', 'tel', 'abt', 'ff', 'gegr', 'geb', 'gest', 'verh', 'dipl', 'ing', 'mag', 'jr', 'sen', 'jun',
  'rd', 'bspw', 'insb', 'zzgl', 'abzgl', 'zit', 'hg', 'hrsg', 'aufl', 'okt', 'dez', 'jan', 'feb', 'mär', 'apr', 'aug', 'sept', 'sep',
  'ehem', 'stv', 'stellv', 'gen', 'bzgl', 'sr', 'hl', 'ggü', 'einschl', 'ausschl', 'allg', 'mind', 'max', 'min', 'zt', 'evang', 'kath',
  // English
  'mr', 'mrs', 'ms', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov', 'govs', 'rep', 'sens', 'reps', 'pres', 'rev', 'hon', 'amb',
  'vs', 'inc', 'corp', 'ltd', 'co', 'dept', 'univ', 'approx', 'mt', 'ft', 'mar', 'jul', 'oct', 'nov', 'messrs', 'gens', 'supt', 'atty',
  'st', 'ave', 'blvd', 'sq', 'est', 'cf', 'al',
]);

/** Abbreviations that are only abbreviations before a number ("Nr. 5", "Art. 3", "S. 12", "No. 10"). */
const NUMBER_ABBREVIATIONS = new Set(['nr', 'no', 'nos', 'art', 'abs', 'bd', 'kap', 's', 'fig', 'vol', 'p', 'pp', 'ch', 'ziff', 'lit', 'tab', 'abb', 'par']);

/** Abbreviations that often close a sentence ("… Öl, Gas usw. Die …"): they end one when a sentence opener follows. */
const FINAL_ABBREVIATIONS = new Set(['usw', 'etc', 'inc', 'ltd', 'corp', 'co', 'jr', 'sr', 'ff', 'al']);

const MONTHS = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  'january', 'february', 'march', 'may', 'june', 'july', 'october', 'december',
]);

/** Words that open sentences and (almost) never follow an ordinal or a title abbreviation:
 *  articles, pronouns, conjunctions, sentence adverbs, prepositions. */
const SENTENCE_OPENERS = new Set([
  // German
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'er', 'sie', 'es', 'wir', 'ich', 'ihr', 'man',
  'dies', 'diese', 'dieser', 'dieses', 'damit', 'dabei', 'dazu', 'danach', 'daher', 'deshalb', 'doch', 'aber', 'auch', 'und', 'so',
  'nun', 'jetzt', 'zudem', 'außerdem', 'allerdings', 'trotzdem', 'dennoch', 'bereits', 'schon', 'noch', 'nach', 'vor', 'bei', 'in', 'im',
  'am', 'an', 'auf', 'aus', 'mit', 'für', 'von', 'vom', 'zum', 'zur', 'seit', 'wie', 'wenn', 'als', 'ob', 'weil', 'während', 'laut',
  'nur', 'hier', 'dort', 'zuvor', 'später', 'heute', 'gestern', 'sein', 'seine', 'ihre', 'unter', 'zwar', 'denn', 'dann', 'darauf',
  'darüber', 'demnach', 'zuletzt', 'zunächst', 'insgesamt', 'wer', 'was', 'warum', 'wo', 'wann',
  // English
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and', 'yet',
  'on', 'at', 'for', 'after', 'before', 'while', 'when', 'if', 'since', 'meanwhile', 'however', 'earlier', 'later', 'still',
  'its', 'his', 'her', 'their', 'our', 'some', 'many', 'most', 'according', 'both', 'officials', 'what', 'why', 'how', 'who',
]);

/** True for a word that keeps its period as an abbreviation; `beforeNumber`: a digit follows. */
export function isAbbreviation(word: string, beforeNumber = false): boolean {
  if (word.length > 7) return false;
  const w = word.toLowerCase();
  return ABBREVIATIONS.has(w) || (beforeNumber && NUMBER_ABBREVIATIONS.has(w));
}

/** Abbreviation (with its period) that may also close a sentence. */
export function isFinalAbbreviation(tokenText: string): boolean {
  return FINAL_ABBREVIATIONS.has(tokenText.slice(0, -1).toLowerCase());
}

export function isMonthName(norm: string): boolean {
  return MONTHS.has(norm.charCodeAt(norm.length - 1) === 46 ? norm.slice(0, -1) : norm);
}

/** `norm` is a typical first word of a sentence. */
export function isSentenceOpener(norm: string): boolean {
  return SENTENCE_OPENERS.has(norm);
}

/** Dotted abbreviations that stand inside a sentence and never close one ("z.B. Die Linke", "u.a. Der Spiegel"). */
const INNER_ABBREVIATIONS = new Set(['z.b.', 'u.a.', 'd.h.', 'v.a.', 'o.ä.', 'u.ä.', 's.o.', 's.u.', 'i.d.r.', 'z.t.', 'u.u.', 'e.g.', 'i.e.', 'vs.']);

export function isInnerAbbreviation(norm: string): boolean {
  return INNER_ABBREVIATIONS.has(norm);
}
