import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

// YYMMDD, then the 7th digit (sex and century; 5-8 for foreign residents), then six digits, or six
// mask characters as printed on receipts: the visible birth date and sex digit are still quasi-identifying.
// No checksum test: numbers issued since October 2020 carry none.
const rrn =
  /(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\s?-\s?|\s)?\d(?:\d{6}|[*xX●]{6})(?![\d*])/g;

/** Korean resident (and foreign resident) registration numbers, with or without the dash. */
export const rrnDetector: IdentifierDetector = {
  kind: 'rrn',
  detect: (text: string): TextRange[] => findMatches(rrn, text),
};
