import { detectIdentifiers } from './detect-identifiers';

describe('detectIdentifiers', () => {
  it('reports sorted hits with offsets into the text as given', () => {
    const text = '전화 ０１０－１２３４－５６７８, mail hong@example.com';
    const hits = detectIdentifiers(text);
    expect(hits.map((hit) => hit.kind)).toEqual(['phone', 'email']);
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['０１０－１２３４－５６７８', 'hong@example.com']);
  });

  it('reports a link holding an e-mail and a phone number as one URL', () => {
    const text = 'https://example.org/?who=hong@example.com&tel=01012345678 ok';
    expect(detectIdentifiers(text)).toEqual([{ kind: 'url', start: 0, end: text.indexOf(' ok') }]);
  });

  it.each([
    ['English', 'A fire on the 3rd floor; 3 people evacuated at 15:30 on 2026-11-21, 40 km/h wind, 100% smoke.'],
    ['Korean', '2026년 11월 21일 오후 3시 30분, 학교 앞에서 3명이 다쳤고 차량 2대가 파손되었습니다.'],
    ['Spanish', 'Incendio en el 2º piso, 12 personas evacuadas el 21/11/2026 a las 15:30 h.'],
    ['German', 'Um 15:30 Uhr am 21.11.2026 wurden 3 Personen verletzt, Schaden ca. 12.000 Euro.'],
    ['Japanese', '2026年11月21日15時30分、3人が負傷、車2台が破損。'],
    ['Chinese', '2026年11月21日下午3點30分，3人受傷，2輛車受損。'],
    ['version and room numbers', 'Firmware v1.2.3, room 101, gate 12, ISO 8601, 24/7 hotline, 1.5/2 lanes.'],
  ])('finds nothing in ordinary %s text', (_, text) => {
    expect(detectIdentifiers(text)).toEqual([]);
  });

  it('finds the same in a short text asked again, clean or not', () => {
    for (const text of ['2', 'BUS', '010-1234-5678', '2', '010-1234-5678', 'BUS']) {
      expect(detectIdentifiers(text)).toEqual(text === '010-1234-5678' ? [{ kind: 'phone', start: 0, end: 13 }] : []);
    }
  });

  it('finds nothing in an empty text', () => {
    expect(detectIdentifiers('')).toEqual([]);
  });
});
