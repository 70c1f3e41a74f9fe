import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';
import { registrationNumberPattern } from './rrn-shape';

const foreigner = registrationNumberPattern('5-8');

/** Korean foreigner registration numbers: the resident number's shape with a 7th digit of 5 to 8. */
export const foreignerRrnDetector: IdentifierDetector = {
  kind: 'foreigner-rrn',
  detect: (text: string): TextRange[] => findMatches(foreigner, text),
};
