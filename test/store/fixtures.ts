// Hand-made analyses for store and export tests: they do not depend on what the extraction stages find.
import type { Analysis, EventRecord } from '../../src/model/analysis.js';

function span(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: '${part}' not in text`);
  return { start, end: start + part.length };
}

/** An analysis with two events (one with offsets, status cue, plover; one without target or plover). */
export function sampleAnalysis(id = 'doc-1', date: string | null = '2024-03-12', variant = ''): Analysis {
  const title = `Minister warnt Moskau${variant}`;
  const text = `${title}\n\nDie Bundesregierung hat Russland erneut scharf kritisiert. Berlin kündigte neue Sanktionen an.\n\nIn einem späteren Absatz droht Moskau mit Gegenmaßnahmen.`;
  const s1 = span(text, 'Die Bundesregierung hat Russland erneut scharf kritisiert.');
  const s2 = span(text, 'Berlin kündigte neue Sanktionen an.');
  const s3 = span(text, 'In einem späteren Absatz droht Moskau mit Gegenmaßnahmen.');
  const e1: EventRecord = {
    id: '1', sentence: s1, trigger: { ...span(text, 'kritisiert'), text: 'kritisiert' },
    source: { code: 'DEUGOV', text: 'Die Bundesregierung', ...span(text, 'Die Bundesregierung') },
    target: { code: 'RUS', text: 'Russland', ...span(text, 'Russland') },
    cameo: '111', plover: { type: 'ACCUSE', mode: 'disapprove', context: null }, status: 'asserted',
    date: date, quad: 3, goldstein: -2, confidence: 0.8, rule: 'de.trig.kritisieren+frame.subj-acc',
  };
  const e2: EventRecord = {
    id: '2', sentence: s2, trigger: { ...span(text, 'kündigte'), text: 'kündigte' },
    source: { code: 'DEUGOV', text: 'Berlin', ...span(text, 'Berlin') }, target: null,
    cameo: '0341', plover: null, status: 'future', statusCue: { ...span(text, 'kündigte'), text: 'kündigte', rule: 'status.announce' },
    date: date ? date.slice(0, 7) : null, quad: 1, goldstein: 4.5, confidence: 0.5, rule: 'de.trig.ankuendigen',
  };
  const e3: EventRecord = {
    id: '3', sentence: s3, trigger: { ...span(text, 'droht'), text: 'droht' },
    source: { code: 'RUSGOV', text: 'Moskau', ...span(text, 'Moskau', s3.start) }, target: { code: 'IGOWSTNAT', text: 'Absatz', ...span(text, 'Absatz') },
    cameo: '130', plover: { type: 'THREATEN', mode: null, context: 'military' }, status: 'hypothetical',
    date: null, quad: 3, goldstein: -4.4, confidence: 0.6, rule: 'de.trig.drohen',
  };
  return {
    doc: { id, text, date, lang: 'de', title, url: `https://example.org/${id}` },
    sentences: [span(text, title), s1, s2, s3],
    actors: [
      { ...span(text, 'Die Bundesregierung'), text: 'Die Bundesregierung', code: 'DEUGOV', kind: 'government', rule: 'kb.deu.gov' },
      { ...span(text, 'Russland'), text: 'Russland', code: 'RUS', name: 'Russland', kind: 'state', rule: 'kb.rus' },
    ],
    events: [e1, e2, e3],
    quotes: [{ ...span(text, 'Berlin kündigte'), text: 'Berlin kündigte', speaker: null, kind: 'scare' }],
    amounts: [{ ...span(text, 'neue'), text: 'neue', value: null, approx: '~', unit: null, vague: 'neue', rule: 'amt.vague' }],
    times: [{ ...span(text, 'erneut'), text: 'erneut', value: null, reason: 'unanchored' }],
  };
}

/** A plain analysis without events, title or url. */
export function bareAnalysis(id: string, text: string): Analysis {
  return { doc: { id, text, date: null, lang: 'en' }, sentences: [{ start: 0, end: text.length }], actors: [], events: [], quotes: [], amounts: [], times: [] };
}
