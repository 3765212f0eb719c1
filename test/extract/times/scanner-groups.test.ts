// The combined time pattern runs with numbered groups (see numberGroups in scanner.ts): every named group
// must get the number the engine gives it, or fields would be read from the wrong group.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberGroups } from '../../../src/extract/times/scanner.js';

const cases: Array<[string, string, string[]]> = [
  // [pattern with named groups, input, group names to compare]
  ['(?<a>\\d+)-(?<b>\\d+)', 'x 12-34', ['a', 'b']],
  ['(?:(?<pre>am|im)\\s+)?(?<d>\\d{1,2})\\.\\s*(?<m>Juli|Mai)', 'am 3. Juli', ['pre', 'd', 'm']],
  // Unnamed groups, lookarounds, escaped and bracketed parentheses do not shift the numbering wrongly.
  ['(x|y)?(?<=\\()(?<in>[^)(]+)(?=\\))(?!z)(?<![a])(?<after>\\)\\s*(\\w+))', '(inner) word', ['in', 'after']],
  ['(?<o>[(\\[])(?<w>\\p{L}+)(?<c>[)\\]])', '[Wort]', ['o', 'w', 'c']],
  // Alternatives: the group of the branch not taken stays undefined.
  ['(?<r1>(?<r1_y>\\d{4}))|(?<r2>(?<r2_m>März|May))', 'März', ['r1', 'r1_y', 'r2', 'r2_m']],
];

test('numbered groups read the same values as the named groups', () => {
  for (const [src, input, names] of cases) {
    const named = new RegExp(src, 'iu').exec(input);
    const { src: plain, groups } = numberGroups(src);
    assert.doesNotMatch(plain, /\(\?<[A-Za-z_$]/, src);
    const numbered = new RegExp(plain, 'iu').exec(input);
    assert.ok(named && numbered, src);
    assert.equal(numbered[0], named[0], src);
    assert.equal(numbered.length, named.length, src);
    for (const n of names) assert.equal(numbered[groups.get(n)!], named.groups![n], `${src}: ${n}`);
  }
});
