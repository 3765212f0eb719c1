// validateAnalysis: checks an analysis object against the JSON Schema
// (src/model/analysis.schema.json) and then what a schema cannot say: every span
// lies inside doc.text, every `text` field is exactly doc.text.slice(start, end),
// sentences are ordered and disjoint, and each event sits in one of the sentences.
import { Ajv, type ValidateFunction } from 'ajv';
import { loadJson } from '../util/data.js';

let compiled: ValidateFunction | null = null;

function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    compiled = ajv.compile(loadJson<object>('src/model/analysis.schema.json'));
  }
  return compiled;
}

type Spanned = { start: number; end: number; text?: string };

/** Problems found in `obj`, one line each (`path: problem`); empty when it is a valid analysis. */
export function validateAnalysis(obj: unknown): string[] {
  const validate = schemaValidator();
  if (!validate(obj)) {
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : ''}`);
  }
  const a = obj as {
    doc: { text: string };
    sentences: Spanned[];
    actors: Spanned[];
    events: Array<{ sentence: Spanned; trigger: Spanned; source: Spanned | null; target: Spanned | null; statusCue?: Spanned }>;
    quotes: Spanned[];
    amounts: Spanned[];
    times: Spanned[];
  };
  const text = a.doc.text;
  const problems: string[] = [];
  const check = (path: string, s: Spanned, withText: boolean) => {
    if (s.start > s.end) problems.push(`${path}: start ${s.start} > end ${s.end}`);
    else if (s.end > text.length) problems.push(`${path}: end ${s.end} beyond doc.text (length ${text.length})`);
    else if (withText && s.text !== text.slice(s.start, s.end)) {
      problems.push(`${path}/text: ${JSON.stringify(s.text)} is not doc.text[${s.start}..${s.end}] = ${JSON.stringify(text.slice(s.start, s.end))}`);
    }
  };
  let prevEnd = 0;
  a.sentences.forEach((s, i) => {
    check(`/sentences/${i}`, s, false);
    if (s.start < prevEnd) problems.push(`/sentences/${i}: overlaps or precedes the sentence before it`);
    if (s.start === s.end) problems.push(`/sentences/${i}: empty sentence`);
    prevEnd = s.end;
  });
  const sentenceStarts = new Map(a.sentences.map((s) => [s.start, s.end]));
  a.actors.forEach((m, i) => check(`/actors/${i}`, m, true));
  a.events.forEach((e, i) => {
    const p = `/events/${i}`;
    check(`${p}/sentence`, e.sentence, false);
    if (sentenceStarts.get(e.sentence.start) !== e.sentence.end) problems.push(`${p}/sentence: not one of the document's sentences`);
    check(`${p}/trigger`, e.trigger, true);
    if (e.trigger.start < e.sentence.start || e.trigger.end > e.sentence.end) problems.push(`${p}/trigger: outside its sentence`);
    if (e.source) check(`${p}/source`, e.source, true);
    if (e.target) check(`${p}/target`, e.target, true);
    if (e.statusCue) check(`${p}/statusCue`, e.statusCue, true);
  });
  a.quotes.forEach((q, i) => check(`/quotes/${i}`, q, true));
  a.amounts.forEach((m, i) => check(`/amounts/${i}`, m, true));
  a.times.forEach((t, i) => check(`/times/${i}`, t, true));
  return problems;
}
