// The ratchet: the pipeline's figures on the shared gold files must not fall below
// the floors recorded in eval/floors.json (raise them with `lagebild eval --update-floors`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFloors, readFloors } from '../../src/eval/floors.js';
import { renderTable, renderViolations } from '../../src/eval/report.js';
import { evaluateFiles } from '../../src/eval/run.js';
import { dataPath } from '../../src/util/data.js';

const GOLD = ['../shared/gold/seed.gold.json', '../shared/gold/plover-gsr-dev.json'];

test('no figure on the shared gold falls below its floor', () => {
  const floors = readFloors(dataPath('eval/floors.json'));
  for (const g of GOLD) assert.ok(floors[g.split('/').pop()!], `eval/floors.json has floors for ${g}`);
  const report = evaluateFiles(GOLD.map(dataPath));
  const violations = checkFloors(report.files, floors);
  assert.deepEqual(violations, [], `${renderViolations(violations)}\n\n${renderTable(report)}`);
});
