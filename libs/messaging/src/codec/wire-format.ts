import { ContractError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';

/** Confluent wire format: magic byte 0, 4-byte big-endian schema id, then the Avro body. */
export const MAGIC_BYTE = 0;
export const WIRE_HEADER_LENGTH = 5;

/** A record value split into its schema id and Avro body; the body is a view, not a copy. */
export interface FramedValue {
  readonly schemaId: number;
  readonly body: Buffer;
}

/** Splits a record value into schema id and body, or says precisely why it is not in the wire format. */
export function parseWireFormat(value: Buffer | null | undefined): FramedValue {
  if (value === null || value === undefined || value.length === 0) {
    throw new ContractError(MessagingErrorCode.EmptyValue, 'record value is empty');
  }
  const magic = value.readUInt8(0);
  if (magic !== MAGIC_BYTE) {
    throw new ContractError(MessagingErrorCode.WrongMagicByte, `first byte is ${magic}, expected magic byte ${MAGIC_BYTE}`, {
      details: { rule: 'magic-byte', magicByte: magic },
    });
  }
  if (value.length < WIRE_HEADER_LENGTH) {
    throw new ContractError(MessagingErrorCode.TruncatedRecord, `record value has ${value.length} bytes, the wire header alone needs ${WIRE_HEADER_LENGTH}`, {
      details: { rule: 'wire-header', length: value.length },
    });
  }
  return { schemaId: value.readInt32BE(1), body: value.subarray(WIRE_HEADER_LENGTH) };
}

/** Prefixes an Avro body with the magic byte and schema id. */
export function frameWireFormat(schemaId: number, body: Buffer): Buffer {
  const header = Buffer.alloc(WIRE_HEADER_LENGTH);
  header.writeUInt8(MAGIC_BYTE, 0);
  header.writeInt32BE(schemaId, 1);
  return Buffer.concat([header, body]);
}
