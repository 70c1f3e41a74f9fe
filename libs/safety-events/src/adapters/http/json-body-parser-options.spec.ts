import { httpFailureOf } from './http-failure';
import { ingestJsonBodyParserOptions } from './json-body-parser-options';

type Verify = (request: unknown, response: unknown, body: Buffer, encoding: string) => void;

const verify = ingestJsonBodyParserOptions(2048)['verify'] as Verify;

function refusalOf(body: Buffer, encoding: string): unknown {
  try {
    verify({}, {}, body, encoding);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('ingestJsonBodyParserOptions', () => {
  it('keeps the byte limit', () => {
    expect(ingestJsonBodyParserOptions(2048)).toMatchObject({ limit: 2048 });
  });

  it('passes UTF-8 JSON of any script', () => {
    expect(refusalOf(Buffer.from('{"description":"강도 신고 🚓"}', 'utf8'), 'utf-8')).toBeUndefined();
  });

  it('refuses a body announced as another charset, or with invalid UTF-8 bytes, with 415', () => {
    const utf16 = refusalOf(Buffer.from('{"city":"incheon"}', 'utf16le'), 'utf-16');
    const invalid = refusalOf(Buffer.concat([Buffer.from('{"city":"inch'), Buffer.from([0xc3, 0x28]), Buffer.from('eon"}')]), 'utf-8');
    for (const refusal of [utf16, invalid]) {
      expect(httpFailureOf(refusal)).toEqual({
        status: 415,
        body: { code: 'HTTP.UNSUPPORTED_CHARSET', message: 'Request body must be JSON encoded as UTF-8 (content-type: application/json; charset=utf-8)' },
      });
    }
  });

  it("answers body-parser's own unsupported charset the same way", () => {
    const latin1 = Object.assign(new Error('unsupported charset "LATIN1"'), { status: 415, type: 'charset.unsupported' });
    expect(httpFailureOf(latin1)).toMatchObject({ status: 415, body: { code: 'HTTP.UNSUPPORTED_CHARSET' } });
  });
});
