// English time rules. Order matters: the combined regex takes the first alternative
// that matches at a position, so full dates come before their parts.
import type { TimeVocab } from './vocab.js';
import { END, YEAR, type TimeRule } from './rule.js';

export function englishRules(v: TimeVocab): TimeRule[] {
  const a = v.alt;
  const PREP = `(?:(?<@prep>${a.prep})\\s+)?`;
  const THE = '(?:the\\s+)?';
  const PART = `(?:(?<@part>${a.part})(?:\\s+of)?(?:\\s+|-))?`;
  const MON = `(?:${a.monthAbbr}|${a.month}${END})`;
  const WDPRE = `(?:(?<@wd>${a.weekday}),?\\s+)?`;
  const ORD = '(?:st|nd|rd|th)?';
  const NUM = `(?:${a.number}|${a.vague}|\\d{1,3})`;
  const HEDGE = '(?:(?:about|some|nearly|almost|just|only|barely|roughly|more\\s+than|less\\s+than|over)\\s+)?';
  return [
    { id: 'iso', kind: 'date', src: `${PREP}(?<@y>\\d{4})-(?<@mn>\\d{2})-(?<@d>\\d{2})(?!\\d)` },
    { id: 'iso-month', kind: 'month', src: `${PREP}(?<@y>\\d{4})-(?<@mn>0[1-9]|1[0-2])(?![\\d-])` },
    { id: 'mdy', kind: 'date', src: `${PREP}${WDPRE}(?<@m>${MON})\\s*(?<@d>\\d{1,2})${ORD}(?![\\p{L}\\p{N}])(?:,?\\s*(?<@y>${YEAR}))?` },
    { id: 'dmy', kind: 'date', src: `${PREP}${WDPRE}${THE}(?<@d>\\d{1,2})${ORD}\\s+(?:of\\s+)?(?<@m>${MON})(?:,?\\s*(?<@y>${YEAR}))?` },
    { id: 'numdate', kind: 'date', src: `${PREP}(?<@mn>\\d{1,2})/(?<@d>\\d{1,2})/(?<@y>\\d{4}|\\d{2})(?![\\p{N}/])` },
    { id: 'dayrange', kind: 'dayrange', src: `${PREP}${THE}(?<@d>\\d{1,2})${ORD}(?=\\s*(?:to|and|or|through|-|–)\\s*\\d{1,2}${ORD}\\s+(?:of\\s+)?(?<@m>${MON})(?:,?\\s*(?<@y>${YEAR}))?)` },
    { id: 'monthrange', kind: 'month', src: `${PREP}${PART}(?<@m>${a.month})(?=\\s*(?:to|and|or|through|/|-|–)\\s*(?:${a.part}(?:\\s+of)?(?:\\s+|-))?${a.month},?\\s+(?<@y>${YEAR}))` },
    { id: 'my', kind: 'month', src: `${PREP}${THE}${PART}(?<@m>${MON})(?:\\s+of)?,?\\s*(?<@y>${YEAR})` },
    { id: 'm', kind: 'month', src: `${PREP}${THE}${PART}(?:(?<@rel>${a.relative})\\s+)?(?<@m>${a.month})${END}` },
    { id: 'era', kind: 'era', src: `${PREP}(?<@y>\\d{1,4})\\s*(?<@era>${a.era})(?![\\p{L}\\p{N}])` },
    { id: 'decade', kind: 'decade', src: `${PREP}${THE}(?:(?:early|late|mid)[\\s-]+)?(?<@dec>(?:1\\d|20)\\d0)'?s${END}` },
    { id: 'century', kind: 'century', src: `${PREP}${THE}(?:(?:early|late|mid)[\\s-]+)?(?<@cent>\\d{1,2})(?:st|nd|rd|th)[\\s-]+${a.century}` },
    { id: 'ago', kind: 'ago', src: `${HEDGE}(?:(?<@n>${NUM})\\s+)?(?<@u>${a.unit})\\s+ago${END}` },
    { id: 'year', kind: 'year', src: `${PREP}${THE}${PART}(?:(?<@jw>the\\s+year|year)\\s+)?(?<@y>${YEAR})` },
    { id: 'yearcont', kind: 'yearcont', src: `(?<=(?<@y0>\\d{4})\\s?/\\s?)(?<@y>\\d{2})(?![\\p{L}\\p{N}])` },
    { id: 'partrel', kind: 'partrel', src: `${PREP}${THE}(?<@part>${a.part})\\s+(?:of\\s+)?(?:the\\s+)?(?:(?<@rel>${a.relative})\\s+)?(?<@u>year|month|week|quarter|decade)${END}` },
    { id: 'dayword', kind: 'dayword', src: `(?<@w>${a.dayWord})(?:\\s+(?<@tod>${a.dayPart}))?${END}` },
    { id: 'weekday', kind: 'weekday', src: `${PREP}(?:(?<@every>every|each)\\s+)?(?:(?<@rel>${a.relative})\\s+)?(?<@wd>${a.weekday})(?:\\s+(?<@tod>${a.dayPart}))?${END}` },
    { id: 'relunit', kind: 'relunit', src: `${PREP}(?:(?:the|this|that)\\s+)?(?<@rel>${a.relative})\\s+(?:(?<@n>${NUM})\\s+)?(?<@u>${a.unit})${END}` },
    { id: 'later', kind: 'later', src: `${HEDGE}(?<@n>${NUM})\\s+(?<@u>${a.unit})\\s+(?<@dir>${a.later})${END}` },
    // Only days: "after 20 months (of talks)" is a duration in news English.
    { id: 'after', kind: 'after', src: `(?<@prep>after)\\s+${HEDGE}(?<@n>${NUM})\\s+(?<@u>days?)${END}` },
  ];
}
