import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';
import { passportCue } from './passport-cue';

// Three letters and six digits (PAA123456).
const spanish = new RegExp(String.raw`(?:${passportCue})?(?<![A-Za-z0-9])[A-Z]{3}\d{6}(?![A-Za-z0-9])`, 'giu');

/** Spanish passport numbers. */
export const passportEsDetector: IdentifierDetector = {
  kind: 'passport-es',
  detect: (text: string): TextRange[] => findMatches(spanish, text),
};
