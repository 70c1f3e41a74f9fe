import { scrubAttributes } from './scrub-attributes';

describe('scrubAttributes', () => {
  it('scrubs keys and values and orders keys', () => {
    expect(scrubAttributes({ zeta: 'call 010-1234-5678', alpha: 'ok' }, [])).toEqual({ alpha: 'ok', zeta: 'call [PHONE]' });
    expect(Object.keys(scrubAttributes({ zeta: '1', alpha: '2' }, []))).toEqual(['alpha', 'zeta']);
  });

  it('numbers keys that scrub alike instead of losing one', () => {
    expect(scrubAttributes({ 'tel 010-1234-5678': 'a', 'tel 010-9876-5432': 'b' }, [])).toEqual({ 'tel [PHONE]': 'a', 'tel [PHONE] #2': 'b' });
  });

  it('gives the same result whatever the order of the map', () => {
    const forward = scrubAttributes({ a: '1', 'ip 10.0.0.1': '2', 'ip 10.0.0.2': '3' }, []);
    const backward = scrubAttributes({ 'ip 10.0.0.2': '3', 'ip 10.0.0.1': '2', a: '1' }, []);
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });

  it('scrubs known values', () => {
    expect(scrubAttributes({ note: 'device SN-1234ABCD' }, [{ kind: 'device', value: 'SN-1234ABCD' }])).toEqual({ note: 'device [DEVICE]' });
  });
});
