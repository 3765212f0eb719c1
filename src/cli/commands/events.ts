// lagebild events — placeholder until its part lands.
import { CliError, type Command } from '../command.js';

const command: Command = {
  name: 'events',
  summary: '(not implemented yet)',
  help: 'lagebild events: not implemented yet',
  async run() {
    throw new CliError('not implemented yet');
  },
};
export default command;
