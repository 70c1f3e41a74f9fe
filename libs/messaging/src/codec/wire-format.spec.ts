import { ContractError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { frameWireFormat, parseWireFormat } from './wire-format';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContractError);
    return (error as ContractError).code;
  }
  return undefined;
}

describe('Confluent wire format', () => {
  it('reads the big-endian schema id and leaves the body untouched', () => {
    const framed = Buffer.from([0, 0x00, 0x01, 0x02, 0x03, 0xaa, 0xbb]);
    const { schemaId, body } = parseWireFormat(framed);
    expect(schemaId).toBe(0x010203);
    expect([...body]).toEqual([0xaa, 0xbb]);
  });

  it('frames a body so that parsing gives it back', () => {
    const framed = frameWireFormat(70_000, Buffer.from('body'));
    expect([...framed.subarray(0, 5)]).toEqual([0, 0, 1, 0x11, 0x70]);
    expect(parseWireFormat(framed)).toEqual({ schemaId: 70_000, body: Buffer.from('body') });
  });

  it('accepts a header with an empty body; the schema decides whether that is enough', () => {
    expect(parseWireFormat(Buffer.from([0, 0, 0, 0, 9])).body).toHaveLength(0);
  });

  it.each([
    ['a null value', null],
    ['an undefined value', undefined],
    ['a zero-length value', Buffer.alloc(0)],
  ])('calls %s empty', (_name, value) => {
    expect(codeOf(() => parseWireFormat(value))).toBe(MessagingErrorCode.EmptyValue);
  });

  it('names the wrong magic byte, even when the value is too short to hold a header', () => {
    expect(codeOf(() => parseWireFormat(Buffer.from('{}')))).toBe(MessagingErrorCode.WrongMagicByte);
    expect(() => parseWireFormat(Buffer.from([1, 0, 0, 0, 1, 2]))).toThrow('first byte is 1, expected magic byte 0');
  });

  it.each([1, 2, 3, 4])('calls a %i-byte value truncated', (length) => {
    expect(codeOf(() => parseWireFormat(Buffer.alloc(length)))).toBe(MessagingErrorCode.TruncatedRecord);
  });

  it('reports contract errors as not retriable', () => {
    expect(() => parseWireFormat(null)).toThrow(expect.objectContaining({ retriable: false }));
  });
});
