import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

const digitRun = /(?<!\d)\d+(?:[ .-]\d+)*(?!\d)/g;
const digitGroup = /\d+/g;

interface DigitGroup {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
}

function groupsOf(text: string, run: TextRange): DigitGroup[] {
  return findMatches(digitGroup, text.slice(run.start, run.end)).map((group) => ({
    start: run.start + group.start,
    end: run.start + group.end,
    digits: text.slice(run.start + group.start, run.start + group.end),
  }));
}

// Luhn sums of a growing prefix, kept for both parities: the rightmost digit is never doubled, so which
// of the two applies depends only on the prefix's final length. O(1) per digit added.
interface LuhnSums {
  doubledEven: number;
  doubledOdd: number;
  length: number;
}

function extend(sums: LuhnSums, digits: string): void {
  for (let index = 0; index < digits.length; index++) {
    const digit = digits.charCodeAt(index) - 48;
    const doubled = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    const even = sums.length % 2 === 0;
    sums.doubledEven += even ? doubled : digit;
    sums.doubledOdd += even ? digit : doubled;
    sums.length += 1;
  }
}

const passes = (sums: LuhnSums): boolean => ((sums.length % 2 === 0 ? sums.doubledEven : sums.doubledOdd) % 10) === 0;

// A card can sit inside a longer run ("ref 12 4111 1111 1111 1111"), so every run of whole groups with
// 13 to 19 digits is tried from every group; the longest that passes Luhn from each start is kept (the
// merge covers the shorter ones), so no part of a card survives a lucky neighbour. At most 19 groups
// are joined from each group, so the work stays linear in the run's length.
function cardsIn(groups: readonly DigitGroup[]): TextRange[] {
  const found: TextRange[] = [];
  groups.forEach((first, from) => {
    const sums: LuhnSums = { doubledEven: 0, doubledOdd: 0, length: 0 };
    let end: number | undefined;
    for (let to = from; to < groups.length && sums.length <= 19; to++) {
      const group = groups[to] as DigitGroup;
      extend(sums, group.digits);
      if (sums.length >= 13 && sums.length <= 19 && passes(sums)) end = group.end;
    }
    if (end !== undefined) found.push({ start: first.start, end });
  });
  return found;
}

/** Payment card numbers (13-19 digits, grouped by spaces, dashes or dots, Luhn-valid). */
export const cardDetector: IdentifierDetector = {
  kind: 'card',
  detect: (text: string): TextRange[] =>
    findMatches(digitRun, text)
      .filter((run) => run.end - run.start >= 13)
      .flatMap((run) => cardsIn(groupsOf(text, run))),
};
