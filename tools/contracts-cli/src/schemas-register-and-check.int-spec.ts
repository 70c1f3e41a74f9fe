import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContractError } from '@usm/errors';
import type { AvroRecordJson } from '@usm/contracts';
import { allTopics, defaultSchemasDir, readSchemaDirectory } from '@usm/contracts';
import { cityStack, uniqueName } from '@usm/testing';
import { checkSchemas, checksPassed } from './check-schemas.command';
import { registerSchemas } from './register-schemas.command';
import { provisioningRegistryOf } from './registry-http';

const registry = provisioningRegistryOf(cityStack('incheon'));
const quiet = (): void => undefined;

/** A copy of schemas/ with RawSafetyEvent given a new field without a default. */
function schemasWithNewRawField(): string {
  const dir = mkdtempSync(join(tmpdir(), 'contracts-schemas-'));
  cpSync(defaultSchemasDir(), dir, { recursive: true });
  const file = join(dir, 'safety-events', 'RawSafetyEvent.avsc');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as AvroRecordJson;
  writeFileSync(file, JSON.stringify({ ...schema, fields: [...schema.fields, { name: 'weather', type: 'string', doc: 'Weather at the time.' }] }));
  return dir;
}

describe('schemas:register and schemas:check against the incheon registry', () => {
  const prefix = uniqueName('contracts-schemas');
  let changedDir: string;
  beforeAll(() => (changedDir = schemasWithNewRawField()));
  afterAll(() => rmSync(changedDir, { recursive: true, force: true }));

  it('registers every value schema under <topic>-value with BACKWARD_TRANSITIVE, and a second run changes nothing', async () => {
    const first = await registerSchemas(registry, { prefix }, quiet);
    expect(first).toHaveLength(allTopics().length);
    for (const registration of first) {
      expect(registration).toMatchObject({ registered: true, version: 1, compatibilitySet: true });
      expect(registration.subject).toMatch(new RegExp(`^${prefix}\\..+-value$`));
      await expect(registry.versions(registration.subject)).resolves.toEqual([1]);
      await expect(registry.compatibilityLevel(registration.subject)).resolves.toBe('BACKWARD_TRANSITIVE');
    }
    const second = await registerSchemas(registry, { prefix }, quiet);
    expect(second.map(({ registered, compatibilitySet, version }) => ({ registered, compatibilitySet, version }))).toEqual(
      Array(allTopics().length).fill({ registered: false, compatibilitySet: false, version: 1 }),
    );
  });

  it('passes schemas:check when the repository schemas are the registered ones', async () => {
    const checks = await checkSchemas(registry, { prefix }, quiet);
    expect(checksPassed(checks)).toBe(true);
  });

  it('fails schemas:check naming the new field, and the registry refuses to register it (409)', async () => {
    const schemas = readSchemaDirectory(changedDir);
    const lines: string[] = [];
    const checks = await checkSchemas(registry, { prefix, schemas }, (line) => lines.push(line));
    expect(checksPassed(checks)).toBe(false);
    const raw = checks.find((c) => c.subject === `${prefix}.safety.events.raw.v1-value`);
    expect(raw?.problems).toMatchObject([{ field: 'RawSafetyEvent.weather', rule: 'new field without default' }]);
    expect(raw?.registryRefused).toEqual([1]);
    expect(lines.join('\n')).toContain('RawSafetyEvent.weather: new field without default');

    const refusal = registerSchemas(registry, { prefix, schemas }, quiet);
    await expect(refusal).rejects.toThrow(ContractError);
    await expect(refusal).rejects.toMatchObject({ code: 'CONTRACTS_CLI.INCOMPATIBLE_SCHEMA', details: { status: 409 } });
  });
});
