// English amounts: [text, expected lines `text|value|approx|unit|vague|category`].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { amountLine, amountsOf } from './times/helpers.js';

type Case = [string, string[]];

const counted: Case[] = [
  ['North Korea shipped more than 11,000 containers of munitions.', ['more than 11,000 containers of munitions|11000|>|containers||']],
  ['Russia moved two divisions to the border.', ['two divisions|2|=|divisions||']],
  ['The army sent three brigades.', ['three brigades|3|=|brigades||']],
  ['They ordered 500 tanks.', ['500 tanks|500|=|tanks||']],
  ['Kyiv received 31 Abrams tanks.', ['31 Abrams tanks|31|=|Abrams tanks||']],
  ['NATO keeps 300,000 troops on high readiness.', ['300,000 troops|300000|=|troops||']],
  ['At least 20 ships left port.', ['At least 20 ships|20|>|ships||']],
  ['Over 100 drones were shot down.', ['Over 100 drones|100|>|drones||']],
  ['Some 2,000 people demonstrated.', ['Some 2,000 people|2000|~|people||']],
  ['About 40 journalists waited.', ['About 40 journalists|40|~|journalists||']],
  ['Nearly 5,000 refugees arrived.', ['Nearly 5,000 refugees|5000|~|refugees||']],
  ['Fewer than 10 states voted against.', ['Fewer than 10 states|10|<|states||']],
  ['Up to 50 missiles a day were fired.', ['Up to 50 missiles|50|<|missiles||']],
  ['Roughly 12 ministers attended.', ['Roughly 12 ministers|12|~|ministers||']],
  ['Almost 90 countries signed.', ['Almost 90 countries|90|~|countries||']],
  ['Less than 30 lawmakers agreed.', ['Less than 30 lawmakers|30|<|lawmakers||']],
  ['The government sent twelve diplomats.', ['twelve diplomats|12|=|diplomats||']],
  ['Seven states joined.', ['Seven states|7|=|states||']],
  ['Twenty fighter jets flew over the city.', ['Twenty fighter jets|20|=|fighter jets||']],
  ['Twenty-five member states agreed.', ['Twenty-five member states|25|=|member states||']],
  ['Two hundred prisoners were freed.', ['Two hundred prisoners|200|=|prisoners||']],
  ['Three thousand soldiers marched.', ['Three thousand soldiers|3000|=|soldiers||']],
  ['They delivered 40 armored vehicles.', ['40 armored vehicles|40|=|armored vehicles||']],
  ['Investigators found 3 new mass graves.', ['3 new mass graves|3|=|new mass graves||']],
  ['The fleet had 12 modern frigates.', ['12 modern frigates|12|=|modern frigates||']],
  ['The alliance delivered 2 million rounds of ammunition.', ['2 million rounds of ammunition|2000000|=|rounds||']],
  ['More than 1.5 million people fled.', ['More than 1.5 million people|1500000|>|people||']],
  ['A dozen boats docked.', ['A dozen boats|12|=|boats||']],
  ['Two dozen boats docked.', ['Two dozen boats|24|=|boats||']],
  ['The ship carried 40 tons of aid.', ['40 tons of aid|40|=|tons||']],
  ['A convoy of 120 trucks reached Gaza.', ['120 trucks|120|=|trucks||']],
  ['They fired 18 cruise missiles.', ['18 cruise missiles|18|=|cruise missiles||']],
  ['Police made 4 arrests.', ['4 arrests|4|=|arrests||']],
  ['The mission includes 1,200 police officers.', ['1,200 police officers|1200|=|police officers||']],
  ['The party won 35 seats.', ['35 seats|35|=|seats||']],
  ['Some 5,000 Russian troops crossed.', ['Some 5,000 Russian troops|5000|~|Russian troops||']],
  ['One soldier was promoted.', ['One soldier|1|=|soldier||']],
  ['The road is 40 km long.', ['40 km|40|=|km||']],
  ['As many as 300 fighters joined.', ['As many as 300 fighters|300|<|fighters||']],
  ['An estimated 7,000 people attended.', ['An estimated 7,000 people|7000|~|people||']],
];

