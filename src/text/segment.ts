// segment stage — placeholder (one sentence per document) until segmentation lands.
import type { Stage } from '../extract/context.js';

export const segmentStage: Stage = {
  name: 'segment',
  assigns: ['sentences', 'tokens', 'sentenceTokens'],
  requires: [],
  run(ctx) {
    ctx.sentences = [{ start: 0, end: ctx.doc.text.length }];
  },
};
