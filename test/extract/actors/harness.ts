// Shared table runner for the actor tests: each case is [text, date, expected], where
// expected lists "surface=CODE" (a mention with exactly this text and code; a person mention may
// also carry its title before the name: "NATO-Generalsekretär Mark Rutte" for "Mark Rutte") or
// "surface=-" (no acting mention overlaps that text; a capital named as a place, kind
// `location`, is not an actor).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recogniseActors } from '../../../src/extract/actors.js';
import { splitSentences, tokenize } from '../../../src/text/segment.js';
import type { ActorMention } from '../../../src/model/analysis.js';

export type Case = [text: string, date: string | null, expected: string[]];

export function mentionsOf(text: string, lang: string, date: string | null): ActorMention[] {
  const tokens = tokenize(text);
  const { ranges } = splitSentences(text, tokens);
  return recogniseActors(text, tokens, ranges, lang, date);
}

export function checkCase(text: string, lang: string, date: string | null, expected: string[]): void {
  const ms = mentionsOf(text, lang, date);
  const shown = ms.map((m) => `${m.text}=${m.code}`).join(' | ');
  for (let i = 1; i < ms.length; i++) assert.ok(ms[i].start >= ms[i - 1].end, `overlap in ${shown}`);
  for (const exp of expected) {
    const eq = exp.lastIndexOf('=');
    const surface = exp.slice(0, eq);
    const code = exp.slice(eq + 1);
    const at = text.indexOf(surface);
    assert.ok(at >= 0, `test bug: '${surface}' not in text`);
    if (code === '-') {
      const hit = ms.find((m) => m.kind !== 'location' && m.start < at + surface.length && m.end > at);
      assert.equal(hit, undefined, `'${surface}' should not be an actor; got ${shown}`);
    } else {
      const hit = ms.find((m) => m.code === code && (m.text === surface || (m.kind === 'person' && m.text.endsWith(' ' + surface))));
      assert.ok(hit, `expected ${surface}=${code}; got ${shown || '(none)'}`);
    }
  }
}

export function runTable(name: string, lang: string, cases: Case[]): void {
  for (const [text, date, expected] of cases) {
    test(`${name}: ${text.slice(0, 70)}`, () => checkCase(text, lang, date, expected));
  }
}
