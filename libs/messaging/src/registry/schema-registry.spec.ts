import { Type } from 'avsc';
import { ContractError, InfrastructureError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { incidentSchema } from '../spec-support/incident-schema';
import type { ConfluentClient } from './schema-registry';
import { SchemaRegistry } from './schema-registry';

/** Shaped like the client library's ResponseError: only `status` matters to the wrapper. */
function responseError(status: number): Error {
  return Object.assign(new Error(`status ${status}`), { status });
}

function fakeClient(overrides: Partial<Record<keyof ConfluentClient, jest.Mock>> = {}) {
  const client = {
    getLatestSchemaId: jest.fn(async () => 41),
    getSchema: jest.fn(async () => Type.forSchema(incidentSchema)),
    register: jest.fn(async () => ({ id: 42 })),
    ...overrides,
  };
  return client;
}

function registryWith(client: ReturnType<typeof fakeClient>, registryAnswers = true) {
  const probe = jest.fn(async () => registryAnswers);
  return { registry: new SchemaRegistry({ url: 'http://registry.test' }, { client: client as unknown as ConfluentClient, probe }), probe };
}

describe('SchemaRegistry', () => {
  it('asks the registry for the latest id of a subject once, then answers from its cache', async () => {
    const client = fakeClient();
    const { registry } = registryWith(client);
    await expect(Promise.all([registry.getLatestSchemaId('s-value'), registry.getLatestSchemaId('s-value')])).resolves.toEqual([41, 41]);
    await expect(registry.getLatestSchemaId('s-value')).resolves.toBe(41);
    expect(client.getLatestSchemaId).toHaveBeenCalledTimes(1);
  });

  it('asks again after forgetting a subject or registering under it', async () => {
    const client = fakeClient();
    const { registry } = registryWith(client);
    await registry.getLatestSchemaId('s-value');
    registry.forgetSubject('s-value');
    await registry.getLatestSchemaId('s-value');
    await expect(registry.register('s-value', incidentSchema)).resolves.toBe(42);
    await registry.getLatestSchemaId('s-value');
    expect(client.getLatestSchemaId).toHaveBeenCalledTimes(3);
  });

  it('does not cache an outage: the next call asks again', async () => {
    const client = fakeClient({ getLatestSchemaId: jest.fn().mockRejectedValueOnce(responseError(503)).mockResolvedValue(41) });
    const { registry } = registryWith(client);
    await expect(registry.getLatestSchemaId('s-value')).rejects.toBeInstanceOf(InfrastructureError);
    await expect(registry.getLatestSchemaId('s-value')).resolves.toBe(41);
  });

  it('calls an unknown subject a contract error when the registry proves to be there', async () => {
    const { registry } = registryWith(fakeClient({ getLatestSchemaId: jest.fn().mockRejectedValue(responseError(404)) }));
    await expect(registry.getLatestSchemaId('s-value')).rejects.toMatchObject({ code: MessagingErrorCode.SubjectNotFound, retriable: false });
  });

  it('calls an unknown schema id a contract error when the registry proves to be there', async () => {
    const { registry, probe } = registryWith(fakeClient({ getSchema: jest.fn().mockRejectedValue(responseError(404)) }));
    const error: unknown = await registry.getSchema(77).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ code: MessagingErrorCode.UnknownSchemaId, details: { schemaId: 77 } });
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('treats a 404 from something that is not a registry (wrong base URL) as an outage', async () => {
    const { registry } = registryWith(fakeClient({ getSchema: jest.fn().mockRejectedValue(responseError(404)) }), false);
    await expect(registry.getSchema(77)).rejects.toMatchObject({ code: MessagingErrorCode.RegistryUnavailable, retriable: true });
  });

  it.each([
    ['connection refused (mappersmith reports 400)', responseError(400)],
    ['a server error', responseError(500)],
    ['an error without a status', new Error('socket hang up')],
  ])('treats %s as a retriable outage', async (_name, failure) => {
    const { registry, probe } = registryWith(fakeClient({ getSchema: jest.fn().mockRejectedValue(failure) }));
    await expect(registry.getSchema(5)).rejects.toMatchObject({ code: MessagingErrorCode.RegistryUnavailable, retriable: true, cause: failure });
    expect(probe).not.toHaveBeenCalled();
  });

  it('refuses ids no registry hands out without asking', async () => {
    const client = fakeClient();
    const { registry } = registryWith(client);
    await expect(registry.getSchema(0)).rejects.toMatchObject({ code: MessagingErrorCode.UnknownSchemaId });
    await expect(registry.getSchema(-3)).rejects.toMatchObject({ code: MessagingErrorCode.UnknownSchemaId });
    expect(client.getSchema).not.toHaveBeenCalled();
  });

  it('refuses a schema id that names a non-Avro schema', async () => {
    const { registry } = registryWith(fakeClient({ getSchema: jest.fn(async () => ({ validate: () => true })) }));
    await expect(registry.getSchema(5)).rejects.toMatchObject({ code: MessagingErrorCode.UnsupportedSchemaType });
  });

  it('registers Avro under the subject with BACKWARD_TRANSITIVE compatibility', async () => {
    const client = fakeClient();
    const { registry } = registryWith(client);
    await registry.register('s-value', incidentSchema);
    expect(client.register).toHaveBeenCalledWith({ type: 'AVRO', schema: JSON.stringify(incidentSchema) }, { subject: 's-value', compatibility: 'BACKWARD_TRANSITIVE' });
  });

  it('reports a refused schema as a contract error', async () => {
    const { registry } = registryWith(fakeClient({ register: jest.fn().mockRejectedValue(responseError(409)) }));
    await expect(registry.register('s-value', incidentSchema)).rejects.toMatchObject({ code: MessagingErrorCode.SchemaRejected, retriable: false });
  });
});
