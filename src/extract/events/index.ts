// events stage — placeholder until its issue lands.
import type { Stage } from '../context.js';

export const eventsStage: Stage = {
  name: 'events',
  assigns: ['events'],
  requires: ['tokens', 'actors', 'attributions'],
  run() {},
};
