import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches, matchIf } from './find-matches';

// Seventeen characters without I, O or Q. Only North American VINs carry a check digit, so the shape
// must hold letters and digits both (at least two letters and three digits), as real VINs do.
const vin = /(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g;

const mixed = matchIf((match) => {
  const letterCount = findLetterCount(match[0]);
  return letterCount >= 2 && 17 - letterCount >= 3;
});

function findLetterCount(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) if ((value[index] ?? '') >= 'A') count += 1;
  return count;
}

/** Vehicle identification numbers (chassis numbers). */
export const vinDetector: IdentifierDetector = {
  kind: 'vin',
  detect: (text: string): TextRange[] => findMatches(vin, text, mixed),
};
