import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';
import { passportCue } from './passport-cue';

// M (multiple), S (single), R (residence), O (official), D (diplomatic), then eight digits; since 2021
// also three digits, a letter, four digits (M123A4567). Letters and digits are not Hangul, so a particle
// may follow directly (`M58739744입니다`).
const korean = new RegExp(String.raw`(?:${passportCue})?(?<![A-Za-z0-9])[MSROD](?:\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])`, 'giu');

/** Korean passport numbers. */
export const passportKrDetector: IdentifierDetector = {
  kind: 'passport-kr',
  detect: (text: string): TextRange[] => findMatches(korean, text),
};
