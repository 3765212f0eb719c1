// The shared conformance suite: sentence cases per language pack, scored the same
// way for every pack. A pack lists the cases it knowingly does not pass yet, with
// the reason, in test/conformance/skips/<lang>.json.
import { readFileSync, existsSync } from 'node:fs';
import { analyze } from '../../src/extract/pipeline.js';
import { actorKey } from '../../src/model/actor-key.js';
import { dataPath } from '../../src/util/data.js';
import type { EventRecord, Status } from '../../src/model/analysis.js';

export interface ExpectedEvent {
  source: string;
  target: string | null;
  cameo: string;
  status: Status;
}

export interface ConformanceCase {
  id: string;
  text: string;
  date: string;
  events: ExpectedEvent[];
  note?: string;
}

export interface CaseResult {
  id: string;
  pass: boolean;
  missing: ExpectedEvent[];
  extra: EventRecord[];
  wrongStatus: Array<{ expected: ExpectedEvent; got: Status }>;
}

export function loadCases(lang: string): ConformanceCase[] {
  const p = dataPath(`test/conformance/cases/${lang}.json`);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as ConformanceCase[]) : [];
}

export function loadSkips(lang: string): Record<string, string> {
  const p = dataPath(`test/conformance/skips/${lang}.json`);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, string>) : {};
}

function sameDyad(e: EventRecord, x: ExpectedEvent): boolean {
  const src = e.source ? actorKey(e.source.code) : null;
  const tgt = e.target ? actorKey(e.target.code) : null;
  return src === x.source && (x.target === null ? tgt === null : tgt === x.target) && e.cameo.slice(0, 2) === x.cameo.slice(0, 2);
}

/** A case passes when every expected event is found (dyad + CAMEO root) with its status, and nothing else is coded. */
export function runCase(c: ConformanceCase, lang: string): CaseResult {
  const a = analyze({ id: c.id, text: c.text, date: c.date, lang });
  const left = [...a.events];
  const missing: ExpectedEvent[] = [];
  const wrongStatus: CaseResult['wrongStatus'] = [];
  for (const x of c.events) {
    const i = left.findIndex((e) => sameDyad(e, x));
    if (i < 0) { missing.push(x); continue; }
    if (left[i].status !== x.status) wrongStatus.push({ expected: x, got: left[i].status });
    left.splice(i, 1);
  }
  return { id: c.id, pass: !missing.length && !left.length && !wrongStatus.length, missing, extra: left, wrongStatus };
}

export function describeFailure(r: CaseResult): string {
  const parts: string[] = [];
  for (const x of r.missing) parts.push(`missing ${x.source} ${x.cameo} ${x.target ?? '-'} ${x.status}`);
  for (const w of r.wrongStatus) parts.push(`status ${w.expected.source} ${w.expected.cameo}: ${w.got} not ${w.expected.status}`);
  for (const e of r.extra) parts.push(`extra ${e.source?.code} ${e.cameo} ${e.target?.code ?? '-'} ${e.status} '${e.trigger.text}'`);
  return parts.join('; ');
}
