import { detectIdentifiers } from './detect-identifiers';

const found = (text: string) => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('vehicle plates', () => {
  it.each([
    ['Korean, two digits', '12가3456'],
    ['Korean, three digits', '123가4567'],
    ['Korean, spaced', '12가 3456'],
    ['Korean, regional', '서울12가3456'],
    ['Korean, regional and spaced', '인천 12 바 3456'],
    ['Korean rental', '45하1234'],
    ['Spanish', '1234 BCD'],
    ['Spanish, compact', '1234BCD'],
    ['Spanish, lower case', '1234 bcd'],
    ['Spanish provincial', 'M-1234-AB'],
    ['German, dashed', 'B-AB 1234'],
    ['German, spaced', 'M AB 123'],
    ['German, one letter', 'HH-X 42'],
    ['German, electric', 'HH-AB 123E'],
    ['German, umlaut district', 'MÜ-AB 12'],
    ['French', 'AB-123-CD'],
    ['French, lower case', 'ab-123-cd'],
    ['Italian', 'AB 123 CD'],
    ['Italian, compact', 'AB123CD'],
    ['Dutch sidecode 1', 'XX-99-99'],
    ['Dutch sidecode 4', 'AB-12-CD'],
    ['Dutch sidecode 5', 'AB-CD-12'],
    ['Dutch sidecode 7', '12-ABC-3'],
    ['Dutch sidecode 8', '1-ABC-23'],
    ['Dutch sidecode 9', 'AB-123-C'],
    ['Dutch sidecode 10', 'A-123-BC'],
    ['Dutch sidecode 11', 'ABC-12-D'],
    ['Belgian', '1-ABC-123'],
    ['Japanese, dashed', '品川 300 あ 12-34'],
    ['Japanese, compact', 'なにわ500さ1234'],
    ['Japanese, leading dots', '大阪 330 た ・123'],
    ['Taiwanese', 'ABC-1234'],
    ['Taiwanese, older', '1234-AB'],
    ['Chinese mainland', '粤B12345'],
    ['Chinese mainland, dotted', '京A·12345'],
  ])('finds a %s plate', (_, plate) => {
    expect(found(`plate ${plate} seen`)).toEqual([['plate', plate]]);
  });

  it.each([
    ['a Korean particle', '12가3456차량이', '12가3456'],
    ['a Japanese particle', 'HB-AB 123の車', 'HB-AB 123'],
    ['Hangul after a Taiwanese plate', 'AVD-2545차량이', 'AVD-2545'],
    ['a comma', 'Kennzeichen B-AB 1234, blau', 'B-AB 1234'],
  ])('finds a plate next to %s', (_, text, plate) => {
    expect(found(text)).toEqual([['plate', plate]]);
  });

  it.each([
    ['Korean months and counts', '12월 3456명'],
    ['a Korean week count', '3주 동안'],
    ['a year and a word', '2026 the year'],
    ['an ISO date', '2026-11-21'],
    ['German prose', 'Die Kamera am Bahnhof'],
    ['lower-case German shape', 'm ab 123'],
  ])('leaves %s alone', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
