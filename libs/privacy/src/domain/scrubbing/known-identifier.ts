import type { ScrubKind } from './placeholder';

/** A value the event itself marks as identifying (reporter phone, plate, device id…) to hunt for in its free text. */
export interface KnownIdentifier {
  readonly kind: ScrubKind;
  readonly value: string;
}
