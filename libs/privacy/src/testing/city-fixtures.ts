import type { CorpusRegion } from './corpus/corpus-identifier';

/** Language of the free text a city's sources write. */
export type FixtureLanguage = 'ko' | 'es' | 'de' | 'ja' | 'zh' | 'en';

/** A city of the mesh as the fixtures see it: a box of coordinates, districts and local formats. */
export interface CityFixture {
  readonly id: string;
  readonly language: FixtureLanguage;
  readonly region: CorpusRegion;
  readonly country: string;
  readonly locality: string;
  readonly centre: { readonly latitude: number; readonly longitude: number };
  /** Half-width of the box around the centre, in degrees; every generated point is inside it. */
  readonly spread: number;
  readonly districts: readonly string[];
  readonly streets: readonly string[];
  readonly postalCode: (serial: number) => string;
}

/** The six cities of the mesh. */
export const cityFixtures: readonly CityFixture[] = [
  {
    id: 'incheon', language: 'ko', region: 'kr', country: 'KR', locality: '인천광역시',
    centre: { latitude: 37.4563, longitude: 126.7052 }, spread: 0.04,
    districts: ['중구', '미추홀구', '연수구', '남동구', '부평구'], streets: ['인하로', '경원대로', '송도과학로'],
    postalCode: (serial) => `2${String(1000 + (serial % 3000)).padStart(4, '0')}`,
  },
  {
    id: 'gwangju', language: 'ko', region: 'kr', country: 'KR', locality: '광주광역시',
    centre: { latitude: 35.1595, longitude: 126.8526 }, spread: 0.04,
    districts: ['동구', '서구', '남구', '북구', '광산구'], streets: ['금남로', '무등로', '상무대로'],
    postalCode: (serial) => `6${String(1000 + (serial % 2999)).padStart(4, '0')}`,
  },
  {
    id: 'barcelona', language: 'es', region: 'es', country: 'ES', locality: 'Barcelona',
    centre: { latitude: 41.3874, longitude: 2.1686 }, spread: 0.03,
    districts: ['Ciutat Vella', 'Eixample', 'Gràcia', 'Sant Martí', 'Sants-Montjuïc'], streets: ['Carrer de Mallorca', 'Avinguda Diagonal', 'Carrer de Provença'],
    postalCode: (serial) => `080${String(1 + (serial % 42)).padStart(2, '0')}`,
  },
  {
    id: 'hamburg', language: 'de', region: 'de', country: 'DE', locality: 'Hamburg',
    centre: { latitude: 53.5511, longitude: 9.9937 }, spread: 0.05,
    districts: ['Hamburg-Mitte', 'Altona', 'Eimsbüttel', 'Wandsbek', 'Harburg'], streets: ['Mönckebergstraße', 'Reeperbahn', 'Osterstraße'],
    postalCode: (serial) => `2${String(serial % 2000).padStart(4, '0')}`,
  },
  {
    id: 'osaka', language: 'ja', region: 'jp', country: 'JP', locality: '大阪市',
    centre: { latitude: 34.6937, longitude: 135.5023 }, spread: 0.04,
    districts: ['北区', '中央区', '浪速区', '天王寺区', '住吉区'], streets: ['御堂筋', '堺筋', '梅田'],
    postalCode: (serial) => `5${String(30 + (serial % 60)).padStart(2, '0')}-${String(serial % 10000).padStart(4, '0')}`,
  },
  {
    id: 'kaohsiung', language: 'zh', region: 'tw', country: 'TW', locality: '高雄市',
    centre: { latitude: 22.6273, longitude: 120.3014 }, spread: 0.04,
    districts: ['苓雅區', '前鎮區', '三民區', '鼓山區', '左營區'], streets: ['中正四路', '博愛二路', '五福一路'],
    postalCode: (serial) => `8${String(serial % 100).padStart(2, '0')}`,
  },
];
