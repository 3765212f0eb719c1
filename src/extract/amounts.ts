// amounts stage — placeholder until its issue lands; assigns nothing yet.
import type { Stage } from './context.js';

export const amountsStage: Stage = {
  name: 'amounts',
  assigns: ['amounts'],
  requires: ['tokens'],
  run() {},
};
