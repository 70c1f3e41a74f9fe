import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';
import { passportCue } from './passport-cue';

// Nine digits are too plain to stand alone: only after a passport cue.
const taiwanese = new RegExp(String.raw`${passportCue}(?<!\d)\d{9}(?!\d)`, 'giu');

/** Taiwanese passport numbers, in passport context. */
export const passportTwDetector: IdentifierDetector = {
  kind: 'passport-tw',
  detect: (text: string): TextRange[] => findMatches(taiwanese, text),
};
