import type { IdentifierDetector, TextRange } from './identifier-kind';
import { digitsOf, findMatches, matchIf } from './find-matches';
import { passesLuhn } from './luhn';

// After an IMEI cue, fifteen digits (Luhn-valid) plain or grouped 2-6-6-1, or sixteen (IMEISV, no check).
const imei = /(?<![\p{L}\p{N}])(?:IMEI(?:SV)?|단말기\s?번호|端末識別番号|序號)\s?(?:[:：#]\s?)?(?:\d{2}[ -]?\d{6}[ -]?\d{6}[ -]?\d{1,2})(?!\d)/giu;

const valid = matchIf((match) => {
  const digits = digitsOf(match[0]);
  return digits.length === 16 || (digits.length === 15 && passesLuhn(digits));
});

/** Device IMEI numbers, in IMEI context (bare fifteen Luhn-valid digits are taken as cards). */
export const imeiDetector: IdentifierDetector = {
  kind: 'imei',
  detect: (text: string): TextRange[] => findMatches(imei, text, valid),
};
