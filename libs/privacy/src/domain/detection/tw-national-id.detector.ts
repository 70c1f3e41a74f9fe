import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches, matchIf } from './find-matches';
import { passesTaiwanIdChecksum } from './tw-id-checksum';

// An area letter, 1 (male) or 2 (female), eight digits with the check digit last.
const nationalId = /(?<![A-Za-z0-9])[A-Z][12]\d{8}(?![A-Za-z0-9])/g;

/** Taiwanese national identity numbers, only with a valid checksum. */
export const twNationalIdDetector: IdentifierDetector = {
  kind: 'tw-national-id',
  detect: (text: string): TextRange[] => findMatches(nationalId, text, matchIf((match) => passesTaiwanIdChecksum(match[0]))),
};
