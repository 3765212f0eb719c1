// lagebild export — placeholder until its part lands.
import { CliError, type Command } from '../command.js';

const command: Command = {
  name: 'export',
  summary: '(not implemented yet)',
  help: 'lagebild export: not implemented yet',
  async run() {
    throw new CliError('not implemented yet');
  },
};
export default command;
