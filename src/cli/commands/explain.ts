// lagebild explain — placeholder until its part lands.
import { CliError, type Command } from '../command.js';

const command: Command = {
  name: 'explain',
  summary: '(not implemented yet)',
  help: 'lagebild explain: not implemented yet',
  async run() {
    throw new CliError('not implemented yet');
  },
};
export default command;
