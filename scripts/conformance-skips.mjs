// Rewrites test/conformance/skips/<lang>.json from the current results: every failing
// case is listed with what differs (the reason a reviewer reads). Run after `npm run build`:
//   node scripts/conformance-skips.mjs de en
import { writeFileSync, mkdirSync } from 'node:fs';
const { loadCases, runCase, describeFailure } = await import('../dist/test/conformance/cases.js');
mkdirSync('test/conformance/skips', { recursive: true });
for (const lang of process.argv.slice(2)) {
  const skips = {};
  let pass = 0;
  const cases = loadCases(lang);
  for (const c of cases) {
    const r = runCase(c, lang);
    if (r.pass) pass++; else skips[c.id] = `not yet: ${describeFailure(r)}`;
  }
  writeFileSync(`test/conformance/skips/${lang}.json`, JSON.stringify(skips, null, 1) + '\n');
  console.log(`${lang}: ${pass}/${cases.length} pass; ${Object.keys(skips).length} skips written`);
}
