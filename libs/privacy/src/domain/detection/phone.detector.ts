import type { IdentifierDetector, TextRange } from './identifier-kind';
import type { MatchFit } from './find-matches';
import { digitCount, findMatches, matchIf } from './find-matches';

// Between groups: a space, or a dot or dash with optional spaces around it (`010 - 1234 - 5678`).
const sep = String.raw`(?:\s?[.\-]\s?|\s)?`;

// International: + or 00, a country code, then groups; the last group has two digits or more so that
// a count written after the number ("… 5678 3 people") is not swallowed.
const international = new RegExp(
  String.raw`(?<![\w+])(?:\+|00)[1-9]\d{0,3}\)?(?:${sep}(?:\(0\)|\(\d{1,4}\)|\d{1,5})){0,5}${sep}\d{2,5}(?!\d)`,
  'g',
);
// National with trunk 0 (Korea, Japan, Taiwan, Germany): 010-1234-5678, 02-123-4567, 0912-345-678.
const nationalThreeGroups = new RegExp(String.raw`(?<![\d+])0\d{1,4}${sep}\d{2,4}${sep}\d{3,4}(?!\d)`, 'g');
// German style, area code then subscriber: 030 12345678, 0151 23456789, 089/1234567.
const nationalTwoGroups = /(?<![\d+])0\d{2,4}[\s/-]\d{4,8}(?!\d)/g;
const parenthesisedArea = new RegExp(String.raw`(?<![\d+])\(0\d{1,4}\)\s?\d{2,4}(?:${sep}\d{3,4})?(?!\d)`, 'g');
// Spain has no trunk prefix: nine digits starting 6-9, grouped 3-3-3, 2-3-2-2 or 3-2-2-2; not part of
// an amount (`1.912 345 678,50`).
const spanish = new RegExp(
  String.raw`(?<![\d+]|\d[.,])[6-9](?:\d{2}${sep}\d{3}${sep}\d{3}|\d${sep}\d{3}${sep}\d{2}${sep}\d{2}|\d{2}${sep}\d{2}${sep}\d{2}${sep}\d{2})(?!\d|[.,]\d)`,
  'g',
);
// Chinese mainland mobile numbers, which appear in Chinese-language reports.
const chineseMobile = /(?<![\d+])1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;

const withDigits = (min: number, max: number): MatchFit =>
  matchIf((match) => {
    const count = digitCount(match[0]);
    return count >= min && count <= max;
  });

const significantDigits = (text: string): number =>
  digitCount(text) - (text.startsWith('00') ? 2 : 0) - (text.includes('(0)') ? 1 : 0);

// E.164 allows 15 digits at most and numbers end in a group of two digits or more. Groups typed after
// the number ("… 5678 3 2026") are dropped from the end until it fits, rather than losing the whole number.
const fitsE164 = (text: string): boolean => significantDigits(text) <= 15 && /\d{2}$/.test(text);

const internationalNumber: MatchFit = (match) => {
  let text = match[0];
  while (!fitsE164(text)) {
    const shorter = text.replace(/\s?[.-]?\s?\d+$/, '');
    if (shorter === text) return undefined;
    text = shorter;
  }
  return significantDigits(text) >= 8 ? match.index + text.length : undefined;
};

/** Phone numbers: E.164 international, and national formats of Korea, Japan, Taiwan, Germany, Spain, China. */
export const phoneDetector: IdentifierDetector = {
  kind: 'phone',
  detect: (text: string): TextRange[] => [
    ...findMatches(international, text, internationalNumber),
    ...findMatches(nationalThreeGroups, text, withDigits(9, 12)),
    ...findMatches(nationalTwoGroups, text, withDigits(9, 12)),
    ...findMatches(parenthesisedArea, text, withDigits(8, 12)),
    ...findMatches(spanish, text),
    ...findMatches(chineseMobile, text),
  ],
};
