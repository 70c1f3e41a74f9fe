import { defaultMaxScanLength, scrubSpans, scrubText } from './scrub-text';

describe('scrubText bounds', () => {
  it('cuts a text longer than maxScanLength before detection, so nothing unscanned is returned', () => {
    const text = `${'a'.repeat(20)} 010-1234-5678`;
    expect(scrubText(text, [], { maxScanLength: 10 })).toBe('a'.repeat(10));
    expect(scrubText(text, [], { maxScanLength: 100 })).toBe(`${'a'.repeat(20)} [PHONE]`);
  });

  it('uses a default bound of 4096 characters', () => {
    expect(defaultMaxScanLength).toBe(4096);
    expect(scrubText('x'.repeat(5000))).toHaveLength(4096);
  });

  it('never cuts a surrogate pair in half', () => {
    expect(scrubText(`ab${'𝟎'}`, [], { maxScanLength: 3 })).toBe('ab');
  });

  it('bounds the spans it reports to the cut text', () => {
    const spans = scrubSpans(`010-1234-5678 ${'y'.repeat(30)} 010-9876-5432`, [], { maxScanLength: 20 });
    expect(spans).toEqual([{ kind: 'phone', start: 0, end: 13 }]);
  });

  it('finds many known values in one pass, however they were re-typed', () => {
    const known = Array.from({ length: 200 }, (_, index) => ({ kind: 'device' as const, value: `SN-${String(index).padStart(6, '0')}` }));
    expect(scrubText('devices sn 000007 and SN-000199, not SN-000200', known)).toBe('devices [DEVICE] and [DEVICE], not SN-000200');
  });

  it('finds a known phone written in other digits', () => {
    expect(scrubText('번호 ٠١٠-١٢٣٤-٥٦٧٩', [{ kind: 'phone', value: '010-1234-5679' }])).toBe('번호 [PHONE]');
  });
});
