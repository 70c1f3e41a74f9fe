import fc from 'fast-check';
import { canonicalDistrict, districtGazetteers, districtIdsOf } from './canonical-district';
import { placeNameKey } from './place-name-key';

describe('district gazetteers', () => {
  it.each([
    ['incheon', 10], ['gwangju', 5], ['barcelona', 10], ['hamburg', 7], ['osaka', 24], ['kaohsiung', 38],
  ])('lists every district of %s (%i)', (city, count) => {
    expect(districtIdsOf(city)).toHaveLength(count);
    expect(new Set(districtIdsOf(city)).size).toBe(count);
  });

  it('maps every spelling of a city to exactly one district', () => {
    for (const gazetteer of districtGazetteers) {
      const owners = new Map<string, string>();
      for (const district of gazetteer.districts) {
        for (const spelling of district.spellings) {
          const owner = owners.get(placeNameKey(spelling));
          expect([undefined, district.id]).toContain(owner);
          owners.set(placeNameKey(spelling), district.id);
          expect(canonicalDistrict(gazetteer.city, spelling)).toBe(district.id);
        }
      }
    }
  });

  it.each([
    ['incheon', '미추홀구', 'Michuhol-gu'], ['incheon', '남구', 'Michuhol-gu'], ['incheon', 'ganghwa gun', 'Ganghwa-gun'], ['incheon', '연수', 'Yeonsu-gu'],
    ['gwangju', '광산구', 'Gwangsan-gu'], ['gwangju', 'NAM-GU', 'Nam-gu'],
    ['barcelona', 'sants montjuic', 'Sants-Montjuïc'], ['barcelona', "l'Eixample", 'Eixample'], ['barcelona', 'Sarriá-San Gervasio', 'Sarrià-Sant Gervasi'],
    ['hamburg', 'Bezirk Eimsbüttel', 'Eimsbüttel'], ['hamburg', 'HAMBURG–MITTE', 'Hamburg-Mitte'],
    ['osaka', '北区', 'Kita-ku'], ['osaka', 'Chūō-ku', 'Chuo-ku'], ['osaka', 'Tennoji Ward', 'Tennoji-ku'], ['osaka', '天王寺', 'Tennoji-ku'],
    ['kaohsiung', '苓雅區', 'Lingya'], ['kaohsiung', '左营区', 'Zuoying'], ['kaohsiung', 'Namasia District', 'Namasia'], ['kaohsiung', '鳳山', 'Fengshan'],
  ])('reads %s %s as %s', (city, text, id) => {
    expect(canonicalDistrict(city, text)).toBe(id);
  });

  it.each([
    ['incheon', '중구 신포로 27'], ['incheon', '김민수'], ['hamburg', 'Mönckebergstraße 7'], ['osaka', '北区梅田1丁目'], ['barcelona', 'Gràcia'.repeat(20)],
    ['incheon', 'Altona'], ['unknown-city', 'Jung-gu'],
  ])('drops %s %s: not a district of the city', (city, text) => {
    expect(canonicalDistrict(city, text)).toBeNull();
  });

  it('returns only canonical ids of the city, or null, for any text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...districtGazetteers.map((gazetteer) => gazetteer.city)), fc.string({ maxLength: 30 }), (city, text) => {
        const district = canonicalDistrict(city, text);
        expect(district === null || districtIdsOf(city).includes(district)).toBe(true);
      }),
    );
  });
});
