import { luhnCheckDigit } from '../../domain/detection/luhn';
import type { SeededRandom } from '../seeded-random';
import type { CorpusFormat } from './corpus-identifier';
import { withLanguages } from './format-languages';

// ISO 13616: the check digits make the rearranged number's remainder mod 97 equal 1.
function iban(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}
const spaced = (value: string): string => value.replace(/(.{4})(?=.)/g, '$1 ');

/** IBANs of the mesh's countries and a few neighbours, spaced and compact. */
export const ibanFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'es-spaced', region: 'es', make: (r) => spaced(iban('ES', r.digits(20))) },
  { format: 'de-compact', region: 'de', make: (r) => iban('DE', r.digits(18)) },
  { format: 'de-spaced', region: 'de', make: (r) => spaced(iban('DE', r.digits(18))) },
  { format: 'fr-spaced', region: 'fr', make: (r) => spaced(iban('FR', `${r.digits(10)}${r.chars('ABCDEFGHJK', 1)}${r.digits(12)}`)) },
  { format: 'nl-compact', region: 'nl', make: (r) => iban('NL', `${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 4)}${r.digits(10)}`) },
]);

const vinLetters = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Vehicle identification numbers. */
export const vinFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'wmi-serial', region: 'intl', make: (r: SeededRandom) => `${r.pick(['WVW', 'KMH', 'JTD', 'WBA', 'VSS', 'RFB'])}${r.chars(vinLetters, 3)}${r.digits(2)}${r.chars(vinLetters, 2)}${r.digits(6)}${r.chars(vinLetters, 1)}` },
]);

const imeiDigits = (r: SeededRandom): string => {
  const payload = `35${r.digits(12)}`;
  return `${payload}${luhnCheckDigit(payload)}`;
};

/** IMEIs written after their cue. */
export const imeiFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'cued-plain', region: 'intl', make: (r) => `IMEI ${imeiDigits(r)}` },
  { format: 'cued-dashed', region: 'intl', make: (r) => `IMEI: ${imeiDigits(r).replace(/(\d{2})(\d{6})(\d{6})(\d)/, '$1-$2-$3-$4')}` },
]);
