import { ContractError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { InMemorySchemaSource } from '../spec-support/in-memory-schema-source';
import { anIncident, incidentSchema } from '../spec-support/incident-schema';
import { AvroCodec } from './avro-codec';
import { parseWireFormat } from './wire-format';

describe('AvroCodec.encode', () => {
  const schemas = new InMemorySchemaSource();
  const firstId = schemas.register('incidents-value', incidentSchema);
  const latestId = schemas.register('incidents-value', { ...incidentSchema, doc: 'v2' });
  const codec = new AvroCodec(schemas);

  it('encodes with the latest schema id of a subject', async () => {
    const encoded = await codec.encode('incidents-value', anIncident);
    expect(parseWireFormat(encoded).schemaId).toBe(latestId);
    await expect(codec.decode(encoded)).resolves.toMatchObject({ value: anIncident });
  });

  it('encodes with a given schema id', async () => {
    expect(parseWireFormat(await codec.encode(firstId, anIncident)).schemaId).toBe(firstId);
  });

  it('refuses a value that breaks the schema, naming every field and rule without quoting values', async () => {
    const secret = 'resident-930101-1234567';
    const error: unknown = await codec.encode(firstId, { ...anIncident, severity: secret, category: 'flood' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContractError);
    const failure = error as ContractError;
    expect(failure.code).toBe(MessagingErrorCode.InvalidValue);
    expect(failure.details['violations']).toEqual([
      { field: 'severity', rule: 'int' },
      { field: 'category', rule: 'enum' },
    ]);
    expect(failure.message).toContain('category must be a valid enum mesh.test.Category');
    expect(JSON.stringify(failure.toJSON())).not.toContain(secret);
  });

  it('names the root when the value is not a record at all', async () => {
    await expect(codec.encode(firstId, null)).rejects.toMatchObject({ details: { field: '(root)', rule: 'record' } });
  });
});

describe('AvroCodec.encodeSoon', () => {
  it('encodes at once once the schema is known, and follows a new latest id as soon as the source answers with one', async () => {
    const schemas = new InMemorySchemaSource();
    const firstId = schemas.register('incidents-value', incidentSchema);
    // A source that keeps its answer per subject until told to forget it, as the registry does.
    const answers = new Map<string, Promise<number>>();
    const caching = {
      getLatestSchemaId: (subject: string) => answers.get(subject) ?? answers.set(subject, schemas.getLatestSchemaId(subject)).get(subject) as Promise<number>,
      getSchema: (id: number) => schemas.getSchema(id),
    };
    const codec = new AvroCodec(caching);
    const first = codec.encodeSoon('incidents-value', anIncident);
    expect(first).toBeInstanceOf(Promise);
    expect(parseWireFormat(await first).schemaId).toBe(firstId);
    const known = codec.encodeSoon('incidents-value', anIncident);
    expect(Buffer.isBuffer(known) && parseWireFormat(known).schemaId).toBe(firstId);
    const secondId = schemas.register('incidents-value', { ...incidentSchema, doc: 'v2' });
    answers.clear();
    const next = codec.encodeSoon('incidents-value', anIncident);
    expect(next).toBeInstanceOf(Promise);
    expect(parseWireFormat(await next).schemaId).toBe(secondId);
  });

  it('throws at once, without quoting values, for a value that breaks a known schema', async () => {
    const schemas = new InMemorySchemaSource();
    const id = schemas.register('incidents-value', incidentSchema);
    const codec = new AvroCodec(schemas);
    await codec.encode(id, anIncident);
    expect(() => codec.encodeSoon(id, { ...anIncident, severity: 'high' })).toThrow(ContractError);
  });
});
