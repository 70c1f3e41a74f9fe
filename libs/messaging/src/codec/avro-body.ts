import type { Resolver, Type } from 'avsc';
import { ContractError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';

/**
 * Reads an Avro body with its writer schema, or with a reader schema and the resolver from the writer's. Only parsing happens here; whether the value keeps the
 * schema's rules is a separate step, so the two failures get different codes.
 */
export function decodeAvroBody(type: Type, body: Buffer, schemaId: number, resolver?: Resolver): unknown {
  let decoded: { value: unknown; offset: number };
  try {
    decoded = type.decode(body, 0, resolver);
  } catch (cause) {
    // avsc throws on a bad union branch, enum index or unsafe long; its message may quote data, so it stays in `cause`.
    throw new ContractError(MessagingErrorCode.MalformedBody, `body does not parse against schema ${schemaId}`, {
      cause,
      details: { rule: 'avro-parse', schemaId },
    });
  }
  if (decoded.offset < 0) {
    throw new ContractError(MessagingErrorCode.TruncatedRecord, `body of ${body.length} bytes is shorter than schema ${schemaId} needs`, {
      details: { rule: 'avro-length', schemaId, length: body.length },
    });
  }
  if (decoded.offset !== body.length) {
    throw new ContractError(MessagingErrorCode.MalformedBody, `${body.length - decoded.offset} bytes left over after reading schema ${schemaId}`, {
      details: { rule: 'avro-trailing-bytes', schemaId },
    });
  }
  return decoded.value;
}
