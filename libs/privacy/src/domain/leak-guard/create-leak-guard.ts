import { createPatternAutomaton } from '../detection/aho-corasick';
import type { TextRange } from '../detection/identifier-kind';
import { normaliseText, originalRangeOf } from '../detection/normalise/normalise-text';
import { nationalVariants } from '../scrubbing/national-variants';
import { occurrenceAt, searchableText, searchCoreOf } from '../scrubbing/searchable-text';
import { decodeUtf8 } from './decode-utf8';

/** One identifier found in scanned bytes: its index in the guard's list and where it sits in the decoded text. */
export interface LeakHit extends TextRange {
  readonly identifierIndex: number;
  /** `as-given` covers any case and separators; `national` an international phone written nationally. */
  readonly spelling: 'as-given' | 'national';
}

/** Finds given identifier values in bytes. Hits carry indexes, not values, so a failing test logs no personal data. */
export interface LeakGuard {
  scan(bytes: Uint8Array | string): LeakHit[];
}

interface Needle {
  readonly identifierIndex: number;
  readonly spelling: LeakHit['spelling'];
  readonly value: string;
  readonly core: string | undefined;
}

function exactOccurrences(text: string, value: string): TextRange[] {
  const found: TextRange[] = [];
  for (let at = text.indexOf(value); value !== '' && at >= 0; at = text.indexOf(value, at + 1)) found.push({ start: at, end: at + value.length });
  return found;
}

const needle = (identifierIndex: number, spelling: LeakHit['spelling'], value: string): Needle => ({
  identifierIndex, spelling, value, core: searchCoreOf(value),
});

/**
 * A guard for the given identifiers: finds each in UTF-8 bytes as given, in any case, with any or no
 * separators (digits-only phones, cards and RRNs; plates without spaces), in other digit scripts, and
 * international phone numbers in national form. All values share one automaton, built once.
 */
export function createLeakGuard(identifiers: readonly string[]): LeakGuard {
  const needles = identifiers.flatMap((identifier, index) => {
    const value = normaliseText(identifier).text.trim();
    return [needle(index, 'as-given', value), ...nationalVariants(value).map((variant) => needle(index, 'national', variant))];
  });
  const searched = needles.filter((n) => n.core !== undefined);
  // Values too short for a separator-insensitive search (one letter, three digits) are matched exactly.
  const exact = needles.filter((n) => n.core === undefined);
  const automaton = createPatternAutomaton(searched.map((n) => n.core ?? ''));
  return {
    scan: (bytes) => {
      const decoded = decodeUtf8(bytes);
      const normalised = normaliseText(decoded);
      const text = searchableText(normalised.text);
      const found = automaton.scan(text.reduced).flatMap((hit) => {
        const n = searched[hit.pattern] as Needle;
        const range = occurrenceAt(text, hit.start, n.core ?? '');
        return range === undefined ? [] : [{ identifierIndex: n.identifierIndex, spelling: n.spelling, ...originalRangeOf(normalised, range) }];
      });
      const short = exact.flatMap((n) => exactOccurrences(decoded, n.value).map((range) => ({ identifierIndex: n.identifierIndex, spelling: n.spelling, ...range })));
      return [...found, ...short];
    },
  };
}
