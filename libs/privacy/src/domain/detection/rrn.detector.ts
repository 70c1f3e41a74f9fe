import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';
import { registrationNumberPattern } from './rrn-shape';

// Citizens: 1-4 (born 1900-2099), 9 and 0 (born 1800s).
const rrn = registrationNumberPattern('1-490');

/** Korean resident registration numbers, with a dash, a dot, a space or nothing after the birth date. */
export const rrnDetector: IdentifierDetector = {
  kind: 'rrn',
  detect: (text: string): TextRange[] => findMatches(rrn, text),
};
