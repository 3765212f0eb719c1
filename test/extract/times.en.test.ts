// English time expressions: [text, document date, expected [span, value] pairs].
// 2024-06-19 is a Wednesday (ISO week 25). Month-precise documents never get a day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timePairs, timesOf } from './times/helpers.js';

type Case = [string, string | null, Array<[string, string | null]>];
const D = '2024-06-19';
const M = '2024-06';
const Y = '2024';

const absolute: Case[] = [
  ['The summit opened on July 3, 2024, in Vilnius.', D, [['on July 3, 2024', '2024-07-03']]],
  ['The treaty was signed on 3 July 2024.', D, [['on 3 July 2024', '2024-07-03']]],
  ['Talks resume July 3.', D, [['July 3', '2024-07-03']]],
  ['The report dated 2024-07-03 was leaked.', D, [['2024-07-03', '2024-07-03']]],
  ['The memo of 7/3/2024 was leaked.', D, [['7/3/2024', '2024-07-03']]],
  ['On September 1, 1939, Germany invaded Poland.', D, [['On September 1, 1939', '1939-09-01']]],
  ['The deadline is the 15th of March 2025.', D, [['the 15th of March 2025', '2025-03-15']]],
  ['Russia invaded on February 24th, 2022.', D, [['on February 24th, 2022', '2022-02-24']]],
  ['On Wednesday, July 3, 2024, ministers met.', D, [['On Wednesday, July 3, 2024', '2024-07-03']]],
  ['The vote is on June 9.', D, [['on June 9', '2024-06-09']]],
  ['The talks run from 5 to 7 May 2024.', D, [['from 5', '2024-05-05'], ['to 7 May 2024', '2024-05-07']]],
  ['The meeting is set for Jan. 12, 2025.', D, [['Jan. 12, 2025', '2025-01-12']]],
  ['Nothing happened on February 30.', D, []],
  ['In January 2023 the government was formed.', D, [['In January 2023', '2023-01']]],
  ['The harvest of September 2021 was poor.', D, [['September 2021', '2021-09']]],
  ['By December 2025 the work should be done.', D, [['By December 2025', '2025-12']]],
  ['Between May and June 1940 France fell.', D, [['Between May', '1940-05'], ['June 1940', '1940-06']]],
  ['In 2019 protests broke out.', D, [['In 2019', '2019']]],
  ['Berlin has supplied weapons since 2022.', D, [['since 2022', '2022']]],
  ['By the end of 2023 the budget had passed.', D, [['By the end of 2023', '2023']]],
  ['Early 2025 will see the mission start.', D, [['Early 2025', '2025']]],
  ['Prices rose in mid-2022.', D, [['in mid-2022', '2022']]],
  ['Forests burned in the summer of 2023.', D, [['in the summer of 2023', '2023']]],
  ['The law dates from the year 1990.', D, [['from the year 1990', '1990']]],
  ['The wall fell in 1989.', D, [['in 1989', '1989']]],
  ['The war lasted from 1939 to 1945.', D, [['from 1939', '1939'], ['to 1945', '1945']]],
  ['The 2023/24 season was long.', D, [['The 2023', '2023'], ['24', '2024']]],
  ['He lived in the 19th century.', D, [['in the 19th century', null]]],
  ['The economy grew in the 1990s.', D, [['in the 1990s', null]]],
  ['Athens won at Salamis in 480 BC.', D, [['in 480 BC', null]]],
  ['The conference met on 18 and 19 June.', D, [['on 18', '2024-06-18'], ['19 June', '2024-06-19']]],
  ['Elections were held in late 2021.', D, [['in late 2021', '2021']]],
  ['The plan runs through 2030.', D, [['through 2030', '2030']]],
  ['The unit was founded in March 2014.', D, [['in March 2014', '2014-03']]],
  ['The strike began on March 3.', D, [['on March 3', '2024-03-03']]],
];

