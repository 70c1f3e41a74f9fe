import type { TextRange } from '../identifier-kind';
import { collapseSeparators } from './collapse-separators';
import { mapCluster } from './map-cluster';

/** A text normalised for detection, with the range of the original text each UTF-16 unit came from. */
export interface NormalisedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

// Combining marks, and the medial vowels and final consonants of decomposed Hangul, join the character before.
const joins = (code: number): boolean =>
  (code >= 0x1160 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff) || isMark(code);
const mark = /\p{M}/u;
const isMark = (code: number): boolean => code >= 0x300 && !stable(code) && mark.test(String.fromCodePoint(code));
const widthOf = (code: number): number => (code > 0xffff ? 2 : 1);
// Hangul syllables, CJK unified ideographs and kana letters are their own NFKC form, hold no digit and
// no format character: they are copied as they are, which keeps Korean, Japanese and Chinese text fast.
const stable = (code: number): boolean =>
  (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa);

/**
 * NFKC per base character and its marks (so NFD text is composed), format characters removed, every
 * decimal digit in ASCII, then runs of separators collapsed (see collapseSeparators). One pass each.
 */
export function normaliseText(original: string): NormalisedText {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  while (at < original.length) {
    const code = original.charCodeAt(at);
    if ((code < 0x80 || stable(code)) && !joins(original.charCodeAt(at + 1))) {
      units.push(original[at] as string);
      starts.push(at);
      ends.push((at += 1));
      continue;
    }
    let end = at + widthOf(original.codePointAt(at) ?? 0);
    while (end < original.length && joins(original.codePointAt(end) ?? 0)) end += widthOf(original.codePointAt(end) ?? 0);
    const mapped = mapCluster(original.slice(at, end));
    for (let unit = 0; unit < mapped.length; unit++) {
      units.push(mapped[unit] as string);
      starts.push(at);
      ends.push(end);
    }
    at = end;
  }
  return collapseSeparators(units, starts, ends);
}

/** The range of the original text that a range of the normalised text came from. */
export function originalRangeOf(normalised: NormalisedText, range: TextRange): TextRange {
  return { start: normalised.starts[range.start] ?? 0, end: normalised.ends[range.end - 1] ?? 0 };
}
