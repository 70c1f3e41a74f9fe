import type { Type } from 'avsc';
import { MAGIC_BYTE, WIRE_HEADER_LENGTH } from './wire-format';

// One scratch buffer for every encode: the value is written once, after room for the header, and copied
// once into a buffer of its exact size. Encoding is synchronous, so no two encodes share it at a time.
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * A value Avro-encoded in the Confluent wire format (magic byte, schema id, body) in one buffer of its own.
 * The value must already be valid for `type`. The scratch buffer grows to the largest record seen.
 */
export function encodeFramed(type: Type, schemaId: number, value: unknown): Buffer {
  let end = type.encode(value, scratch, WIRE_HEADER_LENGTH);
  if (end < 0) {
    // avsc returns minus the missing bytes when the buffer is too small; nothing usable was written.
    scratch = Buffer.allocUnsafe(Math.max(2 * scratch.length, scratch.length - end));
    end = type.encode(value, scratch, WIRE_HEADER_LENGTH);
  }
  const framed = Buffer.allocUnsafe(end);
  scratch.copy(framed, WIRE_HEADER_LENGTH, WIRE_HEADER_LENGTH, end);
  framed.writeUInt8(MAGIC_BYTE, 0);
  framed.writeInt32BE(schemaId, 1);
  return framed;
}
