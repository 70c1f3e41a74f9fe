import { Type } from 'avsc';
import type { schema } from 'avsc';
import { ContractError, InfrastructureError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { InMemorySchemaSource } from '../spec-support/in-memory-schema-source';
import { anIncident, incidentSchema } from '../spec-support/incident-schema';
import { ReaderSchemaDecoder } from './reader-schema-decoder';
import { frameWireFormat } from './wire-format';

const subject = 'incidents-value';
const withSource: schema.RecordType = { ...incidentSchema, fields: [...incidentSchema.fields, { name: 'source', type: 'string', default: 'unknown' }] };
/** Another contract whose bytes happen to parse: same first fields, other name. */
const otherContract: schema.RecordType = { ...incidentSchema, name: 'AnonymisedIncident' };

const framed = (schemaId: number, type: schema.RecordType, value: unknown): Buffer => frameWireFormat(schemaId, Type.forSchema(type).toBuffer(value));

describe('ReaderSchemaDecoder', () => {
  it('reads an older version through the latest schema of the subject, filling defaults', async () => {
    const schemas = new InMemorySchemaSource();
    const v1 = schemas.register(subject, incidentSchema);
    schemas.register(subject, withSource);
    const decoded = await new ReaderSchemaDecoder(schemas, schemas, subject).decode(framed(v1, incidentSchema, anIncident));
    expect(decoded).toEqual({ schemaId: v1, value: expect.objectContaining({ ...anIncident, source: 'unknown' }) });
  });

  it('refuses a record of another contract with SCHEMA_MISMATCH naming its schema id, though its bytes would parse', async () => {
    const schemas = new InMemorySchemaSource();
    schemas.register(subject, incidentSchema);
    const foreign = schemas.register('anonymised-value', otherContract);
    const error: unknown = await new ReaderSchemaDecoder(schemas, schemas, subject).decode(framed(foreign, otherContract, anIncident)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ code: MessagingErrorCode.SchemaMismatch, details: { schemaId: foreign, subject } });
  });

  it('asks the registry again for an id it has not seen, so a version registered since is accepted', async () => {
    const schemas = new InMemorySchemaSource();
    schemas.register(subject, incidentSchema);
    const decoder = new ReaderSchemaDecoder(schemas, schemas, subject);
    await decoder.decode(framed(1, incidentSchema, anIncident));
    const v2 = schemas.register(subject, withSource);
    await expect(decoder.decode(framed(v2, withSource, { ...anIncident, source: 'cctv' }))).resolves.toMatchObject({ schemaId: v2, value: { source: 'cctv' } });
    expect(schemas.lookups.filter((l) => l === `versions:${subject}`)).toHaveLength(2);
  });

  it('reads ids it read before through a latest version registered since', async () => {
    const schemas = new InMemorySchemaSource();
    const v1 = schemas.register(subject, incidentSchema);
    const decoder = new ReaderSchemaDecoder(schemas, schemas, subject);
    await expect(decoder.decode(framed(v1, incidentSchema, anIncident))).resolves.not.toHaveProperty('value.source');
    const v2 = schemas.register(subject, withSource);
    await decoder.decode(framed(v2, withSource, { ...anIncident, source: 'cctv' }));
    await expect(decoder.decode(framed(v1, incidentSchema, anIncident))).resolves.toMatchObject({ schemaId: v1, value: { source: 'unknown' } });
  });

  it('reads ids it read before through a latest version registered since, when the refresh was for a foreign id', async () => {
    const schemas = new InMemorySchemaSource();
    const v1 = schemas.register(subject, incidentSchema);
    const decoder = new ReaderSchemaDecoder(schemas, schemas, subject);
    await decoder.decode(framed(v1, incidentSchema, anIncident));
    schemas.register(subject, withSource);
    const foreign = schemas.register('anonymised-value', otherContract);
    await expect(decoder.decode(framed(foreign, otherContract, anIncident))).rejects.toMatchObject({ code: MessagingErrorCode.SchemaMismatch });
    await expect(decoder.decode(framed(v1, incidentSchema, anIncident))).resolves.toMatchObject({ schemaId: v1, value: { source: 'unknown' } });
  });

  it('asks the registry once for a run of records of the same foreign schema', async () => {
    const schemas = new InMemorySchemaSource();
    schemas.register(subject, incidentSchema);
    const foreign = schemas.register('anonymised-value', otherContract);
    const decoder = new ReaderSchemaDecoder(schemas, schemas, subject);
    for (let i = 0; i < 3; i += 1) await expect(decoder.decode(framed(foreign, otherContract, anIncident))).rejects.toMatchObject({ code: MessagingErrorCode.SchemaMismatch });
    expect(schemas.lookups.filter((l) => l === `versions:${subject}`)).toHaveLength(2);
  });

  it('asks the registry once for ids it knows', async () => {
    const schemas = new InMemorySchemaSource();
    schemas.register(subject, incidentSchema);
    const decoder = new ReaderSchemaDecoder(schemas, schemas, subject);
    for (let i = 0; i < 3; i += 1) await decoder.decode(framed(1, incidentSchema, anIncident));
    expect(schemas.lookups.filter((l) => l.startsWith('versions:'))).toHaveLength(1);
  });

  it('keeps a registry outage retriable instead of calling the record a mismatch', async () => {
    const schemas = new InMemorySchemaSource();
    schemas.register(subject, incidentSchema);
    const outage = new InfrastructureError(MessagingErrorCode.RegistryUnavailable, 'down');
    const decoder = new ReaderSchemaDecoder(schemas, { schemaIdsOf: () => Promise.reject(outage) }, subject);
    await expect(decoder.decode(framed(1, incidentSchema, anIncident))).rejects.toBe(outage);
  });
});
