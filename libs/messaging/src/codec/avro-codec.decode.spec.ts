import { Type } from 'avsc';
import { ContractError, InfrastructureError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { InMemorySchemaSource } from '../spec-support/in-memory-schema-source';
import type { Incident } from '../spec-support/incident-schema';
import { anIncident, incidentSchema } from '../spec-support/incident-schema';
import { AvroCodec } from './avro-codec';
import { frameWireFormat } from './wire-format';

const schemas = new InMemorySchemaSource();
const schemaId = schemas.register('incidents-value', incidentSchema);
const codec = new AvroCodec(schemas);
const body = Type.forSchema(incidentSchema).toBuffer(anIncident);

async function failureOf(value: Buffer | null): Promise<ContractError> {
  const error: unknown = await codec.decode(value).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ContractError);
  return error as ContractError;
}

describe('AvroCodec.decode', () => {
  it('decodes a framed record with its writer schema', async () => {
    const decoded = await codec.decode<Incident>(frameWireFormat(schemaId, body));
    expect(decoded).toEqual({ schemaId, value: expect.objectContaining(anIncident) });
  });

  it('refuses an empty value', async () => {
    expect((await failureOf(null)).code).toBe(MessagingErrorCode.EmptyValue);
  });

  it('refuses a value without the magic byte', async () => {
    expect((await failureOf(Buffer.from(JSON.stringify(anIncident)))).code).toBe(MessagingErrorCode.WrongMagicByte);
  });

  it('refuses a value shorter than the wire header', async () => {
    expect((await failureOf(Buffer.from([0, 0, 0]))).code).toBe(MessagingErrorCode.TruncatedRecord);
  });

  it('refuses a schema id the registry does not know', async () => {
    expect((await failureOf(frameWireFormat(999, body))).code).toBe(MessagingErrorCode.UnknownSchemaId);
  });

  it('refuses a body shorter than the schema needs', async () => {
    const failure = await failureOf(frameWireFormat(schemaId, body.subarray(0, body.length - 3)));
    expect(failure.code).toBe(MessagingErrorCode.TruncatedRecord);
    expect(failure.details).toMatchObject({ schemaId });
  });

  it('refuses a body that does not parse: an enum index out of range', async () => {
    const incidentIdLength = 1 + Buffer.byteLength(anIncident.incidentId);
    const broken = Buffer.from(body);
    broken[incidentIdLength + 1] = 0x0e; // category index 7 of 3 symbols
    expect((await failureOf(frameWireFormat(schemaId, broken))).code).toBe(MessagingErrorCode.MalformedBody);
  });

  it('refuses bytes left over after the record', async () => {
    const failure = await failureOf(frameWireFormat(schemaId, Buffer.concat([body, Buffer.from([1, 2])])));
    expect(failure.code).toBe(MessagingErrorCode.MalformedBody);
    expect(failure.message).toContain('2 bytes left over');
  });

  it('validates after parsing and names the field and rule, never the value', async () => {
    // Written with severity as a long: it parses as an int field but does not fit 32 bits.
    const widened = { ...incidentSchema, fields: incidentSchema.fields.map((f) => (f.name === 'severity' ? { ...f, type: 'long' } : f)) };
    const tooWide = Type.forSchema(widened).toBuffer({ ...anIncident, severity: 2 ** 40 });
    const failure = await failureOf(frameWireFormat(schemaId, tooWide));
    expect(failure.code).toBe(MessagingErrorCode.InvalidValue);
    expect(failure.details).toMatchObject({ field: 'severity', rule: 'int' });
    expect(failure.message).toBe('value breaks its schema: severity must be a valid int (int)');
    expect(failure.message).not.toContain(String(2 ** 40));
  });

  it('passes a registry outage through as retriable', async () => {
    const outage = new InfrastructureError(MessagingErrorCode.RegistryUnavailable, 'down');
    const failing = new AvroCodec({ getLatestSchemaId: () => Promise.reject(outage), getSchema: () => Promise.reject(outage) });
    await expect(failing.decode(frameWireFormat(schemaId, body))).rejects.toBe(outage);
  });
});
