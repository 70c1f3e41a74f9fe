import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';
import { passportCue } from './passport-cue';

// Two letters and seven digits (TK1234567).
const japanese = new RegExp(String.raw`(?:${passportCue})?(?<![A-Za-z0-9])[A-Z]{2}\d{7}(?![A-Za-z0-9])`, 'giu');

/** Japanese passport numbers. */
export const passportJpDetector: IdentifierDetector = {
  kind: 'passport-jp',
  detect: (text: string): TextRange[] => findMatches(japanese, text),
};
