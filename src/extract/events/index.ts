// events stage: codes who did what to whom (see coder.ts and docs/events.md).
import type { Stage } from '../context.js';
import { codeEvents } from './coder.js';

export const eventsStage: Stage = {
  name: 'events',
  assigns: ['events'],
  requires: ['tokens', 'actors', 'times', 'attributions', 'quotes'],
  run: codeEvents,
};
