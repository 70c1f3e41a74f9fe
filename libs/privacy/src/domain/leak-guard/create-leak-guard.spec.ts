import { createLeakGuard } from './create-leak-guard';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('createLeakGuard', () => {
  const identifiers = ['+82 10 1234 5678', 'Hong.GilDong@Example.com', '12가 3456', '4111 1111 1111 1111', '900101-1234567', 'B-AB 1234'];
  const guard = createLeakGuard(identifiers);

  it.each([
    ['as given', 'x +82 10 1234 5678 y', 0],
    ['as digits only', '{"phone":"821012345678"}', 0],
    ['in national form', 'call 010-1234-5678', 0],
    ['lower-cased', 'to hong.gildong@example.com', 1],
    ['without spaces', '차량12가3456', 2],
    ['as digits only', 'card=4111111111111111;', 3],
    ['without the dash', 'rrn 9001011234567', 4],
    ['without separators, in lower case', 'plate bab1234', 5],
    ['in full-width digits', '０１０－１２３４－５６７８', 0],
    ['in Arabic-Indic digits', '٠١٠-١٢٣٤-٥٦٧٨', 0],
    ['with zero-width spaces inside', '010\u200B1234\u200B5678', 0],
    ['in NFD Hangul', '12\u1100\u1161 3456', 2],
  ])('finds an identifier written %s', (_, text, identifierIndex) => {
    expect(guard.scan(text)).toContainEqual(expect.objectContaining({ identifierIndex }));
  });

  it('says where a hit is and which spelling matched, never the value', () => {
    const [hit] = guard.scan('a 010 1234 5678');
    expect(hit).toEqual({ identifierIndex: 0, spelling: 'national', start: 2, end: 15 });
  });

  it('scans bytes: a Buffer, a Uint8Array or a string alike', () => {
    const text = 'plate 12가3456';
    const expected = guard.scan(text);
    expect(guard.scan(utf8(text))).toEqual(expected);
    expect(guard.scan(Buffer.from(text, 'utf8'))).toEqual(expected);
    expect(expected).toHaveLength(1);
  });

  it('finds identifiers inside binary records, as in an Avro body', () => {
    const body = Buffer.concat([Buffer.from([0x00, 0x00, 0x00, 0x00, 0x07, 0x1a, 0xe0]), Buffer.from('12가3456', 'utf8'), Buffer.from([0xff, 0x02])]);
    expect(guard.scan(body)).toContainEqual(expect.objectContaining({ identifierIndex: 2 }));
  });

  it('finds a value escaped in JSON', () => {
    expect(createLeakGuard(['Seán "Bud" O\'Neill']).scan(JSON.stringify({ name: 'Seán "Bud" O\'Neill' }))).toHaveLength(1);
  });

  it('finds nothing in clean bytes', () => {
    expect(guard.scan('{"h3Cell":"8830e0a813fffff","ageBand":"30-39","description":"[PHONE] called"}')).toEqual([]);
  });

  it('does not find a number inside a longer number', () => {
    expect(guard.scan('ts 1790101234567800')).toEqual([]);
  });

  it('matches values too short for a loose search exactly', () => {
    const short = createLeakGuard(['X', '42']);
    expect(short.scan('a X b 42')).toHaveLength(2);
    expect(short.scan('a x b 4 2')).toEqual([]);
  });

  it('ignores empty identifiers', () => {
    expect(createLeakGuard(['', '  ']).scan('anything')).toEqual([]);
  });
});