const vague: Case[] = [
  ['Dozens of missiles hit the city.', ['Dozens of missiles|null|~|missiles|dozens|']],
  ['Hundreds of protesters gathered outside parliament.', ['Hundreds of protesters|null|~|protesters|hundreds|']],
  ['Thousands of soldiers were moved.', ['Thousands of soldiers|null|~|soldiers|thousands|']],
  ['Tens of thousands of people fled.', ['Tens of thousands of people|null|~|people|tens of thousands|']],
  ['Hundreds of thousands of refugees arrived.', ['Hundreds of thousands of refugees|null|~|refugees|hundreds of thousands|']],
  ['Millions of people are affected.', ['Millions of people|null|~|people|millions|']],
  ['Several states protested.', ['Several states|null|~|states|several|']],
  ['Numerous buildings were damaged.', ['Numerous buildings|null|~|buildings|numerous|']],
  ['Police detained dozens of demonstrators.', ['dozens of demonstrators|null|~|demonstrators|dozens|']],
  ['Thousands came.', ['Thousands|null|~|null|thousands|']],
  ['They spoke with several diplomats.', ['several diplomats|null|~|diplomats|several|']],
  ['Hundreds of drones attacked overnight.', ['Hundreds of drones|null|~|drones|hundreds|']],
  ['Dozens of civilians were evacuated.', ['Dozens of civilians|null|~|civilians|dozens|']],
  ['The number runs into the millions.', []],
  ['Scores of villages burned.', ['Scores of villages|null|~|villages|scores|']],
];

const money: Case[] = [
  ['The US pledged $3 million.', ['$3 million|3000000|=|USD||money']],
  ['The fund holds 2.5 billion dollars.', ['2.5 billion dollars|2500000000|=|USD||money']],
  ['The EU provides 4.5 billion euros.', ['4.5 billion euros|4500000000|=|EUR||money']],
  ['Congress approved $60 billion in aid.', ['$60 billion|60000000000|=|USD||money']],
  ['The package is worth €500 million.', ['€500 million|500000000|=|EUR||money']],
  ['Damage is estimated at about $2bn.', ['about $2bn|2000000000|~|USD||money']],
  ['The fine was $50,000.', ['$50,000|50000|=|USD||money']],
  ['The fund has more than $100 billion.', ['more than $100 billion|100000000000|>|USD||money']],
  ['Costs reached £300 million.', ['£300 million|300000000|=|GBP||money']],
  ['Russia paid 5 billion rubles.', ['5 billion rubles|5000000000|=|RUB||money']],
  ['Ukraine received two billion euros.', ['two billion euros|2000000000|=|EUR||money']],
  ['A ticket costs 25 dollars.', ['25 dollars|25|=|USD||money']],
  ['A billion dollars flows into the fund.', ['A billion dollars|1000000000|=|USD||money']],
  ['A million euros was paid.', ['A million euros|1000000|=|EUR||money']],
  ['Up to $10 billion is possible.', ['Up to $10 billion|10000000000|<|USD||money']],
  ['Roughly $3.5 trillion in debt looms.', ['Roughly $3.5 trillion|3500000000000|~|USD||money']],
  ['The budget grew by 7 billion euros.', ['7 billion euros|7000000000|=|EUR||money']],
  ['Inflation stood at 2.4 percent.', ['2.4 percent|2.4|=|%||']],
  ['Approval fell to 30%.', ['30%|30|=|%||']],
  ['The economy grew 0.3 per cent.', ['0.3 per cent|0.3|=|%||']],
  ['Nearly 50 percent agreed.', ['Nearly 50 percent|50|~|%||']],
  ['More than 60 percent refused.', ['More than 60 percent|60|>|%||']],
  ['They donated $12 million and €3 million.', ['$12 million|12000000|=|USD||money', '€3 million|3000000|=|EUR||money']],
  ['The deal is worth $3m.', ['$3m|3000000|=|USD||money']],
  ['Sales hit 1,500 euros per person.', ['1,500 euros|1500|=|EUR||money']],
];

