/**
 * Kinds of identifier the detectors find in free text. Beyond the list, `mac` (device network
 * addresses) and `geo` (decimal coordinate pairs) are detected too: both single a person out.
 */
export const identifierKinds = ['rrn', 'phone', 'email', 'plate', 'ip', 'mac', 'card', 'url', 'geo'] as const;

/** One kind of identifierKinds. */
export type IdentifierKind = (typeof identifierKinds)[number];

/** A half-open range [start, end) of UTF-16 code units in a text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** An identifier found in a text. */
export interface IdentifierHit extends TextRange {
  readonly kind: IdentifierKind;
}

/** One detector: finds the ranges of one kind in a text already folded by foldText. */
export interface IdentifierDetector {
  readonly kind: IdentifierKind;
  detect(folded: string): readonly TextRange[];
}
