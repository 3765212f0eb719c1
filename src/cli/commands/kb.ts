// lagebild kb — placeholder until its part lands.
import { CliError, type Command } from '../command.js';

const command: Command = {
  name: 'kb',
  summary: '(not implemented yet)',
  help: 'lagebild kb: not implemented yet',
  async run() {
    throw new CliError('not implemented yet');
  },
};
export default command;
