// actors stage — placeholder until its issue lands; assigns nothing yet.
import type { Stage } from './context.js';

export const actorsStage: Stage = {
  name: 'actors',
  assigns: ['actors'],
  requires: ['tokens'],
  run() {},
};
