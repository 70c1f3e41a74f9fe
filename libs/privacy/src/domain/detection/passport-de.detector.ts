import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches, matchIf } from './find-matches';
import { passportCue } from './passport-cue';

// A letter of the issuing alphabet (no vowels but none of B, D, Q, S), then eight letters or digits of
// the same alphabet. Too plain to stand alone: only after a passport cue, with at least one digit.
const alphabet = 'CFGHJKLMNPRTVWXYZ';
const german = new RegExp(String.raw`${passportCue}(?<![A-Za-z0-9])[${alphabet}][${alphabet}0-9]{8}(?![A-Za-z0-9])`, 'giu');
const hasDigit = /\d/;

/** German passport (and identity card) numbers, in passport context. */
export const passportDeDetector: IdentifierDetector = {
  kind: 'passport-de',
  detect: (text: string): TextRange[] => findMatches(german, text, matchIf((match) => hasDigit.test(match[0].slice(-8)))),
};
