import { scrubText } from './scrub-text';

describe('scrubText', () => {
  it('replaces each identifier with a typed placeholder', () => {
    expect(
      scrubText('Call 010-1234-5678 or hong@example.com; plate 12가3456, IP 10.0.0.1, MAC 00:1A:2B:3C:4D:5E, card 4111 1111 1111 1111, RRN 900101-1234567, https://example.org/a.jpg at 37.456312, 126.705234'),
    ).toBe('Call [PHONE] or [EMAIL]; plate [PLATE], IP [IP], MAC [MAC], card [CARD], RRN [RRN], [URL] at [GEO]');
  });

  it('keeps the text around identifiers, particles included', () => {
    expect(scrubText('신고자 연락처는 010-1234-5678이고 12가3456차량이 과속')).toBe('신고자 연락처는 [PHONE]이고 [PLATE]차량이 과속');
  });

  it('returns text without identifiers unchanged', () => {
    const text = '3 people were hurt at 15:30 on 2026-11-21.';
    expect(scrubText(text)).toBe(text);
  });

  it('is idempotent: placeholders are never detected', () => {
    const once = scrubText('tel +34 612 345 678, plate 1234 BCD');
    expect(scrubText(once)).toBe(once);
  });
});

describe('scrubText with known identifiers', () => {
  it("removes the reporter's name, and each part of it", () => {
    const known = [{ kind: 'name' as const, value: 'Hans Müller' }];
    expect(scrubText('Anrufer Hans Müller; Herr Müller wartet. Hansi bleibt.', known)).toBe('Anrufer [NAME]; Herr [NAME] wartet. Hansi bleibt.');
  });

  it('removes a Korean name pressed against a particle, and the given name alone', () => {
    expect(scrubText('신고자 김민수가 전화함. 민수씨 재신고', [{ kind: 'name', value: '김민수' }])).toBe('신고자 [NAME]가 전화함. [NAME]씨 재신고');
  });

  it('removes values that no detector knows, such as device serials and street addresses', () => {
    const known = [
      { kind: 'device' as const, value: 'SN-8CFFC979A6' },
      { kind: 'address' as const, value: 'Reeperbahn 12' },
    ];
    expect(scrubText('Gerät sn 8cffc979a6 vor Reeperbahn 12', known)).toBe('Gerät [DEVICE] vor [ADDRESS]');
  });

  it('removes a known value however it was re-typed', () => {
    const known = [
      { kind: 'phone' as const, value: '+82 10 1234 5678' },
      { kind: 'plate' as const, value: '12가 3456' },
    ];
    expect(scrubText('번호 010 1234 5678 / 1012345678, 차량 12가3456', known)).toBe('번호 [PHONE] / [PHONE], 차량 [PLATE]');
  });

  it('ignores empty and one-letter values rather than scrubbing everywhere', () => {
    expect(scrubText('a b c', [{ kind: 'name', value: '' }, { kind: 'name', value: 'a' }])).toBe('a b c');
  });
});