const casualties: Case[] = [
  ['At least 40 people were killed.', ['At least 40 people|40|>|people||casualties-killed']],
  ['About 100 were wounded.', ['About 100|100|~|null||casualties-injured']],
  ['The attack killed 12 civilians.', ['12 civilians|12|=|civilians||casualties-killed']],
  ['At least 30 civilians were injured.', ['At least 30 civilians|30|>|civilians||casualties-injured']],
  ['Officials reported 15 deaths.', ['15 deaths|15|=|deaths||casualties-killed']],
  ['Officials reported 15 dead and 30 injured.', ['15 dead|15|=|dead||casualties-killed', '30 injured|30|=|injured||casualties-injured']],
  ['Three soldiers died in the blast.', ['Three soldiers|3|=|soldiers||casualties-killed']],
  ['Two police officers were wounded.', ['Two police officers|2|=|police officers||casualties-injured']],
  ['Dozens of people were killed.', ['Dozens of people|null|~|people|dozens|casualties-killed']],
  ['Hundreds of people were injured.', ['Hundreds of people|null|~|people|hundreds|casualties-injured']],
  ['The strike left at least 20 dead.', ['at least 20 dead|20|>|dead||casualties-killed']],
  ['A hospital treated 70 wounded.', ['70 wounded|70|=|wounded||casualties-injured']],
  ['Five people died in the collapse.', ['Five people|5|=|people||casualties-killed']],
  ['There were 8 fatalities.', ['8 fatalities|8|=|fatalities||casualties-killed']],
  ['More than 1,000 people have been killed.', ['More than 1,000 people|1000|>|people||casualties-killed']],
  ['Seven children were shot dead.', ['Seven children|7|=|children||casualties-killed']],
  ['The death toll rose to 45.', []],
  ['Four passengers died in the crash.', ['Four passengers|4|=|passengers||casualties-killed']],
  ['The blast killed at least 18 people.', ['at least 18 people|18|>|people||casualties-killed']],
  ['The shelling wounded 25 civilians.', ['25 civilians|25|=|civilians||casualties-injured']],
];

const traps: Case[] = [
  ['Ms. Miller finished 3rd in the race.', []],
  ['See page 12 of the report.', []],
  ['The session began at 14:00.', []],
  ['The meeting is on July 3, 2024.', []],
  ['In 2019 elections were held.', []],
  ['The G7 met in Italy.', []],
  ['COVID-19 spread quickly.', []],
  ['Saudi Vision 2030 was presented.', []],
  ['Call 030 1234567 for details.', []],
  ['The match ended 3:1.', []],
  ['World War 2 ended in 1945.', []],
  ['He lives at number 12.', []],
  ['Under Article 5 the alliance acts.', []],
  ['Resolution No. 2231 applies.', []],
  ['Two years ago the war began.', []],
  ['Two days later the city fell.', []],
  ['The F-16 jets were delivered.', []],
  ['He was one of the first.', []],
  ['The session lasted until 18:30.', []],
  ['The memo of 7/3/2024 is here.', []],
  ['It happened in 480 BC in Greece.', []],
  ['The number 42 is famous.', []],
  ['Markets rose on May 5.', []],
  ['Chapter 7 explains it.', []],
  ['Both states negotiate.', []],
  ['The 1st Armored Division moved.', []],
  ['Flight 370 disappeared.', []],
  ['Since 2022 the war has raged.', []],
  ['The talks lasted until 10 pm.', []],
  ['Gate 9 is closed.', []],
  ['Talks lasted four hours.', []],
  ['He spent three years in prison.', []],
];

const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty'];
const VALUES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 30, 40, 50];
const words: Case[] = WORDS.map((w, i): Case => [`The government sent ${w} advisers.`, [`${w} advisers|${VALUES[i]}|=|advisers||`]]);
const FORMATS: Array<[string, number]> = [['1,000', 1000], ['12,500', 12500], ['1,250,000', 1250000], ['7', 7], ['999', 999], ['2.5', 2.5], ['0.75', 0.75], ['10,000', 10000], ['45', 45], ['3,000', 3000]];
const formats: Case[] = FORMATS.map(([n, val]): Case => [`They counted ${n} vehicles.`, [`${n} vehicles|${val}|=|vehicles||`]]);
const HEDGES: Array<[string, string]> = [['more than', '>'], ['over', '>'], ['at least', '>'], ['fewer than', '<'], ['less than', '<'], ['up to', '<'], ['about', '~'], ['some', '~'], ['around', '~'], ['nearly', '~'], ['roughly', '~'], ['almost', '~'], ['approximately', '~'], ['no more than', '<'], ['upwards of', '>']];
const hedges: Case[] = HEDGES.map(([h, ap]): Case => [`There were ${h} 400 visitors.`, [`${h} 400 visitors|400|${ap}|visitors||`]]);

const all = [...counted, ...vague, ...money, ...casualties, ...traps, ...words, ...formats, ...hedges];

test('English amount table has at least 150 cases', () => {
  assert.ok(all.length >= 150, `only ${all.length} cases`);
});

for (const [text, expected] of all) {
  test(`en amounts: ${text}`, () => {
    assert.deepEqual(amountsOf(text, 'en').map(amountLine), expected);
  });
}
