import { detectIdentifiers } from '../detection/detect-identifiers';
import type { TextRange } from '../detection/identifier-kind';
import { mergeHits } from '../detection/merge-hits';
import { findKnownIdentifiers } from './find-known-identifiers';
import type { KnownIdentifier } from './known-identifier';
import type { ScrubKind } from './placeholder';
import { placeholderOf, scrubRankOf } from './placeholder';

/** Bounds on the work of one scrub. */
export interface ScrubOptions {
  /** Characters (UTF-16 units) scanned at most; a longer text is cut to this length first. Default 4096. */
  readonly maxScanLength?: number;
}

/** The default field-length bound: a few milliseconds of detection at worst. */
export const defaultMaxScanLength = 4096;

// Text beyond the bound is never scanned, so it is never returned either: the cut fails closed. A cut
// inside a surrogate pair drops the half character.
function boundedText(text: string, options: ScrubOptions): string {
  const limit = options.maxScanLength ?? defaultMaxScanLength;
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Spans of a text (cut to maxScanLength) to scrub: detected identifiers plus occurrences of the given known values. */
export function scrubSpans(text: string, known: readonly KnownIdentifier[] = [], options: ScrubOptions = {}): Array<TextRange & { kind: ScrubKind }> {
  const bounded = boundedText(text, options);
  return mergeHits<ScrubKind, TextRange & { kind: ScrubKind }>(
    [...detectIdentifiers(bounded), ...findKnownIdentifiers(bounded, known)],
    scrubRankOf,
  );
}

function replaceSpans(text: string, known: readonly KnownIdentifier[], options: ScrubOptions): { readonly text: string; readonly replaced: number } {
  let scrubbed = '';
  let cursor = 0;
  const spans = scrubSpans(text, known, options);
  for (const span of spans) {
    scrubbed += text.slice(cursor, span.start) + placeholderOf[span.kind];
    cursor = span.end;
  }
  return { text: scrubbed + text.slice(cursor), replaced: spans.length };
}

// Replacing a span can expose a cue to its neighbour (`…com通報者X様` becomes `[EMAIL]通報者X様`), so
// scrubbing repeats until a pass finds nothing; placeholders only shrink what is left to find.
const maxPasses = 4;

/** What a text that still held identifiers after every pass becomes: nothing of it is kept. */
export const unscrubbableText = '[REDACTED]';

/**
 * The text (cut to maxScanLength) with every identifier replaced by a typed placeholder (`[PHONE]`,
 * `[PLATE]`…), and every occurrence of the known values too. Repeated until no detector finds anything,
 * so the result holds no hit and scrubbing twice changes nothing.
 */
export function scrubText(text: string, known: readonly KnownIdentifier[] = [], options: ScrubOptions = {}): string {
  let current = boundedText(text, options);
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = replaceSpans(current, known, options);
    if (result.replaced === 0) return current;
    current = result.text;
  }
  return scrubSpans(current, known, options).length === 0 ? current : unscrubbableText;
}
