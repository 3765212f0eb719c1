// Runs the pipeline over the documents of gold files and scores them.
import { analyze } from '../extract/pipeline.js';
import type { Analysis } from '../model/analysis.js';
import { loadGold, type GoldDoc, type GoldFile } from './gold.js';
import { addCounts, emptyCounts, figures, scoreDocument, type Counts, type DocScore, type Figures } from './score.js';

export interface FileReport {
  /** Base name of the gold file: its key in the ratchet. */
  name: string;
  path: string;
  counts: Counts;
  figures: Figures;
  docs: DocScore[];
}

export interface EvalReport {
  files: FileReport[];
  total: { counts: Counts; figures: Figures };
}

export type Analyzer = (doc: GoldDoc['doc']) => Analysis;

/** Scores a loaded gold file; `analyzer` is the pipeline (tests pass hand-made predictions). */
export function evaluateGold(gold: GoldFile, analyzer: Analyzer = (d) => analyze(d)): FileReport {
  let counts = emptyCounts();
  const docs: DocScore[] = [];
  for (const g of gold.docs) {
    let analysis: Analysis;
    let failure: string | null = null;
    try {
      analysis = analyzer(g.doc);
    } catch (e) {
      // A crash on one document is a finding, not the end of the run: it scores as empty.
      failure = (e as Error).message;
      analysis = { doc: { ...g.doc, lang: g.doc.lang ?? '' }, sentences: [], actors: [], events: [], quotes: [], amounts: [], times: [] };
    }
    const s = scoreDocument(g, analysis);
    if (failure) s.findings.unshift({ doc: g.id, kind: 'analysis-error', what: failure });
    counts = addCounts(counts, s.counts);
    docs.push(s);
  }
  return { name: gold.name, path: gold.path, counts, figures: figures(counts), docs };
}

export function evaluateFiles(paths: readonly string[], analyzer?: Analyzer): EvalReport {
  const files = paths.map((p) => evaluateGold(loadGold(p), analyzer));
  const counts = files.reduce((acc, f) => addCounts(acc, f.counts), emptyCounts());
  return { files, total: { counts, figures: figures(counts) } };
}
