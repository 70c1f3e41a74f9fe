import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

const local = String.raw`[\p{L}\p{N}._%+'\-]+`;
// `name [at] host [dot] com`, `name(at)host(dot)com` and `name at host dot com` (also arroba/punto, ät/punkt)
// are how people dodge harvesters; they identify just as well.
const at = String.raw`(?:\s?@\s?|\s?[\[(]\s?(?:at|arroba)\s?[\])]\s?)`;
const dot = String.raw`(?:\.|\s?[\[(]\s?(?:dot|punto|punt|punkt)\s?[\])]\s?)`;
const label = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?`;
// An ASCII top-level domain ends the address even when a Korean or Japanese particle follows it directly.
const topLevel = String.raw`(?:xn--[A-Za-z0-9\-]{2,59}|[A-Za-z]{2,24}|\p{L}{2,24})`;
// The local part starts where a run of its characters starts, so text without an @ is scanned once.
const email = new RegExp(`(?<![\\p{L}\\p{N}._%+'\\-])${local}${at}(?:${label}${dot})+${topLevel}`, 'giu');
// Spelled out with bare words, the dot must be spelled too and the domain must end in an ASCII TLD.
const spelledLocal = String.raw`[\p{L}\p{N}._%+\-]+`;
const spelled = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])${spelledLocal} (?:at|arroba|ät) (?:[A-Za-z0-9][A-Za-z0-9.\-]{0,62} (?:dot|punto|punt|punkt) )+[A-Za-z]{2,24}(?![\p{L}\p{N}])`,
  'giu',
);

/** E-mail addresses, including internationalised ones and `[at]`/`(dot)`/`at … dot` spellings. */
export const emailDetector: IdentifierDetector = {
  kind: 'email',
  detect: (text: string): TextRange[] => [...findMatches(email, text), ...findMatches(spelled, text)],
};
