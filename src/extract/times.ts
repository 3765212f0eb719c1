// times stage — placeholder until its issue lands; assigns nothing yet.
import type { Stage } from './context.js';

export const timesStage: Stage = {
  name: 'times',
  assigns: ['times'],
  requires: ['tokens'],
  run() {},
};
