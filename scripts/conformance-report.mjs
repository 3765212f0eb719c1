// Prints the conformance pass rate per language and every case whose result differs from the
// known-skip list (newly failing = regression, newly passing = remove from skips). Read-only.
// Runs from the TypeScript sources, no build needed:
//   node --import tsx scripts/conformance-report.mjs de en
import { readFileSync } from 'node:fs';
const { loadCases, runCase, describeFailure } = await import('../test/conformance/cases.ts');
for (const lang of process.argv.slice(2)) {
  const skips = JSON.parse(readFileSync(`test/conformance/skips/${lang}.json`, 'utf8'));
  const cases = loadCases(lang);
  let pass = 0;
  const regressions = [], fixed = [];
  for (const c of cases) {
    const r = runCase(c, lang);
    if (r.pass) { pass++; if (c.id in skips) fixed.push(c.id); }
    else if (!(c.id in skips)) regressions.push(`${c.id}: ${describeFailure(r)}`);
  }
  console.log(`${lang}: ${pass}/${cases.length} pass (${(pass / cases.length * 100).toFixed(1)} %); ` +
    `${regressions.length} newly failing, ${fixed.length} newly passing`);
  for (const r of regressions) console.log(`  REGRESSION ${r}`);
  if (fixed.length) console.log(`  fixed: ${fixed.join(' ')}`);
}
