// lagebild analyze — placeholder until its part lands.
import { CliError, type Command } from '../command.js';

const command: Command = {
  name: 'analyze',
  summary: '(not implemented yet)',
  help: 'lagebild analyze: not implemented yet',
  async run() {
    throw new CliError('not implemented yet');
  },
};
export default command;
