import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

// A colon after the address ends a clause (`from device 00:1A:2B:3C:4D:5E: signal lost`).

const colonOrDash = /(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f-]|:[0-9A-Fa-f])/g;
const ciscoDots = /(?<![0-9A-Fa-f.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Fa-f.])/g;

/** MAC addresses of personal devices (`00:1A:2B:3C:4D:5E`, `00-1a-…`, `001a.2b3c.4d5e`). */
export const macDetector: IdentifierDetector = {
  kind: 'mac',
  detect: (text: string): TextRange[] => [...findMatches(colonOrDash, text), ...findMatches(ciscoDots, text)],
};
