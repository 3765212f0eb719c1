// lagebild ingest — placeholder until its part lands.
import { CliError, type Command } from '../command.js';

const command: Command = {
  name: 'ingest',
  summary: '(not implemented yet)',
  help: 'lagebild ingest: not implemented yet',
  async run() {
    throw new CliError('not implemented yet');
  },
};
export default command;
