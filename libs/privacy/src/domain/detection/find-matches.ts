import type { TextRange } from './identifier-kind';

/** Decides on a regex match: the end of the identifier it holds (at most the match's end), or undefined to refuse it. */
export type MatchFit = (match: RegExpExecArray) => number | undefined;

/** Keeps every match whole. */
export const wholeMatch: MatchFit = (match) => match.index + match[0].length;

/** Keeps matches the predicate accepts, whole. */
export const matchIf =
  (predicate: (match: RegExpExecArray) => boolean): MatchFit =>
  (match) =>
    predicate(match) ? match.index + match[0].length : undefined;

/**
 * Ranges matched by a global regex, as `fit` trims or refuses them. After a refused match the scan
 * resumes one character later rather than after it, so a refused candidate cannot hide a real one.
 */
export function findMatches(pattern: RegExp, text: string, fit: MatchFit = wholeMatch): TextRange[] {
  const found: TextRange[] = [];
  const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const end = match[0].length > 0 ? fit(match) : undefined;
    if (end !== undefined && end > match.index) {
      found.push({ start: match.index, end });
      regex.lastIndex = end;
    } else {
      regex.lastIndex = match.index + 1;
    }
  }
  return found;
}

/** Number of ASCII digits in a string. */
export function digitCount(value: string): number {
  let count = 0;
  for (const char of value) if (char >= '0' && char <= '9') count += 1;
  return count;
}
