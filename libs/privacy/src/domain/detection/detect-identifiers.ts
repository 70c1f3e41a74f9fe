import type { IdentifierHit, IdentifierKind } from './identifier-kind';
import { identifierKinds } from './identifier-kind';
import { identifierRegistry } from './identifier-registry';
import { mergeHits } from './merge-hits';
import { normaliseText, originalRangeOf } from './normalise/normalise-text';

/** Lower ranks first: the registry's priority, highest first. */
export const detectionRankOf = (kind: IdentifierKind): number => -identifierRegistry[kind].priority;

// The guard searches the same short values over and over (a lane code, a unit, a category the policy
// allows): detection is a pure function of the text, so a short text found clean once is clean again.
// Only clean texts are remembered, so the memo never holds an identifier; it is bounded and cleared when full.
const memoMaxLength = 32;
const memoMaxSize = 4_096;
const cleanShortTexts = new Set<string>();

/**
 * Identifiers in a text: sorted, non-overlapping hits with UTF-16 offsets into the text as given. The
 * detectors read a normalised copy (NFKC, no format characters, ASCII digits, collapsed separators);
 * each hit is mapped back to the original characters it came from.
 */
export function detectIdentifiers(text: string): IdentifierHit[] {
  const short = text.length <= memoMaxLength;
  if (short && cleanShortTexts.has(text)) return [];
  const normalised = normaliseText(text);
  const hits = identifierKinds.flatMap((kind) =>
    identifierRegistry[kind].detector
      .detect(normalised.text)
      .map((range) => ({ kind, ...originalRangeOf(normalised, range) })),
  );
  const merged = mergeHits(hits, detectionRankOf);
  if (short && merged.length === 0) {
    if (cleanShortTexts.size >= memoMaxSize) cleanShortTexts.clear();
    cleanShortTexts.add(text);
  }
  return merged;
}
