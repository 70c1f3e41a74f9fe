import type { IdentifierDetector, TextRange } from './identifier-kind';
import { digitsOf, findMatches, matchIf } from './find-matches';
import { spanishIdLetter } from './spanish-id-letter';

// X, Y or Z, seven digits, the control letter: X-1234567-L, Y1234567X.
const nie = /(?<![\p{L}\p{N}])[XYZxyz][ -]?\d{7}[ -]?[A-Za-z](?![\p{L}\p{N}])/gu;
const prefixDigit: Readonly<Record<string, string>> = { X: '0', Y: '1', Z: '2' };

const letterMatches = matchIf((match) => {
  const value = match[0].toUpperCase();
  return spanishIdLetter(`${prefixDigit[value[0] ?? ''] ?? ''}${digitsOf(value)}`) === value.slice(-1);
});

/** Spanish foreigner identity numbers (NIE), only with a valid control letter. */
export const nieDetector: IdentifierDetector = {
  kind: 'nie',
  detect: (text: string): TextRange[] => findMatches(nie, text, letterMatches),
};
