import { scanForIdentifiers } from './scan-for-identifiers';

describe('scanForIdentifiers', () => {
  it('runs the detectors over the UTF-8 text of bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0x00, 0x02, 0xfe]), Buffer.from('연락 010-1234-5678, hong@example.com', 'utf8')]);
    expect(scanForIdentifiers(bytes).map((hit) => hit.kind)).toEqual(['phone', 'email']);
  });

  it('accepts a string', () => {
    expect(scanForIdentifiers('plate 12가3456')).toEqual([{ kind: 'plate', start: 6, end: 13 }]);
  });

  it('finds nothing in scrubbed text', () => {
    expect(scanForIdentifiers(Buffer.from('[PHONE] [EMAIL] [PLATE] 3 people'))).toEqual([]);
  });
});
