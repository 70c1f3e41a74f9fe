import { decodeUtf8 } from './decode-utf8';

describe('decodeUtf8', () => {
  it('decodes bytes and passes strings through', () => {
    expect(decodeUtf8(Buffer.from('인천 Barcelona', 'utf8'))).toBe('인천 Barcelona');
    expect(decodeUtf8('as is')).toBe('as is');
  });

  it('replaces invalid bytes without swallowing the text after them', () => {
    expect(decodeUtf8(new Uint8Array([0xe0, 0x30, 0x31, 0xff, 0x41]))).toBe('\uFFFD01\uFFFDA');
  });
});
