import type { NormalisedText } from './normalise-text';

const separators = new Set([' ', '\t', '\n', '\r', '\v', '\f', '\u2028', '\u2029', '.', '-', '_', '/', '\u30FC']);
const whitespace = new Set([' ', '\t', '\n', '\r', '\v', '\f', '\u2028', '\u2029']);
const isDigit = (unit: string | undefined): boolean => unit !== undefined && unit >= '0' && unit <= '9';

// A run of separators without spaces between digits is one separator (`010--1234`, `900101_1234567`,
// `010ー1234`): its first dash, slash or underscore (`_` and `ー` read as `-`), else a dot. A run of
// whitespace is one space. A run mixing both keeps its visible separators with single spaces around
// them (`010  -  1234` reads `010 - 1234`), so a dash stuck to one number never glues it to the next
// (`…:90 _ 6212…`, `0- 621…`). Elsewhere only whitespace runs shrink, so sentence punctuation after a
// link or an address (`example.com. Next`) still ends it.
function replacementOf(run: readonly string[], betweenDigits: boolean): string[] {
  const spaced = run.some((unit) => whitespace.has(unit));
  if (!spaced) {
    if (!betweenDigits) return [...run];
    const joiner = run.find((unit) => unit !== '.');
    return [joiner === undefined ? '.' : joiner === '_' || joiner === '\u30FC' ? '-' : joiner];
  }
  if (run.every((unit) => whitespace.has(unit))) return [' '];
  return run.filter((unit, index) => !whitespace.has(unit) || !whitespace.has(run[index - 1] ?? '')).map((unit) => (whitespace.has(unit) ? ' ' : unit));
}

/** Collapses runs of separators (spaces, dots, dashes, underscores, slashes) in a mapped text. */
export function collapseSeparators(units: readonly string[], starts: readonly number[], ends: readonly number[]): NormalisedText {
  let text = '';
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  let at = 0;
  while (at < units.length) {
    const unit = units[at] as string;
    if (!separators.has(unit)) {
      text += unit;
      outStarts.push(starts[at] as number);
      outEnds.push(ends[at] as number);
      at += 1;
      continue;
    }
    let end = at;
    while (end < units.length && separators.has(units[end] as string)) end += 1;
    const run = units.slice(at, end);
    const replacement = replacementOf(run, isDigit(units[at - 1]) && isDigit(units[end]));
    const merged = replacement.length !== run.length;
    replacement.forEach((char, index) => {
      text += char;
      outStarts.push(starts[merged ? at : at + index] as number);
      outEnds.push(ends[merged ? end - 1 : at + index] as number);
    });
    at = end;
  }
  return { text, starts: outStarts, ends: outEnds };
}
