import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { workspaceAsyncApi } from '@usm/contracts';

describe('docs/asyncapi.yaml, the AsyncAPI document downstream teams read from the repository', () => {
  it('is what the catalog and the Avro contracts generate today (run `npm run contracts:asyncapi` when this fails)', () => {
    const committed: unknown = parse(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'asyncapi.yaml'), 'utf8'));
    expect(committed).toEqual(workspaceAsyncApi());
  });
});
