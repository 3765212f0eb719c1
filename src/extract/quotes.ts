// quotes stage — placeholder until its issue lands; assigns nothing yet.
import type { Stage } from './context.js';

export const quotesStage: Stage = {
  name: 'quotes',
  assigns: ['quotes'],
  requires: ['tokens'],
  run() {},
};
