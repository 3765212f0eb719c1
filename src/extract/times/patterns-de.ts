// German time rules. Order matters: the combined regex takes the first alternative
// that matches at a position, so full dates come before their parts.
import type { TimeVocab } from './vocab.js';
import { END, YEAR, type TimeRule } from './rule.js';

export function germanRules(v: TimeVocab): TimeRule[] {
  const a = v.alt;
  const PREP = `(?:(?<@prep>${a.prep})\\s+)?`;
  const PART = `(?:(?<@part>${a.part})\\s+)?`;
  const MON = `(?:${a.monthAbbr}|${a.month}${END})`;
  const WDPRE = `(?:(?<@wd>${a.weekday})(?:${a.dayPart})?,?\\s+(?:(?:den|dem)\\s+)?)?`;
  const NUM = `(?:${a.number}|${a.vague}|\\d{1,3})`;
  const HEDGE = '(?:(?:etwa|rund|knapp|fast|gut|nur|bereits|schon|über|mehr\\s+als|weniger\\s+als)\\s+)?';
  const ART = '(?:(?:der|den|dem|die|des|das|im|am|vom|zum)\\s+)?';
  return [
    { id: 'iso', kind: 'date', src: `${PREP}(?<@y>\\d{4})-(?<@mn>\\d{2})-(?<@d>\\d{2})(?!\\d)` },
    { id: 'iso-month', kind: 'month', src: `${PREP}(?<@y>\\d{4})-(?<@mn>0[1-9]|1[0-2])(?![\\d-])` },
    { id: 'dmy', kind: 'date', src: `${PREP}${WDPRE}(?<@d>\\d{1,2})\\.\\s*(?<@m>${MON})(?:\\s*(?<@y>${YEAR}))?` },
    { id: 'numdate', kind: 'date', src: `${PREP}${WDPRE}(?<@d>\\d{1,2})\\.(?<@mn>\\d{1,2})\\.(?<@y>\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d)` },
    { id: 'numdate-noyear', kind: 'date', src: `(?<@prep>am|vom|bis\\s+zum|bis|zum|seit\\s+dem|seit|ab)\\s+${WDPRE}(?<@d>\\d{1,2})\\.(?<@mn>\\d{1,2})\\.(?!\\d)` },
    { id: 'dayrange', kind: 'dayrange', src: `${PREP}(?<@d>\\d{1,2})\\.(?=\\s*(?:bis(?:\\s+zum)?|und|oder|/|[-–])\\s*\\d{1,2}\\.\\s*(?<@m>${MON})(?:\\s*(?<@y>${YEAR}))?)` },
    { id: 'monthrange', kind: 'month', src: `${PREP}${PART}(?<@m>${a.month})(?=\\s*(?:bis|und|oder|/|[-–])\\s*(?:${a.part}\\s+)?${a.month}\\s+(?<@y>${YEAR}))` },
    { id: 'my', kind: 'month', src: `${PREP}${PART}(?<@m>${MON})\\s*(?<@y>${YEAR})` },
    { id: 'm', kind: 'month', src: `${PREP}${PART}(?:(?<@rel>${a.relative})\\s+)?(?<@m>${a.month})${END}` },
    { id: 'era', kind: 'era', src: `${PREP}(?:(?:des|dem|das)\\s+)?(?:(?<@jw>Jahre?s?)\\s+)?(?<@y>\\d{1,4})\\s*(?<@era>${a.era})` },
    { id: 'decade', kind: 'decade', src: `${PREP}(?:(?:den|die|der)\\s+)?(?:(?:frühen|späten|mittleren)\\s+)?(?<@dec>(?:1\\d|20)?\\d0)er(?:[\\s-]*Jahren?)?${END}` },
    { id: 'century', kind: 'century', src: `${PREP}(?:(?:des|dem|das)\\s+)?(?:(?:frühen|späten)\\s+)?(?<@cent>\\d{1,2})\\.\\s*${a.century}` },
    { id: 'ago', kind: 'ago', src: `(?<@prep>vor|seit)\\s+${HEDGE}(?:(?<@n>${NUM})\\s+)?(?<@u>${a.unit})${END}` },
    { id: 'year', kind: 'year', src: `${PREP}${PART}(?:(?:des|dem|das)\\s+)?(?:(?<@jw>\\p{L}*[jJ]ahre?s?)\\s+)?(?<@y>${YEAR})` },
    // "1912/13": the second year of a split year, completed from the first.
    { id: 'yearcont', kind: 'yearcont', src: `(?<=(?<@y0>\\d{4})\\s?/\\s?)(?<@y>\\d{2})(?![\\p{L}\\p{N}])` },
    { id: 'compound', kind: 'compound', src: `${PREP}${ART}(?<@cw>${a.compound})(?:\\s+(?<@y>${YEAR}))?${END}` },
    { id: 'partrel', kind: 'partrel', src: `${PREP}(?<@part>${a.part})\\s+(?:(?:des|der|dieses|dieser|jenes|jener)\\s+)?(?:(?<@rel>${a.relative})\\s+)?(?<@u>Jahres|Jahrs|Monats|Woche|Quartals|Jahrzehnts)${END}` },
    { id: 'dayword', kind: 'dayword', src: `(?<@w>${a.dayWord})(?:\\s+(?<@tod>${a.dayPart}))?${END}` },
    { id: 'weekday', kind: 'weekday', src: `${PREP}(?:(?<@every>jeden|jedem)\\s+)?(?:(?<@rel>${a.relative})\\s+)?(?<@wd>${a.weekday})(?:${a.dayPart})?(?:\\s+(?<@tod>${a.dayPart}))?${END}` },
    { id: 'relunit', kind: 'relunit', src: `${PREP}${ART}(?<@rel>${a.relative})\\s+(?:(?<@n>${NUM})\\s+)?(?<@u>${a.unit})${END}` },
    { id: 'later', kind: 'later', src: `${HEDGE}(?<@n>${NUM})\\s+(?<@u>${a.unit})\\s+(?<@dir>${a.later})${END}` },
    { id: 'after', kind: 'after', src: `(?<@prep>nach)\\s+${HEDGE}(?<@n>${NUM})\\s+(?<@u>${a.unit})${END}` },
  ];
}
