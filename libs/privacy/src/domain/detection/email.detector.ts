import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

const local = String.raw`[\p{L}\p{N}._%+'\-]+`;
// `name [at] host [dot] com` is how people dodge harvesters; it identifies just as well.
const at = String.raw`(?:\s?@\s?|\s?[\[(]\s?at\s?[\])]\s?)`;
const dot = String.raw`(?:\.|\s?[\[(]\s?dot\s?[\])]\s?)`;
const label = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?`;
// An ASCII top-level domain ends the address even when a Korean or Japanese particle follows it directly.
const topLevel = String.raw`(?:xn--[A-Za-z0-9\-]{2,59}|[A-Za-z]{2,24}|\p{L}{2,24})`;
// The local part starts where a run of its characters starts, so text without an @ is scanned once.
const email = new RegExp(`(?<![\\p{L}\\p{N}._%+'\\-])${local}${at}(?:${label}${dot})+${topLevel}`, 'giu');

/** E-mail addresses, including internationalised ones and `[at]`/`[dot]` spellings. */
export const emailDetector: IdentifierDetector = {
  kind: 'email',
  detect: (text: string): TextRange[] => findMatches(email, text),
};
