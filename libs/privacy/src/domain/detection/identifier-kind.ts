import type { identifierRegistry } from './identifier-registry';

export { identifierKinds } from './identifier-registry';

/** One kind of identifier the detectors find in free text (a key of the identifier registry). */
export type IdentifierKind = keyof typeof identifierRegistry;

/** A half-open range [start, end) of UTF-16 code units in a text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** An identifier found in a text. */
export interface IdentifierHit extends TextRange {
  readonly kind: IdentifierKind;
}

/** One detector: finds the ranges of one kind in a text already normalised by normaliseText. */
export interface IdentifierDetector {
  /** The registry kind it detects (a spec checks the two agree). */
  readonly kind: string;
  detect(normalised: string): readonly TextRange[];
}
