import type { IdentifierDetector, TextRange } from './identifier-kind';
import { digitsOf, findMatches } from './find-matches';
import type { MatchFit } from './find-matches';

// Twelve digits, plain or 4-4-4, the last a check digit (mod 11). Twelve digits starting with 0 are
// more often a German mobile number (0151 23456789): such a value counts only after a My Number cue.
const cue = String.raw`(?:(?:マイナンバー|個人番号|my number)\s?(?:[:：]\s?)?)`;
const myNumber = new RegExp(String.raw`(${cue})?(?<![\d-])(?:\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])`, 'giu');

/** Whether twelve digits end in the My Number check digit. */
export function passesMyNumberCheck(digits: string): boolean {
  if (digits.length !== 12) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += Number(digits[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const remainder = sum % 11;
  return Number(digits[11]) === (remainder <= 1 ? 0 : 11 - remainder);
}

const fit: MatchFit = (match) => {
  const digits = digitsOf(match[0]);
  const cued = match[1] !== undefined;
  return passesMyNumberCheck(digits) && (cued || !digits.startsWith('0')) ? match.index + match[0].length : undefined;
};

/** Japanese individual numbers (My Number), only with a valid check digit. */
export const myNumberDetector: IdentifierDetector = {
  kind: 'my-number',
  detect: (text: string): TextRange[] => findMatches(myNumber, text, fit),
};
