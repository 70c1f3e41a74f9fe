import { detectIdentifiers } from '../detection/detect-identifiers';
import type { TextRange } from '../detection/identifier-kind';
import { mergeHits } from '../detection/merge-hits';
import { findKnownIdentifiers } from './find-known-identifiers';
import type { KnownIdentifier } from './known-identifier';
import type { ScrubKind } from './placeholder';
import { placeholderOf, scrubRankOf } from './placeholder';

/** Spans of a text to scrub: detected identifiers plus occurrences of the given known values. */
export function scrubSpans(text: string, known: readonly KnownIdentifier[] = []): Array<TextRange & { kind: ScrubKind }> {
  return mergeHits<ScrubKind, TextRange & { kind: ScrubKind }>(
    [...detectIdentifiers(text), ...findKnownIdentifiers(text, known)],
    scrubRankOf,
  );
}

/**
 * The text with every identifier replaced by a typed placeholder (`[PHONE]`, `[PLATE]`…), and every
 * occurrence of the known values too. Placeholders are never detected, so scrubbing twice changes nothing.
 */
export function scrubText(text: string, known: readonly KnownIdentifier[] = []): string {
  let scrubbed = '';
  let cursor = 0;
  for (const span of scrubSpans(text, known)) {
    scrubbed += text.slice(cursor, span.start) + placeholderOf[span.kind];
    cursor = span.end;
  }
  return scrubbed + text.slice(cursor);
}
