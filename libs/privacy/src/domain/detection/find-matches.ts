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
 * Ranges matched by a global regex compiled once at module load, as `fit` trims or refuses them. The
 * regex is used in place: its lastIndex is reset before and after, and nothing else runs in between.
 * After a refused match the scan resumes one character later, so a refused candidate cannot hide a real one.
 */
export function findMatches(pattern: RegExp, text: string, fit: MatchFit = wholeMatch): TextRange[] {
  if (!pattern.global) throw new RangeError('findMatches needs a global regex');
  const found: TextRange[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const end = match[0].length > 0 ? fit(match) : undefined;
    if (end !== undefined && end > match.index) {
      found.push({ start: match.index, end });
      pattern.lastIndex = end;
    } else {
      pattern.lastIndex = match.index + 1;
    }
  }
  pattern.lastIndex = 0;
  return found;
}

/** Number of ASCII digits in a string. */
export function digitCount(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) count += 1;
  }
  return count;
}

/** The ASCII digits of a string, in order. */
export function digitsOf(value: string): string {
  let digits = '';
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) digits += value[index];
  }
  return digits;
}

/**
 * Ranges of one capture group of each match of a global regex with the `d` flag, for patterns whose
 * context (a cue word) is matched but not part of the identifier. The scan resumes after the group.
 */
export function findGroups(pattern: RegExp, text: string, accept: (group: string) => boolean = () => true): TextRange[] {
  if (!pattern.global || !pattern.hasIndices) throw new RangeError('findGroups needs a global regex with indices');
  const found: TextRange[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const range = match.indices?.[1];
    const group = match[1];
    if (range !== undefined && group !== undefined && group !== '' && accept(group)) {
      found.push({ start: range[0], end: range[1] });
      pattern.lastIndex = range[1];
    } else {
      pattern.lastIndex = match.index + 1;
    }
  }
  pattern.lastIndex = 0;
  return found;
}
