import { httpFailureOf } from './labels-http-failure';
import { bodyParserRefusals } from '@usm/testing';

const { tooLarge, corruptGzip } = bodyParserRefusals;

describe('labels answers to bodies it could not read', () => {
  it('answers a body over the limit (e.g. POST /v1/model-labels) with 413 naming the limit, not 500', () => {
    expect(httpFailureOf(tooLarge())).toMatchObject({
      status: 413,
      body: { code: 'LABELS.PAYLOAD_TOO_LARGE', message: 'Request body exceeds the size limit of 102400 bytes', violations: [{ field: 'body', rule: 'size' }] },
    });
  });

  it('answers a body whose Content-Encoding does not decompress with 400, not 500', () => {
    expect(httpFailureOf(corruptGzip())).toMatchObject({ status: 400, body: { code: 'LABELS.MALFORMED_REQUEST', violations: [{ field: 'body', rule: 'content-encoding' }] } });
  });
});
