import { passesMyNumberCheck } from '../../domain/detection/my-number.detector';
import { spanishIdLetter } from '../../domain/detection/spanish-id-letter';
import { passesTaiwanIdChecksum } from '../../domain/detection/tw-id-checksum';
import type { SeededRandom } from '../seeded-random';
import type { CorpusFormat } from './corpus-identifier';
import { withLanguages } from './format-languages';

const upper = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const pad = (value: number): string => String(value).padStart(2, '0');
const birthDate = (r: SeededRandom): string => `${pad(r.int(0, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 28))}`;

/** The digits completed with the check digit that makes them pass `check` (tried 0 to 9). */
function withCheckDigit(payload: string, check: (value: string) => boolean): string {
  for (let digit = 0; digit <= 9; digit++) if (check(`${payload}${digit}`)) return `${payload}${digit}`;
  throw new RangeError('no check digit fits');
}

/** Korean foreigner registration numbers (7th digit 5-8). */
export const foreignerRrnFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'dashed', region: 'kr', make: (r) => `${birthDate(r)}-${r.int(5, 8)}${r.digits(6)}` },
  { format: 'plain', region: 'kr', make: (r) => `${birthDate(r)}${r.int(5, 8)}${r.digits(6)}` },
]);

/** Korean driver's licence numbers. */
export const driverLicenceKrFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'numeric-region', region: 'kr', make: (r) => `${r.int(11, 28)}-${r.digits(2)}-${r.digits(6)}-${r.digits(2)}` },
  { format: 'named-region', region: 'kr', make: (r) => `${r.pick(['서울', '인천', '경기', '광주'])} ${r.digits(2)}-${r.digits(6)}-${r.digits(2)}` },
]);

/** Spanish DNI numbers with their control letter. */
export const dniFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'plain', region: 'es', make: (r) => { const n = r.digits(8); return `${n}${spanishIdLetter(n)}`; } },
  { format: 'dashed', region: 'es', make: (r) => { const n = r.digits(8); return `${n}-${spanishIdLetter(n)}`; } },
]);

/** Spanish NIE numbers with their control letter. */
export const nieFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'plain', region: 'es', make: (r) => { const p = r.int(0, 2); const n = r.digits(7); return `${'XYZ'[p] ?? 'X'}${n}${spanishIdLetter(`${p}${n}`)}`; } },
  { format: 'dashed', region: 'es', make: (r) => { const p = r.int(0, 2); const n = r.digits(7); return `${'XYZ'[p] ?? 'X'}-${n}-${spanishIdLetter(`${p}${n}`)}`; } },
]);

/** Taiwanese national identity numbers. */
export const twNationalIdFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'standard', region: 'tw', make: (r) => withCheckDigit(`${r.chars(upper, 1)}${r.int(1, 2)}${r.digits(7)}`, passesTaiwanIdChecksum) },
]);

/** Taiwanese resident certificate numbers, new and old style. */
export const twResidentIdFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'since-2021', region: 'tw', make: (r) => withCheckDigit(`${r.chars(upper, 1)}${r.int(8, 9)}${r.digits(7)}`, passesTaiwanIdChecksum) },
  { format: 'old-two-letter', region: 'tw', make: (r) => withCheckDigit(`${r.chars(upper, 1)}${r.chars('ABCD', 1)}${r.digits(7)}`, passesTaiwanIdChecksum) },
]);

/** Japanese My Numbers (bare ones never start with 0: see the detector). */
export const myNumberFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'plain', region: 'jp', make: (r) => withCheckDigit(`${r.int(1, 9)}${r.digits(10)}`, passesMyNumberCheck) },
  { format: 'grouped', region: 'jp', make: (r) => withCheckDigit(`${r.int(1, 9)}${r.digits(10)}`, passesMyNumberCheck).replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3') },
  { format: 'cued', region: 'jp', make: (r) => `マイナンバー ${withCheckDigit(`0${r.digits(10)}`, passesMyNumberCheck)}` },
]);
