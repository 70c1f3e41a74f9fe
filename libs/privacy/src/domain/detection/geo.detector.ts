import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches, matchIf } from './find-matches';

// Four decimals is about eleven metres: a doorstep. Coarser pairs are left alone.
const pair =
  /(?<![\d.])([-+]?\d{1,2}\.\d{4,})°?(?:\s?[NSns])?\s*,\s*([-+]?\d{1,3}\.\d{4,})°?(?:\s?[EWew])?(?!\d)/g;

const inRange = matchIf((match) => Math.abs(Number(match[1])) <= 90 && Math.abs(Number(match[2])) <= 180);

/** Decimal latitude/longitude pairs precise to four decimals or more. */
export const geoDetector: IdentifierDetector = {
  kind: 'geo',
  detect: (text: string): TextRange[] => findMatches(pair, text, inRange),
};
