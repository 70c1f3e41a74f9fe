import { Command } from 'commander';
import { readSchemaDirectory, defaultSchemasDir } from '@usm/contracts';
import { generateContractTypes, generatedDir, outdatedGeneratedFiles, writeGeneratedFiles } from './src';

const program = new Command('avro-codegen')
  .description('Generates TypeScript types for the Avro schemas under schemas/ into libs/contracts/src/generated')
  .option('--check', 'only report whether the generated files are up to date; exit 1 when they are not')
  .action((options: { check?: boolean }) => {
    const files = generateContractTypes(readSchemaDirectory(defaultSchemasDir()));
    const dir = generatedDir();
    if (options.check) {
      const outdated = outdatedGeneratedFiles(files, dir);
      if (outdated.length === 0) return console.log(`generated types are up to date (${files.length} files)`);
      console.error(`generated types are out of date, run npm run contracts:generate:\n  ${outdated.join('\n  ')}`);
      process.exitCode = 1;
      return;
    }
    const written = writeGeneratedFiles(files, dir);
    console.log(written.length === 0 ? 'generated types already up to date' : `updated ${written.length} files:\n  ${written.join('\n  ')}`);
  });

program.parse();
