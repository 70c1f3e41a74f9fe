import type { TextRange } from '../detection/identifier-kind';

// Known values are searched however they were re-typed: with any separators or none between their
// characters (`010-1234-5678`, `01012345678`; `12가 3456`, `12가3456`) and in any case. Both sides are
// reduced to lower-case characters without separators, so one automaton finds every value in one pass;
// each reduced character remembers where it came from. A backslash counts as a separator so that
// values escaped in JSON (`O\"Brien`) are still found.
const separators = new Set(Array.from(' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff.-_()/·•:+\\'));
const spacedScript = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const letterOrDigit = /[\p{L}\p{N}]/u;
const digit = /\d/;
const letter = /\p{L}/u;

/** A text reduced for searching, with the original range of each reduced character. */
export interface SearchableText {
  readonly original: string;
  readonly reduced: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Reduces a text: separators removed, letters lower-cased. */
export function searchableText(text: string): SearchableText {
  let reduced = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const end = index + char.length;
    if (!separators.has(char)) {
      const lower = char.toLowerCase();
      reduced += lower;
      for (let unit = 0; unit < lower.length; unit++) {
        starts.push(index);
        ends.push(end);
      }
    }
    index = end;
  }
  return { original: text, reduced, starts, ends };
}

/** The reduced form of a value, or undefined when it is too short to search (under 2 letters or 4 digits). */
export function searchCoreOf(value: string): string | undefined {
  const core = searchableText(value).reduced;
  const length = Array.from(core).length;
  return length >= (letter.test(core) ? 2 : 4) ? core : undefined;
}

// A value found inside a longer number, or a Latin word inside a longer word, is another value.
function boundaryBreaks(edge: string | undefined, neighbour: string | undefined): boolean {
  if (edge === undefined || neighbour === undefined) return false;
  if (digit.test(edge)) return digit.test(neighbour);
  return spacedScript.test(edge) && letterOrDigit.test(neighbour);
}

/** The original range of a core found at `at` in the reduced text, unless it sits inside a longer word or number. */
export function occurrenceAt(text: SearchableText, at: number, core: string): TextRange | undefined {
  const start = text.starts[at] ?? 0;
  const end = text.ends[at + core.length - 1] ?? start;
  const before = Array.from(text.original.slice(Math.max(0, start - 2), start)).pop();
  const after = Array.from(text.original.slice(end, end + 2))[0];
  const first = String.fromCodePoint(core.codePointAt(0) ?? 0);
  const last = Array.from(core.slice(-2)).pop();
  return boundaryBreaks(first, before) || boundaryBreaks(last, after) ? undefined : { start, end };
}

/** Where a reduced core occurs in a searchable text, as ranges of the original text. */
export function findCore(text: SearchableText, core: string): TextRange[] {
  const found: TextRange[] = [];
  for (let at = text.reduced.indexOf(core); at >= 0; at = text.reduced.indexOf(core, at + 1)) {
    const range = occurrenceAt(text, at, core);
    if (range !== undefined) found.push(range);
  }
  return found;
}
