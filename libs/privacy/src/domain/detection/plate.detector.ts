import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';
import { platePatterns } from './plate-patterns';

/** Vehicle licence plates: Korean, Japanese, Chinese, Taiwanese and European formats. */
export const plateDetector: IdentifierDetector = {
  kind: 'plate',
  detect: (text: string): TextRange[] => platePatterns.flatMap((pattern) => findMatches(pattern, text)),
};
