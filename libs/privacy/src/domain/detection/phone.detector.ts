import type { IdentifierDetector, TextRange } from './identifier-kind';
import type { MatchFit } from './find-matches';
import { digitCount, findMatches, matchIf } from './find-matches';

// Between groups: a space, or a dot or dash with optional spaces around it (`010 - 1234 - 5678`).
const sep = String.raw`(?:\s?[.\-]\s?|\s)?`;

// International: + or 00, a country code, then digits, parentheses and single separators (the
// normaliser has collapsed runs). A bounded character run, trimmed afterwards, rather than nested
// optional groups, so a long run of digits costs no backtracking.
const international = /(?<![\w+])(?:\+|00)[1-9](?:[\d()]|[ .-](?=[\d(])){6,24}/g;
// A country code without + or 00 (`82 10 1234 5678`), for the countries of the mesh and their visitors.
const bareCountryCode = /(?<![\w+.,])(?:82|81|886|86|49|34|33|44|1)[ .-](?:\(0\) ?)?\d{1,4}(?:[ .-]\d{2,8}){1,5}(?!\d|[.,]\d)/g;
// The same run together (`442071234567`): a country code of the mesh and a national number of 9-11 digits.
const bareCountryCodePlain = /(?<![\w+.,])(?:82|81|886|49|34|33|44)\d{9,11}(?!\d|[.,]\d)/g;
// Japanese style with the exchange in parentheses: 090(1234)5678, 06(1234)5678.
const parenthesisedExchange = /(?<![\d+])0\d{1,4}\(\d{1,4}\)\d{3,4}(?!\d)/g;
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
const endsInTwoDigits = /\d{2}$/;
const fitsE164 = (text: string): boolean => significantDigits(text) <= 15 && endsInTwoDigits.test(text);

const trailingGroup = /[ .\-()]*\d*[ .\-()]*$/;
const trailingNonDigits = /\D+$/;

const internationalNumber: MatchFit = (match) => {
  // A closing parenthesis after the number (`(Tel. +49 40 1234567)`) belongs to the sentence.
  let text = match[0].replace(trailingNonDigits, '');
  while (!fitsE164(text)) {
    const shorter = text.replace(trailingGroup, '');
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
    ...findMatches(parenthesisedExchange, text, withDigits(9, 12)),
    ...findMatches(bareCountryCode, text, withDigits(10, 13)),
    ...findMatches(bareCountryCodePlain, text),
    ...findMatches(spanish, text),
    ...findMatches(chineseMobile, text),
  ],
};
