import type { IdentifierHit, IdentifierKind } from './identifier-kind';
import { identifierKinds } from './identifier-kind';
import { identifierRegistry } from './identifier-registry';
import { mergeHits } from './merge-hits';
import { normaliseText, originalRangeOf } from './normalise/normalise-text';

/** Lower ranks first: the registry's priority, highest first. */
export const detectionRankOf = (kind: IdentifierKind): number => -identifierRegistry[kind].priority;

/**
 * Identifiers in a text: sorted, non-overlapping hits with UTF-16 offsets into the text as given. The
 * detectors read a normalised copy (NFKC, no format characters, ASCII digits, collapsed separators);
 * each hit is mapped back to the original characters it came from.
 */
export function detectIdentifiers(text: string): IdentifierHit[] {
  const normalised = normaliseText(text);
  const hits = identifierKinds.flatMap((kind) =>
    identifierRegistry[kind].detector
      .detect(normalised.text)
      .map((range) => ({ kind, ...originalRangeOf(normalised, range) })),
  );
  return mergeHits(hits, detectionRankOf);
}
