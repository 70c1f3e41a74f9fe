import { bodyReadAnswer } from './body-read-answer';

describe('bodyReadAnswer', () => {
  it('names the code by status under the context prefix, with one body violation', () => {
    expect(bodyReadAnswer('LABELS', { status: 413, rule: 'size', message: 'Request body exceeds the size limit of 10 bytes', limitBytes: 10 })).toEqual({
      status: 413,
      body: { code: 'LABELS.PAYLOAD_TOO_LARGE', message: 'Request body exceeds the size limit of 10 bytes', violations: [{ field: 'body', rule: 'size', message: 'Request body exceeds the size limit of 10 bytes' }] },
    });
    expect(bodyReadAnswer('SITES', { status: 400, rule: 'content-encoding', message: 'm' }).body.code).toBe('SITES.MALFORMED_REQUEST');
    expect(bodyReadAnswer('LEDGER', { status: 415, rule: 'charset', message: 'm' }).body.code).toBe('LEDGER.UNSUPPORTED_MEDIA_TYPE');
  });
});
