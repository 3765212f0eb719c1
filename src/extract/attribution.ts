// attribution stage — placeholder: finds reporting clauses (shared by quotes and events).
import type { Stage } from './context.js';

export const attributionStage: Stage = {
  name: 'attribution',
  assigns: ['attributions'],
  requires: ['tokens', 'actors'],
  run() {},
};
