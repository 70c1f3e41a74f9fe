import { foldText } from '../detection/fold-text';
import type { TextRange } from '../detection/identifier-kind';
import { nationalVariants } from '../scrubbing/national-variants';
import type { SearchableText } from '../scrubbing/searchable-text';
import { findCore, searchableText, searchCoreOf } from '../scrubbing/searchable-text';
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
  readonly find: (text: SearchableText) => TextRange[];
}

function exactOccurrences(text: string, value: string): TextRange[] {
  const found: TextRange[] = [];
  for (let at = text.indexOf(value); value !== '' && at >= 0; at = text.indexOf(value, at + 1)) found.push({ start: at, end: at + value.length });
  return found;
}

function needle(identifierIndex: number, spelling: LeakHit['spelling'], value: string): Needle {
  const core = searchCoreOf(value);
  // Values too short for a separator-insensitive search (one letter, three digits) are matched exactly.
  const find = core === undefined ? (text: SearchableText) => exactOccurrences(text.original, value) : (text: SearchableText) => findCore(text, core);
  return { identifierIndex, spelling, find };
}

/**
 * A guard for the given identifiers: finds each in UTF-8 bytes as given, in any case, with any or no
 * separators (digits-only phones, cards and RRNs; plates without spaces), and international phone
 * numbers in national form.
 */
export function createLeakGuard(identifiers: readonly string[]): LeakGuard {
  const needles = identifiers.flatMap((identifier, index) => {
    const value = foldText(identifier).trim();
    return [needle(index, 'as-given', value), ...nationalVariants(value).map((variant) => needle(index, 'national', variant))];
  });
  return {
    scan: (bytes) => {
      const text = searchableText(foldText(decodeUtf8(bytes)));
      return needles.flatMap((n) => n.find(text).map((range) => ({ identifierIndex: n.identifierIndex, spelling: n.spelling, ...range })));
    },
  };
}
