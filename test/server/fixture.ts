// A temporary store for the server tests: the project's examples plus hostile documents
// (markup, event-handler attributes and javascript: links in text, title, id and url).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { readDocuments } from '../../src/ingest/index.js';
import { analyze } from '../../src/extract/pipeline.js';
import { dataPath } from '../../src/util/data.js';
import type { Document } from '../../src/model/analysis.js';

export const HOSTILE: Document[] = [
  {
    id: 'hostile-de', lang: 'de', date: '2024-09-02', url: 'javascript:alert(3)',
    title: 'Moskau <script>window.__xss=1;alert(1)</script> kritisiert Warschau',
    text: 'Moskau <script>window.__xss=1;alert(1)</script> kritisiert Warschau\n\n'
      + 'Die russische Regierung hat Polen am Montag scharf kritisiert "><img src=x onerror="window.__xss=2;alert(2)">.\n\n'
      + 'Ein Sprecher nannte das <a href="javascript:alert(4)">Dokument</a> eine Provokation.',
  },
  {
    id: '"><img src=x onerror=alert(7)>', lang: 'en', date: '2024-09-03', url: 'https://example.org/"><script>alert(8)</script>',
    title: 'Iran condemns Israel <img src=x onerror=alert(5)>',
    text: 'Iran condemns Israel <img src=x onerror=alert(5)>\n\n'
      + 'Iran\'s foreign ministry condemned Israel on Tuesday <svg onload=alert(6)> over the strike. Click <a href="javascript:alert(9)">here</a>.',
  },
];

export interface Seeded { dir: string; db: string; cleanup(): void }

/** Analyses examples/ and the hostile documents into a new database file. */
export async function seedDb(): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-server-'));
  const db = join(dir, 'test.db');
  const store = openSqliteStore(db);
  const docs: Document[] = [];
  for await (const r of readDocuments([dataPath('examples')])) if (r.ok) docs.push(r.doc);
  docs.push(...HOSTILE);
  store.putBatch(docs.map((d) => analyze(d)));
  store.close();
  return { dir, db, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
