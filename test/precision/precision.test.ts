// Precision suite: sentences a CAMEO coder codes nothing in (sports, markets, weather,
// science, culture, obituaries, schedules, opinion, background, descriptions of
// political actors, headlines). Every event coded here is a false positive, the
// error users of lagebild notice first. The few events we tolerate are listed in
// the case file's `acceptable` map with the reason; everything else must be empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/extract/pipeline.js';
import { dataPath } from '../../src/util/data.js';

interface NoEventCase { id: string; domain: string; text: string }
interface NoEventFile { date: string; acceptable: Record<string, string>; knownEngineFalsePositives: Record<string, string>; cases: NoEventCase[] }

for (const lang of ['en', 'de']) {
  const file = JSON.parse(readFileSync(dataPath(`test/precision/no-events.${lang}.json`), 'utf8')) as NoEventFile;

  test(`no-event corpus (${lang}): no sentence codes an event`, () => {
    assert.ok(file.cases.length >= 150, `at least 150 cases (have ${file.cases.length})`);
    const ids = new Set(file.cases.map((c) => c.id));
    assert.equal(ids.size, file.cases.length, 'case ids are unique');
    for (const id of Object.keys(file.acceptable)) assert.ok(ids.has(id), `acceptable id ${id} names a case`);
    for (const id of Object.keys(file.knownEngineFalsePositives)) assert.ok(ids.has(id), `known id ${id} names a case`);
    const fixed: string[] = [];

    const failures: string[] = [];
    let withEvents = 0;
    let events = 0;
    const byDomain = new Map<string, [number, number]>();
    for (const c of file.cases) {
      const a = analyze({ id: c.id, text: c.text, date: file.date, lang });
      const d = byDomain.get(c.domain) ?? [0, 0];
      d[1]++;
      if (a.events.length) {
        withEvents++;
        events += a.events.length;
        d[0]++;
        if (!(c.id in file.acceptable) && !(c.id in file.knownEngineFalsePositives)) {
          const got = a.events.map((e) => `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'} '${e.trigger.text}' [${e.rule}]`);
          failures.push(`${c.id}: ${got.join('; ')}\n    ${c.text}`);
        }
      }
      else if (c.id in file.knownEngineFalsePositives) fixed.push(c.id);
      byDomain.set(c.domain, d);
    }
    const rate = withEvents / file.cases.length;
    const domains = [...byDomain].map(([k, [fp, n]]) => `${k} ${fp}/${n}`).join(', ');
    console.log(`# no-event ${lang}: ${withEvents}/${file.cases.length} sentences with events (FP rate ${(rate * 100).toFixed(1)} %), ${events} events; ${domains}`);
    assert.deepEqual(failures, [], 'sentences coded with events that are not listed as acceptable');
    assert.deepEqual(fixed, [], 'known false positives that no longer occur: remove them from knownEngineFalsePositives');
  });

  test(`no-event corpus (${lang}): odd input never throws`, () => {
    for (const text of ['', '   ', '<p>Spain Beat Germany</p>', 'SHARES FALL!!!', '<p>Bayern schlägt Dortmund 3:1</p>', 'AKTIEN IM SINKFLUG!!!', '\u200b\u0000 2-1 \ud83d\ude00']) {
      assert.doesNotThrow(() => analyze({ id: 'odd', text, date: file.date, lang }));
    }
  });
}

// Political sentences with their complete event lists: every predicted event that matches no
// expected one is a false positive. Precision may not drop below the floor recorded in the file.
interface ExpectedEvent { source: string; cameo: string; target: string | null; status: string }
interface PoliticalCase { id: string; text: string; events: ExpectedEvent[] }
interface PoliticalFile { date: string; floor: { precision: number }; cases: PoliticalCase[] }

const INTENT: Record<string, string> = { '04': '03', '05': '03', '06': '03', '07': '03', '08': '03', '15': '13', '16': '13', '17': '13', '18': '13', '19': '13', '20': '13' };

function keyOf(code: string | undefined): string | null {
  if (!code) return null;
  return code.startsWith('IGO') ? code.slice(-3) : code.slice(0, 3);
}

/** Root and dyad as the gold scorer compares them, with its intent equivalence for announced acts. */
function fits(x: ExpectedEvent, e: { source?: { code: string } | null; target?: { code: string } | null; cameo: string; status: string }): boolean {
  const src = keyOf(e.source?.code), tgt = keyOf(e.target?.code);
  if (x.source !== '*' && src !== x.source) return false;
  if (x.target !== '*' && tgt !== x.target) return false;
  const want = x.cameo.slice(0, 2), got = e.cameo.slice(0, 2);
  if (got === want) return true;
  if (x.status === 'future' && INTENT[want] === got) return true;
  return (e.status === 'future' || e.status === 'hypothetical') && INTENT[got] === want;
}

for (const lang of ['en', 'de']) {
  const file = JSON.parse(readFileSync(dataPath(`test/precision/political.${lang}.json`), 'utf8')) as PoliticalFile;

  test(`political precision set (${lang}): precision at or above the floor`, () => {
    assert.ok(file.cases.length >= 80, `at least 80 cases (have ${file.cases.length})`);
    let predicted = 0, matched = 0, expected = 0;
    const extras: string[] = [];
    const misses: string[] = [];
    for (const c of file.cases) {
      const a = analyze({ id: c.id, text: c.text, date: file.date, lang });
      const left = [...a.events];
      predicted += left.length;
      expected += c.events.length;
      for (const x of c.events) {
        const i = left.findIndex((e) => fits(x, e));
        if (i < 0) { misses.push(`${c.id}: ${x.source} ${x.cameo} ${x.target ?? '-'}`); continue; }
        matched++;
        left.splice(i, 1);
      }
      for (const e of left) extras.push(`${c.id}: ${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'} ${e.status} '${e.trigger.text}' [${e.rule}] — ${c.text}`);
    }
    const precision = predicted ? matched / predicted : 1;
    console.log(`# political ${lang}: precision ${precision.toFixed(3)} (${matched}/${predicted}), recall ${(matched / expected).toFixed(3)} (${matched}/${expected})`);
    for (const x of extras) console.log(`#   extra ${x}`);
    assert.ok(precision >= file.floor.precision - 1e-9, `precision ${precision.toFixed(3)} below floor ${file.floor.precision}:\n${extras.join('\n')}`);
  });
}
