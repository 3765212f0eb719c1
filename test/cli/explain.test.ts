// lagebild explain: a readable listing of every stage, and --json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import explainCommand, { renderExplanation } from '../../src/cli/commands/explain.js';
import { EXIT } from '../../src/cli/command.js';
import { newContext, runStages } from '../../src/extract/pipeline.js';
import type { AnalysisContext } from '../../src/extract/context.js';
import { runCaptured } from './capture.js';

const SECTIONS = ['sentences', 'tokens', 'actors', 'times', 'amounts', 'attributions', 'quotes', 'events', 'trace'];

test('prints every stage section with counts, the sentences and compact tokens', async () => {
  const r = await runCaptured(explainCommand, ['Am 3. Juli traf Dr. Müller den Botschafter. „Wir sind besorgt“, sagte er.', '--date', '2024-07']);
  assert.equal(r.code, EXIT.OK, r.err);
  for (const s of SECTIONS) assert.match(r.out, new RegExp(`^${s} \\(\\d+\\)$`, 'm'), s);
  assert.match(r.out, /^document: lang de \(identified\) · date 2024-07/m);
  assert.match(r.out, /^sentences \(2\)$/m);
  assert.match(r.out, /\[0\] 0–43 {2}Am 3\. Juli traf Dr\. Müller den Botschafter\./);
  assert.match(r.out, /Am·#3·\.·Juli·traf·Dr\.·Müller/);
});

test('--lang is taken as given; --json prints the analysis and the trace', async () => {
  const r = await runCaptured(explainCommand, ['The talks failed.', '--lang', 'en', '--json']);
  assert.equal(r.code, EXIT.OK);
  const o = JSON.parse(r.out);
  assert.equal(o.analysis.doc.lang, 'en');
  assert.deepEqual(o.analysis.sentences, [{ start: 0, end: 17 }]);
  assert.ok(Array.isArray(o.trace));
});

test('--file reads the text from a file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-explain-'));
  const f = join(dir, 't.txt');
  writeFileSync(f, 'Iran launched drones at Israel. Israel intercepted most of them.');
  const r = await runCaptured(explainCommand, ['--file', f]);
  assert.match(r.out, /^sentences \(2\)$/m);
  assert.match(r.out, /lang en \(identified\)/);
});

test('usage errors: no text, bad date', async () => {
  assert.equal((await runCaptured(explainCommand, [])).code, EXIT.USAGE);
  assert.equal((await runCaptured(explainCommand, ['x', '--date', '2024-02-30'])).code, EXIT.USAGE);
});

test('renders actors, events with dyad, status cue and rules, and trace lines', () => {
  // A hand-filled context: the rendering must show each layer whatever the stages produce today.
  const text = 'Washington warf Pjöngjang vor, Raketen versteckt zu haben.';
  const ctx: AnalysisContext = runStages(newContext({ id: 't', text, date: '2024-06', lang: 'de' }, true), 'segment');
  ctx.actors = [
    { start: 0, end: 10, text: 'Washington', code: 'USAGOV', kind: 'government', rule: 'kb.capital.washington' },
    { start: 16, end: 25, text: 'Pjöngjang', code: 'PRKGOV', kind: 'government', rule: 'kb.capital.pyongyang' },
  ];
  ctx.amounts = [{ start: 31, end: 38, text: 'Raketen', value: null, approx: '~', unit: 'Raketen', vague: 'some', rule: 'amount.test' }];
  ctx.events = [{
    id: '1', sentence: { start: 0, end: text.length }, trigger: { start: 11, end: 15, text: 'warf' },
    source: { start: 0, end: 10, text: 'Washington', code: 'USAGOV' }, target: { start: 16, end: 25, text: 'Pjöngjang', code: 'PRKGOV' },
    cameo: '112', plover: { type: 'ACCUSE', mode: null, context: null }, status: 'asserted', date: '2024-06', quad: 3, goldstein: -2,
    confidence: 0.9, rule: 'de.trig.vorwerfen+frame.subj-dat',
  }, {
    id: '2', sentence: { start: 0, end: text.length }, trigger: { start: 39, end: 48, text: 'versteckt' },
    source: { start: 16, end: 25, text: 'Pjöngjang', code: 'PRKGOV' }, target: null,
    cameo: '072', plover: null, status: 'alleged', statusCue: { start: 11, end: 15, text: 'warf', rule: 'status.accusation' },
    date: '2024-06', quad: 2, goldstein: 8.3, confidence: 0.6, rule: 'de.trig.liefern',
  }];
  ctx.trace = [{ stage: 'events', message: 'dropped: no actor in slot target', rule: 'de.trig.liefern', span: { start: 39, end: 48 } }];
  const out = renderExplanation(ctx, false).join('\n');
  assert.match(out, /"Washington" 0–10 → USAGOV \(government\) {2}rule kb\.capital\.washington/);
  assert.match(out, /#1 \[s0\] USAGOV "Washington" —112→ PRKGOV "Pjöngjang"/);
  assert.match(out, /status asserted · date 2024-06 · rule de\.trig\.vorwerfen\+frame\.subj-dat/);
  assert.match(out, /#2 \[s0\] PRKGOV "Pjöngjang" —072→ —/);
  assert.match(out, /status alleged cue "warf" \(status\.accusation\)/);
  assert.match(out, /plover ACCUSE/);
  assert.match(out, /"Raketen" 31–38 → ~ some Raketen/);
  assert.match(out, /\[events\] dropped: no actor in slot target {2}\(de\.trig\.liefern\) @39–48 "versteckt"/);
  assert.doesNotMatch(out, /\(identified\)/);
});
