import type { IdentifierDetector, TextRange } from './identifier-kind';
import { digitsOf, findMatches, matchIf } from './find-matches';
import { spanishIdLetter } from './spanish-id-letter';

// Eight digits and the control letter (mod 23), with or without a dash or space before it.
const dni = /(?<![\p{L}\p{N}])\d{8}[ -]?[A-Za-z](?![\p{L}\p{N}])/gu;

const letterMatches = matchIf((match) => {
  const value = match[0];
  return spanishIdLetter(digitsOf(value)) === value.slice(-1).toUpperCase();
});

/** Spanish national identity numbers (DNI), only with a valid control letter. */
export const dniDetector: IdentifierDetector = {
  kind: 'dni',
  detect: (text: string): TextRange[] => findMatches(dni, text, letterMatches),
};
