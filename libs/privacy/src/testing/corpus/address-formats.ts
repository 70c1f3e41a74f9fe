import type { CorpusFormat } from './corpus-identifier';
import { withLanguages } from './format-languages';

const krRoads = ['인하로', '경인로', '송도과학로', '센트럴로', '무등로', '금남로', '상무대로', '인주대로'];
const krDistricts = ['인천광역시 연수구', '인천광역시 남동구', '광주광역시 서구', '광주광역시 북구'];
const krDongs = ['송도동', '구월동', '치평동', '용봉동', '만수동'];

/** Korean road-name and lot-number addresses. */
export const addressKrFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'road', region: 'kr', make: (r) => `${r.pick(krRoads)} ${r.int(1, 399)}` },
  { format: 'road-with-district', region: 'kr', make: (r) => `${r.pick(krDistricts)} ${r.pick(krRoads)} ${r.int(1, 399)}` },
  { format: 'road-branch', region: 'kr', make: (r) => `${r.pick(krRoads)}${r.int(10, 300)}번길 ${r.int(1, 99)}` },
  { format: 'road-dashed', region: 'kr', make: (r) => `${r.pick(['중앙길', '시장길', '학동길'])} ${r.int(1, 99)}-${r.int(1, 9)}` },
  { format: 'lot', region: 'kr', make: (r) => `${r.pick(krDongs)} ${r.int(1, 999)}-${r.int(1, 20)}번지` },
]);

const jpPlaces = ['大阪市北区曽根崎', '大阪市中央区難波', '大阪市浪速区日本橋', '大阪市西区北堀江', '東京都港区六本木'];

/** Japanese 丁目/番地/号 addresses. */
export const addressJpFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'chome-dashed', region: 'jp', make: (r) => `${r.pick(jpPlaces)}${r.int(1, 9)}丁目${r.int(1, 30)}-${r.int(1, 20)}` },
  { format: 'chome-ban-go', region: 'jp', make: (r) => `${r.pick(jpPlaces)}${r.int(1, 9)}丁目${r.int(1, 30)}番${r.int(1, 20)}号` },
  { format: 'banchi', region: 'jp', make: (r) => `${r.pick(['堺市堺区', '豊中市'])}${r.pick(['大浜', '緑'])}${r.int(1, 999)}番地` },
]);

const twRoads = ['自由二路', '博愛一路', '中山路', '民族一路', '成功街', '五福三路'];

/** Taiwanese addresses with road, section, lane, number and floor. */
export const addressTwFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'road-floor', region: 'tw', make: (r) => `高雄市左營區${r.pick(twRoads)}${r.int(1, 500)}號${r.int(2, 20)}樓` },
  { format: 'lane-alley', region: 'tw', make: (r) => `高雄市苓雅區${r.pick(twRoads)}${r.int(1, 300)}巷${r.int(1, 30)}弄${r.int(1, 99)}號` },
  { format: 'section', region: 'tw', make: (r) => `${r.pick(['中正路', '中華路'])}${r.pick(['一', '二', '三'])}段${r.int(1, 400)}號` },
]);

const esStreets = ['Carrer de Mallorca', 'Carrer de Balmes', 'Passeig de Gràcia', 'Avinguda Diagonal', 'Calle Mayor', 'Gran Via de les Corts Catalanes', 'Plaça de Catalunya', 'Rambla de Catalunya', 'Travessera de Gràcia', 'C/ Sardenya', 'Avda. Meridiana'];

/** Spanish and Catalan street addresses with number, floor and door. */
export const addressEsFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'number', region: 'es', make: (r) => `${r.pick(esStreets)} ${r.int(1, 600)}` },
  { format: 'catalan-floor-door', region: 'es', languages: ['ca', 'es', 'en'], make: (r) => `${r.pick(esStreets)} ${r.int(1, 600)}, ${r.int(1, 8)}${r.pick(['r', 'n', 't'])} ${r.int(1, 4)}a` },
  { format: 'spanish-floor-door', region: 'es', languages: ['es', 'ca', 'en'], make: (r) => `${r.pick(esStreets)}, ${r.int(1, 600)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', '1ª', '2ª'])}` },
]);

const deStreets = ['Jungfernstieg', 'Mönckebergstraße', 'Elbchaussee', 'Alsterufer', 'Große Bergstraße', 'Hamburger Allee', 'Rathausmarkt', 'Grindelweg', 'Steindamm', 'Spaldingstraße', 'Spitalerstr.'];

/** German street addresses with house number. */
export const addressDeFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'number', region: 'de', make: (r) => `${r.pick(deStreets)} ${r.int(1, 250)}` },
  { format: 'number-letter', region: 'de', make: (r) => `${r.pick(deStreets)} ${r.int(1, 250)}${r.pick(['a', 'b', 'c'])}` },
  { format: 'number-range', region: 'de', make: (r) => `${r.pick(deStreets)} ${r.int(1, 120)}-${r.int(121, 250)}` },
]);
