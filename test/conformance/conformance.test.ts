// Runs the conformance cases of every language pack. Cases a pack lists as skipped
// (with the reason) are reported but do not fail; every other case must pass, and
// the pass rate may not drop below the floor in eval/conformance-floors.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/util/data.js';
import { describeFailure, loadCases, loadSkips, runCase } from './cases.js';

const floors = JSON.parse(readFileSync(dataPath('eval/conformance-floors.json'), 'utf8')) as Record<string, number | string>;

for (const lang of ['de', 'en']) {
  test(`conformance suite: ${lang}`, () => {
    const cases = loadCases(lang);
    const skips = loadSkips(lang);
    assert.ok(cases.length >= 300, `${lang}: at least 300 cases (have ${cases.length})`);
    const failures: string[] = [];
    let passed = 0;
    for (const c of cases) {
      const r = runCase(c, lang);
      if (r.pass) passed++;
      else if (!(c.id in skips)) failures.push(`${c.id}: ${describeFailure(r)}\n    ${c.text}`);
    }
    const rate = passed / cases.length;
    console.log(`# conformance ${lang}: ${passed}/${cases.length} pass (${(rate * 100).toFixed(1)} %), ${Object.keys(skips).length} listed as known skips`);
    assert.deepEqual(failures, [], `${lang}: cases failing that are not listed in test/conformance/skips/${lang}.json`);
    assert.ok(rate >= Number(floors[lang] ?? 0) - 1e-9, `${lang}: pass rate ${rate.toFixed(3)} below floor ${floors[lang]}`);
  });
}
