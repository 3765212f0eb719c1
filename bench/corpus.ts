// The benchmark corpus: the project's own examples/, scaled to N documents. Each copy
// gets a closing id sentence so its content hash differs (ingest would otherwise store it once).
import { readDocuments } from '../src/ingest/index.js';
import type { Document } from '../src/model/analysis.js';

export async function loadBaseDocuments(dir: string): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const r of readDocuments([dir], {})) if (r.ok) docs.push(r.doc);
  if (docs.length === 0) throw new Error(`${dir}: no documents to build the benchmark corpus from`);
  return docs;
}

/** Document `i` of the scaled corpus (deterministic, generated on demand so memory stays flat). */
export function corpusDocument(base: readonly Document[], i: number): Document {
  const b = base[i % base.length];
  const german = /_de_/.test(b.id) || b.lang === 'de';
  const suffix = german ? `\n\n(Meldung Nr. ${i + 1} der Testsammlung.)` : `\n\n(Item ${i + 1} of the test collection.)`;
  return { ...b, id: `bench-${i + 1}:${b.id}`, text: b.text.replace(/\s+$/, '') + suffix, lang: null };
}

/** Batches of `size` documents from document `from` up to `to` (exclusive). */
export function* corpusBatches(base: readonly Document[], from: number, to: number, size: number): Generator<Document[]> {
  for (let i = from; i < to; i += size) {
    const batch: Document[] = [];
    for (let k = i; k < Math.min(to, i + size); k++) batch.push(corpusDocument(base, k));
    yield batch;
  }
}
