import { checkCompatibility } from '@usm/contracts';
import type { AvroSchemaJson } from '@usm/contracts';
import { ContractError } from '@usm/errors';
import { cityStack, uniqueName } from '@usm/testing';
import { provisioningRegistryOf } from './registry-http';

const registry = provisioningRegistryOf(cityStack('incheon'));
const record = (fields: AvroSchemaJson[]): string => JSON.stringify({ type: 'record', name: 'Probe', namespace: 'mesh.test', fields });

// v2 drops `a`; v3 brings it back as a string with a default: fine against v2, a type change against v1.
const v1 = record([{ name: 'a', type: 'int' } as never]);
const v2 = record([]);
const v3 = record([{ name: 'a', type: 'string', default: '' } as never]);

describe('BACKWARD_TRANSITIVE on the incheon registry', () => {
  it('is enforced on register against older versions, but versions/latest only sees the latest', async () => {
    const subject = `${uniqueName('contracts-transitive')}-value`;
    await registry.register(subject, v1);
    await registry.setCompatibilityLevel(subject, 'BACKWARD_TRANSITIVE');
    await registry.register(subject, v2);

    // Apicurio 3.3 quirk: schemas:check therefore asks version by version.
    await expect(registry.isCompatible(subject, v3, 'latest')).resolves.toBe(true);
    await expect(registry.isCompatible(subject, v3, 1)).resolves.toBe(false);
    await expect(registry.register(subject, v3)).rejects.toThrow(ContractError);

    const local = checkCompatibility(JSON.parse(v3) as AvroSchemaJson, [JSON.parse(v1), JSON.parse(v2)] as AvroSchemaJson[], 'BACKWARD_TRANSITIVE');
    expect(local).toMatchObject([{ field: 'Probe.a', rule: 'type changed', previousIndex: 0 }]);
  });
});
