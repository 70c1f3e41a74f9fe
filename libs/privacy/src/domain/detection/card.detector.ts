import type { IdentifierDetector, TextRange } from './identifier-kind';
import { passesLuhn } from './luhn';

const digitRun = /(?<!\d)\d+(?:[ .-]\d+)*(?!\d)/g;

interface DigitGroup {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
}

function groupsOf(run: string, offset: number): DigitGroup[] {
  const groups: DigitGroup[] = [];
  for (const match of run.matchAll(/\d+/g)) {
    groups.push({ start: offset + match.index, end: offset + match.index + match[0].length, digits: match[0] });
  }
  return groups;
}

// A card can sit inside a longer run ("ref 12 4111 1111 1111 1111"), so every run of whole groups with
// 13 to 19 digits is tried; all that pass Luhn are kept, so no part of a card survives a lucky neighbour.
function cardsIn(groups: readonly DigitGroup[]): TextRange[] {
  const found: TextRange[] = [];
  groups.forEach((first, from) => {
    let digits = '';
    for (let to = from; to < groups.length && digits.length <= 19; to++) {
      const group = groups[to] as DigitGroup;
      digits += group.digits;
      if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) found.push({ start: first.start, end: group.end });
    }
  });
  return found;
}

/** Payment card numbers (13-19 digits, grouped by spaces, dashes or dots, Luhn-valid); also catches IMEIs. */
export const cardDetector: IdentifierDetector = {
  kind: 'card',
  detect: (text: string): TextRange[] =>
    [...text.matchAll(digitRun)].flatMap((run) => cardsIn(groupsOf(run[0], run.index))),
};
