// End-to-end check on the shared seed article: every required gold quote is found
// with its speaker. The gold is read at run time (never copied into the repo).
// Two runs: with the gold's own actor mentions placed by hand (tests this stage alone),
// and through the whole pipeline (needs the actors stage; skipped while it finds nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ActorMention, QuoteRecord } from '../../src/model/analysis.js';
import { dataPath } from '../../src/util/data.js';
import { analyze } from '../../src/extract/pipeline.js';
import { contextFor } from './attribution/helper.js';
import { attributionStage } from '../../src/extract/attribution.js';
import { quotesStage } from '../../src/extract/quotes.js';

interface GoldQuote { speaker: string; speaker_key: string; starts: string; ends: string; optional?: boolean }
interface GoldActor { text: string; at?: string; code: string[]; name?: string }
interface GoldDoc { id: string; lang: string; date: string; text?: string; body?: string; quotes?: GoldQuote[]; actors?: GoldActor[] }

const gold = JSON.parse(readFileSync(dataPath('../shared/gold/seed.gold.json'), 'utf8')) as { documents: GoldDoc[] };

function docText(d: GoldDoc): string {
  return d.body ?? readFileSync(dataPath(`../shared/${d.text}`), 'utf8');
}

/** Gold actor key: IGO codes by their last three letters, others by their first three. */
function key(code: string): string {
  return code.startsWith('IGO') ? code.slice(-3) : code.slice(0, 3);
}

function found(quotes: QuoteRecord[], text: string, g: GoldQuote): boolean {
  const at = text.indexOf(g.starts);
  return quotes.some((q) => q.start <= at && at < q.end && !!q.speaker && (
    (q.speaker.name ?? '').toLowerCase().includes(g.speaker.toLowerCase())
    || g.speaker.toLowerCase().includes((q.speaker.name ?? '\u0000').toLowerCase())
    || (!!q.speaker.code && key(q.speaker.code) === g.speaker_key)));
}

/** Places the gold's actor mentions (located by their `at` context) as the actors stage would. */
function goldMentions(text: string, actors: GoldActor[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const a of actors) {
    const ctxAt = a.at ? text.indexOf(a.at) : text.indexOf(a.text);
    const start = ctxAt < 0 ? -1 : text.indexOf(a.text, ctxAt);
    if (start < 0) continue;
    const isPerson = !!a.name && a.name.includes(' ') && !a.code[0].endsWith('MED');
    out.push({ start, end: start + a.text.length, text: a.text, code: a.code[0], name: a.name, kind: isPerson ? 'person' : 'state', rule: 'gold' });
  }
  // Surnames alone ("Stoltenberg", "so Campbell") as the actors stage would tag them.
  for (const a of actors.filter((x) => x.name?.includes(' '))) {
    const last = a.name!.split(' ').pop()!;
    for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) {
      if (!out.some((m) => m.start <= i && i < m.end)) out.push({ start: i, end: i + last.length, text: last, code: a.code[0], name: a.name, kind: 'person', rule: 'gold-surname' });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

for (const d of gold.documents.filter((x) => x.quotes?.length)) {
  const text = docText(d);
  const required = d.quotes!.filter((q) => !q.optional);

  test(`seed ${d.id}: required quotes and speakers (gold actor mentions)`, () => {
    const ctx = contextFor(text, d.lang);
    ctx.actors = goldMentions(text, d.actors ?? []);
    attributionStage.run(ctx);
    quotesStage.run(ctx);
    for (const g of required) assert.ok(found(ctx.quotes, text, g), `missing quote "${g.starts}…" by ${g.speaker}`);
  });

  test(`seed ${d.id}: required quotes and speakers (full pipeline)`, (t) => {
    const analysis = analyze({ id: d.id, text, date: d.date, lang: d.lang }, { until: 'quotes' });
    if (analysis.actors.length === 0) { t.skip('actors stage finds nothing yet'); return; }
    for (const g of required) assert.ok(found(analysis.quotes, text, g), `missing quote "${g.starts}…" by ${g.speaker}`);
  });
}
