// lagebild eval — placeholder until its part lands.
import { CliError, type Command } from '../command.js';

const command: Command = {
  name: 'eval',
  summary: '(not implemented yet)',
  help: 'lagebild eval: not implemented yet',
  async run() {
    throw new CliError('not implemented yet');
  },
};
export default command;
