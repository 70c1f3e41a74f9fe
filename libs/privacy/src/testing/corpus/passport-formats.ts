import type { CorpusFormat } from './corpus-identifier';
import { withLanguages } from './format-languages';

const upper = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const german = 'CFGHJKLMNPRTVWXYZ';

/** Korean passports: M/S/R/O/D and eight digits, or the 2021 format with a letter inside. */
export const passportKrFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'classic', region: 'kr', make: (r) => `${r.chars('MSROD', 1)}${r.digits(8)}` },
  { format: 'since-2021', region: 'kr', make: (r) => `M${r.digits(3)}${r.chars(upper, 1)}${r.digits(4)}` },
  { format: 'cued', region: 'kr', languages: ['ko'], make: (r) => `여권번호 M${r.digits(8)}` },
]);

/** Japanese passports: two letters and seven digits. */
export const passportJpFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'standard', region: 'jp', make: (r) => `${r.chars('TMR', 1)}${r.chars(upper, 1)}${r.digits(7)}` },
]);

/** Taiwanese passports: nine digits, after a cue. */
export const passportTwFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'cued-zh', region: 'tw', languages: ['zh-Hant'], make: (r) => `護照號碼 ${r.int(3, 3)}${r.digits(8)}` },
  { format: 'cued-en', region: 'tw', languages: ['en'], make: (r) => `passport no. 3${r.digits(8)}` },
]);

/** Spanish passports: three letters and six digits. */
export const passportEsFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'standard', region: 'es', make: (r) => `${r.chars('PX', 1)}${r.chars(upper, 2)}${r.digits(6)}` },
]);

/** German passports: nine characters of the issuing alphabet, after a cue. */
export const passportDeFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'cued-de', region: 'de', languages: ['de'], make: (r) => `Reisepass ${r.chars(german, 1)}${r.chars(german, 3)}${r.digits(2)}${r.chars(german, 1)}${r.digits(2)}` },
  { format: 'cued-en', region: 'de', languages: ['en'], make: (r) => `passport ${r.chars(german, 1)}${r.digits(2)}${r.chars(german, 2)}${r.digits(4)}` },
]);
