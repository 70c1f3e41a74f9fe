import { defaultSchemasDir, readSchemaDirectory } from '@usm/contracts';
import { generateContractTypes } from './generate-contract-types';
import { generatedDir } from './generated-dir';
import { outdatedGeneratedFiles } from './generated-files-on-disk';

describe('generated contract types', () => {
  it('are up to date with schemas/ (run npm run contracts:generate when this fails)', () => {
    const files = generateContractTypes(readSchemaDirectory(defaultSchemasDir()));
    expect(outdatedGeneratedFiles(files, generatedDir())).toEqual([]);
  });
});
