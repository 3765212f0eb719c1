// Argument attachment and clause structure: which actor fills source and target when appositions,
// of-phrases, participles, infinitives, adverbial clauses and passives stand between verb and actors.
// Each row: [lang, text, expected events as "SRC ROOT TGT"] (keys as in the gold, "-" for no target).
// Positive rows show the rule at work; negative rows the structure it must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/extract/pipeline.js';
import { actorKey } from '../../../src/model/actor-key.js';

type Row = [lang: string, text: string, expected: string[]];

function events(lang: string, text: string): string[] {
  return analyze({ id: 't', text, date: '2024-05-02', lang }).events
    .map((e) => `${e.source ? actorKey(e.source.code) : '-'} ${e.cameo.slice(0, 2)} ${e.target ? actorKey(e.target.code) : '-'}`).sort();
}

function run(name: string, rows: Row[]): void {
  for (const [lang, text, expected] of rows) {
    test(`${name} (${lang}): ${text}`, () => assert.deepEqual(events(lang, text), [...expected].sort()));
  }
}

run('apposition between subject and verb', [
  ['en', 'Turkey, a longtime partner of Germany in NATO, has criticised Sweden.', ['TUR 11 SWE']],
  ['en', 'Egypt, the main mediator between Israel and Hamas, condemned the attack.', ['EGY 11 -']],
  ['de', 'Die Türkei, ein langjähriger Partner Deutschlands in der NATO, hat Schweden kritisiert.', ['TUR 11 SWE']],
  // negative: a plain list is no apposition
  ['en', 'France, Italy and Spain condemned the attack.', ['FRA 11 -', 'ITA 11 -', 'ESP 11 -']],
]);

run('adjective-coordinated head before an of-phrase', [
  ['en', 'The Ethiopian and Eritrean delegations of the border commission at The Hague agreed to resume talks.', ['ETH 03 ERI', 'ETH 04 ERI']],
  // negative: with no actor before the head, the of-phrase stands for the phrase
  ['en', 'The leaders of Hungary have criticised Brussels.', ['HUN 11 EEC']],
]);

run('object inside a phrase trigger or behind its noun', [
  ['en', 'Ukraine demanded an apology by Hungary for the remarks.', ['UKR 10 HUN']],
  ['en', 'Britain condemned the shelling by Russian forces.', ['GBR 11 RUS', 'RUS 19 -']],
  // "military" modifying an act noun is no object; the to-phrase is
  ['en', 'Britain promised military aid to Kenya.', ['GBR 03 KEN']],
]);

run('infinitives: purpose takes the clause subject, asking verbs their object', [
  ['en', 'Brazil recalled its envoy to protest against Israel.', ['BRA 16 -', 'BRA 14 ISR']],
  ['en', 'France urged Iran to release the detained journalists.', ['FRA 02 IRN']],
  // the demand is the farmers', not Parliament's
  ['en', 'Algerian farmers began a hunger strike outside Parliament to demand land reform.', ['DZA 14 DZA', 'DZA 10 DZA']],
]);

run('adverbial and that-clauses keep their own actors', [
  ['en', 'Italy announced a suspension of flights to Serbia one day after a Serbian army jet shot down a helicopter.', ['ITA 16 SRB', 'SRB 19 -']],
  ['en', 'Poland demanded an admission by Moscow that Soviet troops killed the officers.', ['POL 10 RUS']],
  // negative: "after" as a preposition opens no clause
  ['en', 'Chile recalled its ambassador after the talks with Peru.', ['CHL 16 -']],
]);

run('reduced relatives and participles have no subject of their own', [
  ['en', 'Chad closed its border to refugees driven out of Sudan.', ['TCD 12 TCD']],
  // "ordered" is no order by Benin
  ['en', 'Benin opened its border to migrants ordered out of Nigeria.', ['BEN 07 BEN']],
  // negative: coordinated verbs share the subject
  ['en', 'Kenya hosted talks and expelled Somali diplomats.', ['KEN 04 SOM', 'KEN 16 SOM']],
]);

run('passive with a fronted object phrase', [
  ['en', 'A hospital for Sudanese refugees was shelled by Ethiopian troops.', ['ETH 19 SDN']],
  ['de', 'Ein Krankenhaus für sudanesische Flüchtlinge wurde von äthiopischen Soldaten beschossen.', ['ETH 19 SDN']],
  // negative: the agent is never the target
  ['en', 'The embassy was attacked by Taliban fighters.', ['AFG 19 -']],
]);
