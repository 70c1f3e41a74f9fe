import { detectIdentifiers } from './detect-identifiers';

// Ordinary report sentences in the seven languages, with place names, numbers and common words that
// look like names or addresses: none of them holds an identifier.
const ordinary = [
  'Stau am Central Park, 3 Fahrzeuge beteiligt, Straße gesperrt seit 12 Uhr.',
  'Der Weg 3 ist frei; Platz 2 am Bahnhof ist belegt. Ring 4 geräumt.',
  'Heavy rain near Central Park, 2 lanes closed for 30 minutes; driver of the bus unhurt.',
  'Park Avenue is flooded; the pedestrian crossing at 5th street is closed.',
  '차량이 이동하다 정지선 앞에서 멈춤. 고속도로 3km 지점 정체, 2차선 통제, 오전 10시 30분.',
  '신고자 연락처는 확인 중이며 도로 2차선이 막혔습니다. 날씨가 좋지 않다.',
  '高速道路で事故、3台が関係。運転手さんは無事、皆さん注意してください。',
  '高速道路上有3輛車追撞，民眾請改道，預計10分鐘後恢復。',
  'Corte en la calle por obras durante 3 horas; el conductor huyó. 2 calles más abajo hay desvío.',
  'Tall al carrer per obres; el conductor va fugir. Aparcament ple a la plaça.',
  'Firmware v1.2.3, room 101, gate 12, ISO 8601, 24/7 hotline, 1.5/2 lanes.',
];

describe('detectIdentifiers on ordinary words', () => {
  it.each(ordinary)('finds nothing in: %s', (text) => {
    expect(detectIdentifiers(text).map((hit) => `${hit.kind}:${text.slice(hit.start, hit.end)}`)).toEqual([]);
  });
});