const relative: Case[] = [
  ['The visit took place on Wednesday.', M, [['on Wednesday', '2024-06']]],
  ['He said on Monday that talks would go on.', M, [['on Monday', '2024-06']]],
  ['The summit in July will strengthen the alliance.', M, [['in July', '2024-07']]],
  ['In recent months Moscow has received shells.', M, [['In recent months', null]]],
  ['He said on Monday that talks had stalled.', D, [['on Monday', '2024-06-17']]],
  ['The visit took place on Wednesday.', D, [['on Wednesday', '2024-06-19']]],
  ['Ministers met on Friday.', D, [['on Friday', '2024-06-14']]],
  ['The council will decide on Friday.', D, [['on Friday', '2024-06-21']]],
  ['Voters go to the polls on Sunday, officials said they will count overnight.', D, [['on Sunday', '2024-06-23']]],
  ['Protests erupted last Monday.', D, [['last Monday', '2024-06-17']]],
  ['Talks begin next Monday.', D, [['next Monday', '2024-06-24']]],
  ['The plane landed on Tuesday evening.', D, [['on Tuesday evening', '2024-06-18']]],
  ['They protest every Monday.', D, [['every Monday', null]]],
  ['The ambassador was summoned yesterday.', D, [['yesterday', '2024-06-18']]],
  ['The minister travels to Kyiv today.', D, [['today', '2024-06-19']]],
  ['The summit begins tomorrow.', D, [['tomorrow', '2024-06-20']]],
  ['A bomb exploded the day before yesterday.', D, [['the day before yesterday', '2024-06-17']]],
  ['Shots were fired last night.', D, [['last night', '2024-06-18']]],
  ['The president spoke this morning.', D, [['this morning', '2024-06-19']]],
  ['Talks were held yesterday.', M, [['yesterday', '2024-06']]],
  ['Talks were held yesterday.', Y, [['yesterday', '2024']]],
  ['Talks were held yesterday.', null, [['yesterday', null]]],
  ['Talks were held on Wednesday.', null, [['on Wednesday', null]]],
  ['She traveled to Paris last week.', D, [['last week', '2024-W24']]],
  ['The chancellor visits next week.', D, [['next week', '2024-W26']]],
  ['The council meets this week.', D, [['this week', '2024-W25']]],
  ['She traveled to Paris last week.', M, [['last week', '2024-06']]],
  ['Spending rose last year.', D, [['last year', '2023']]],
  ['Spending rose last year.', M, [['last year', '2023']]],
  ['Elections are due next year.', D, [['next year', '2025']]],
  ['Elections are held this year.', D, [['this year', '2024']]],
  ['Inflation fell last month.', D, [['last month', '2024-05']]],
  ['Taxes rise next month.', D, [['next month', '2024-07']]],
  ['Inflation fell last month.', Y, [['last month', '2024']]],
  ['There has been fighting in recent weeks.', D, [['in recent weeks', null]]],
  ['A decision is expected in the coming days.', D, [['in the coming days', null]]],
  ['The army grew over the past two years.', D, [['the past two years', null]]],
  ['The offensive began two years ago.', D, [['two years ago', '2022']]],
  ['He was arrested three days ago.', D, [['three days ago', '2024-06-16']]],
  ['He was arrested a month ago.', D, [['a month ago', '2024-05']]],
  ['He was arrested two weeks ago.', D, [['two weeks ago', '2024-W23']]],
  ['He was arrested years ago.', D, [['years ago', null]]],
  ['Earlier this year the talks failed.', D, [['Earlier this year', '2024']]],
  ['Later this month the council meets.', D, [['Later this month', '2024-06']]],
  ['Late last year the decision fell.', D, [['Late last year', '2023']]],
  ['By the end of the year the law should pass.', D, [['By the end of the year', '2024']]],
  ['At the start of the month attacks rose.', D, [['At the start of the month', '2024-06']]],
  ['The summit is planned in July.', D, [['in July', '2024-07']]],
  ['Protests broke out in January.', D, [['in January', '2024-01']]],
  ['Protests broke out last July.', D, [['last July', '2023-07']]],
  ['Elections come next March.', D, [['next March', '2025-03']]],
  ['Protests broke out in early May.', D, [['in early May', '2024-05']]],
  ['Elections are held in late October.', D, [['in late October', '2024-10']]],
  ['Protests broke out in mid-August.', D, [['in mid-August', '2024-08']]],
  ['Both sides have negotiated since February.', D, [['since February', '2024-02']]],
  ['The vote is in July.', Y, [['in July', '2024-07']]],
  ['The vote is in July.', null, [['in July', null]]],
  ['The vote is on July 3.', M, [['on July 3', '2024-07-03']]],
  ['The vote is on July 3.', null, [['on July 3', null]]],
  ['The ceasefire held over the weekend and talks resume today.', D, [['today', '2024-06-19']]],
];

