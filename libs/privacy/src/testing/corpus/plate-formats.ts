import type { CorpusFormat } from './corpus-identifier';
import { withLanguages } from './format-languages';

const koreanSyllables = '가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호';
const koreanRegions = ['서울', '인천', '광주', '경기', '부산'];
const spanishLetters = 'BCDFGHJKLMNPRSTVWXYZ';
const latinLetters = 'ABCDEFGHJKLMNPRSTVWXYZ';
const germanDistricts = ['HH', 'B', 'M', 'HB', 'K', 'S'];
const japaneseRegions = ['大阪', 'なにわ', '和泉', '品川'];
const hiragana = 'あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ';

/** Licence plates of each city's country and of neighbours whose cars cross the border. */
export const plateFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'kr-two-digit', region: 'kr', make: (r) => `${r.int(10, 99)}${r.chars(koreanSyllables, 1)}${r.digits(4)}` },
  { format: 'kr-three-digit', region: 'kr', make: (r) => `${r.int(100, 699)}${r.chars(koreanSyllables, 1)}${r.digits(4)}` },
  { format: 'kr-spaced', region: 'kr', make: (r) => `${r.int(10, 99)}${r.chars(koreanSyllables, 1)} ${r.digits(4)}` },
  { format: 'kr-regional', region: 'kr', make: (r) => `${r.pick(koreanRegions)}${r.int(10, 99)}${r.chars(koreanSyllables, 1)}${r.digits(4)}` },
  { format: 'es-current', region: 'es', make: (r) => `${r.digits(4)} ${r.chars(spanishLetters, 3)}` },
  { format: 'es-current-compact', region: 'es', make: (r) => `${r.digits(4)}${r.chars(spanishLetters, 3)}` },
  { format: 'es-provincial', region: 'es', make: (r) => `${r.pick(['B', 'M', 'GI', 'T'])}-${r.digits(4)}-${r.chars(latinLetters, 2)}` },
  { format: 'de-dashed', region: 'de', make: (r) => `${r.pick(germanDistricts)}-${r.chars(latinLetters, 2)} ${r.int(1, 9999)}` },
  { format: 'de-spaced', region: 'de', make: (r) => `${r.pick(germanDistricts)} ${r.chars(latinLetters, r.int(1, 2))} ${r.int(1, 999)}` },
  { format: 'de-electric', region: 'de', make: (r) => `${r.pick(germanDistricts)}-${r.chars(latinLetters, 2)} ${r.int(1, 999)}E` },
  { format: 'fr-siv', region: 'fr', make: (r) => `${r.chars(latinLetters, 2)}-${r.digits(3)}-${r.chars(latinLetters, 2)}` },
  { format: 'it', region: 'it', make: (r) => `${r.chars(latinLetters, 2)} ${r.digits(3)} ${r.chars(latinLetters, 2)}` },
  { format: 'nl-sidecode-7', region: 'nl', make: (r) => `${r.digits(2)}-${r.chars(latinLetters, 3)}-${r.digits(1)}` },
  { format: 'nl-sidecode-9', region: 'nl', make: (r) => `${r.chars(latinLetters, 2)}-${r.digits(3)}-${r.chars(latinLetters, 1)}` },
  { format: 'nl-sidecode-5', region: 'nl', make: (r) => `${r.chars(latinLetters, 2)}-${r.chars(latinLetters, 2)}-${r.digits(2)}` },
  { format: 'jp-dashed', region: 'jp', make: (r) => `${r.pick(japaneseRegions)} ${r.int(300, 599)} ${r.chars(hiragana, 1)} ${r.int(10, 99)}-${r.digits(2)}` },
  { format: 'jp-compact', region: 'jp', make: (r) => `${r.pick(japaneseRegions)}${r.int(300, 599)}${r.chars(hiragana, 1)}${r.int(1000, 9999)}` },
  { format: 'tw', region: 'tw', make: (r) => `${r.chars(latinLetters, 3)}-${r.digits(4)}` },
  { format: 'tw-old', region: 'tw', make: (r) => `${r.digits(4)}-${r.chars(latinLetters, 2)}` },
  { format: 'cn', region: 'cn', make: (r) => `粤B${r.chars('0123456789ABCDEFGHJK', 5)}` },
]);
