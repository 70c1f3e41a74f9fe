import { Command } from 'commander';
import { addDatasetsCommand } from './src/datasets.command';
import { addRealmCommand } from './src/realm.command';
import { addSitesCommand } from './src/sites.command';
import { addTokenCommand } from './src/token.command';
import { addValidationCommand } from './src/validation.command';

const program = new Command('mesh').description('Operate a local Urban Safety Mesh node (run `npm run stack -- up` first).');
// One function per subcommand, so new ones plug in here.
addTokenCommand(program, (line) => console.log(line));
addRealmCommand(program, (line) => console.log(line));
addDatasetsCommand(program, (line) => console.log(line));
addValidationCommand(program, (line) => console.log(line));
addSitesCommand(program, (line) => console.log(line));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`[mesh] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
