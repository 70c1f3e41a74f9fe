import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches, matchIf } from './find-matches';
import { passesTaiwanIdChecksum } from './tw-id-checksum';

// Resident certificates (居留證): since 2021 an area letter, 8 or 9, eight digits; before, two letters
// (the second A-D) and eight digits. Both carry the national id's checksum.
const residentId = /(?<![A-Za-z0-9])[A-Z](?:[89]|[A-D])\d{8}(?![A-Za-z0-9])/g;

/** Taiwanese resident certificate numbers of foreign residents, only with a valid checksum. */
export const twResidentIdDetector: IdentifierDetector = {
  kind: 'tw-resident-id',
  detect: (text: string): TextRange[] => findMatches(residentId, text, matchIf((match) => passesTaiwanIdChecksum(match[0]))),
};
