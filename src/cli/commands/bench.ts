// lagebild bench — placeholder until its part lands.
import { CliError, type Command } from '../command.js';

const command: Command = {
  name: 'bench',
  summary: '(not implemented yet)',
  help: 'lagebild bench: not implemented yet',
  async run() {
    throw new CliError('not implemented yet');
  },
};
export default command;
