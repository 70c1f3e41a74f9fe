import { cardDetector } from './card.detector';
import { emailDetector } from './email.detector';
import { foldText } from './fold-text';
import { geoDetector } from './geo.detector';
import type { IdentifierDetector, IdentifierHit, IdentifierKind } from './identifier-kind';
import { ipDetector } from './ip.detector';
import { macDetector } from './mac.detector';
import { mergeHits } from './merge-hits';
import { phoneDetector } from './phone.detector';
import { plateDetector } from './plate.detector';
import { rrnDetector } from './rrn.detector';
import { urlDetector } from './url.detector';

// Order ranks kinds when two hits start at the same place: a URL holding an e-mail stays a URL.
const detectors: readonly IdentifierDetector[] = [
  urlDetector, emailDetector, rrnDetector, cardDetector, ipDetector, macDetector, geoDetector, phoneDetector, plateDetector,
];
const rankOf = (kind: IdentifierKind): number => detectors.findIndex((detector) => detector.kind === kind);

/** Identifiers in a text: sorted, non-overlapping hits with UTF-16 offsets into the text as given. */
export function detectIdentifiers(text: string): IdentifierHit[] {
  const folded = foldText(text);
  const hits = detectors.flatMap((detector) =>
    detector.detect(folded).map((range) => ({ kind: detector.kind, start: range.start, end: range.end })),
  );
  return mergeHits(hits, rankOf);
}