const anaphora: Case[] = [
  ['The offensive began on May 3, 2021. Two days later the city fell.', D, [['on May 3, 2021', '2021-05-03'], ['Two days later', '2021-05-05']]],
  ['The offensive began on May 3, 2021. The following day the city fell.', D, [['on May 3, 2021', '2021-05-03'], ['The following day', '2021-05-04']]],
  ['The offensive began on May 3, 2021. The same day the city fell.', D, [['on May 3, 2021', '2021-05-03'], ['The same day', '2021-05-03']]],
  ['The offensive began on May 3, 2021. A month later the city fell.', D, [['on May 3, 2021', '2021-05-03'], ['A month later', '2021-06']]],
  ['The offensive began on May 3, 2021. A year later the city fell.', D, [['on May 3, 2021', '2021-05-03'], ['A year later', '2022']]],
  ['The offensive began on May 3, 2021. After two days the city fell.', D, [['on May 3, 2021', '2021-05-03'], ['After two days', '2021-05-05']]],
  ['The offensive began on May 3, 2021. Three days earlier the city had fallen.', D, [['on May 3, 2021', '2021-05-03'], ['Three days earlier', '2021-04-30']]],
  ['Elections were held in 2019. The same year he resigned.', D, [['in 2019', '2019'], ['The same year', '2019']]],
  ['Elections were held in 2019. The following year he resigned.', D, [['in 2019', '2019'], ['The following year', '2020']]],
  ['Elections were held in 2019. The previous year he had resigned.', D, [['in 2019', '2019'], ['The previous year', '2018']]],
  ['In 2019 the vote was in July.', D, [['In 2019', '2019'], ['in July', '2019-07']]],
  ['In 1940 the army took Paris. In June France fell. In 1941 it attacked the Soviet Union. On June 22 the assault began.', '2011-02-16',
    [['In 1940', '1940'], ['In June', '1940-06'], ['In 1941', '1941'], ['On June 22', '1941-06-22']]],
];

const traps: Case[] = [
  ['Theresa May met the president.', D, []],
  ['The talks may fail, officials warned.', D, []],
  ['Troops march toward the border.', D, []],
  ['June Carter sang.', D, []],
  ['Saudi Vision 2030 is ambitious.', D, []],
  ['The UN adopted Agenda 2030.', D, []],
  ['The G20 met in Rio.', D, []],
  ['COVID-19 spread quickly.', D, []],
  ['The party won 1500 votes.', D, []],
  ['More than 2000 troops were moved.', D, []],
  ['The price rose to 1900 dollars.', D, []],
  ['The meeting began at 14:00.', D, []],
  ['He finished 3rd in the race.', D, []],
  ['See page 2024 of the report.', D, []],
  ['Resolution 2231 remains in force.', D, []],
  ['The Boeing 737 crashed.', D, []],
  ['The score was 3:1.', D, []],
  ['Inflation stood at 2.4 percent.', D, []],
  ['Flight 2020 was delayed.', D, []],
  ['He ran 1500 meters.', D, []],
  ['The next steps are unclear.', D, []],
  ['Museums close on Mondays.', D, []],
  ['He spoke to 300 listeners.', D, []],
  ['The march was peaceful.', D, []],
  ['Mr. Friday spoke.', D, []],
  ['He paid 1999 euros for it.', D, []],
  ['Room 2010 is on the second floor.', D, []],
  ['The last day of the conference was calm.', D, []],
  ['Two days before the vote, rallies were held.', D, []],
  ['The plan has 2000 pages.', D, []],
  ['After 20 months of talks, a deal emerged.', D, []],
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');
const months: Case[] = MONTHS.flatMap((name, i): Case[] => [
  [`Negotiations began in ${name} 2022.`, D, [[`in ${name} 2022`, `2022-${pad(i + 1)}`]]],
  [`The commission meets again on ${name} 15.`, M, [[`on ${name} 15`, `2024-${pad(i + 1)}-15`]]],
  [`New talks were agreed in ${name}.`, M, [[`in ${name}`, `2024-${pad(i + 1)}`]]],
]);

const WEEKDAYS: Array<[string, string, string]> = [
  ['Monday', '2024-06-17', '2024-06-24'], ['Tuesday', '2024-06-18', '2024-06-25'], ['Wednesday', '2024-06-19', '2024-06-19'],
  ['Thursday', '2024-06-13', '2024-06-20'], ['Friday', '2024-06-14', '2024-06-21'], ['Saturday', '2024-06-15', '2024-06-22'],
  ['Sunday', '2024-06-16', '2024-06-23'],
];
const weekdays: Case[] = WEEKDAYS.flatMap(([wd, past, fut]): Case[] => [
  [`The delegation arrived on ${wd}.`, D, [[`on ${wd}`, past]]],
  [`The delegation will arrive on ${wd}.`, D, [[`on ${wd}`, fut]]],
  [`The delegation arrived on ${wd}.`, M, [[`on ${wd}`, '2024-06']]],
]);

const all = [...absolute, ...relative, ...anaphora, ...traps, ...months, ...weekdays];

test('English time table has at least 150 cases', () => {
  assert.ok(all.length >= 150, `only ${all.length} cases`);
});

for (const [text, date, expected] of all) {
  test(`en times [${date}] ${text}`, () => {
    assert.deepEqual(timePairs(timesOf(text, date, 'en')), expected);
  });
}

test('each English time record carries its rule id', () => {
  for (const t of timesOf('On July 3, 2024 and yesterday.', D, 'en')) assert.match(t.rule ?? '', /^time\.en\./);
});
