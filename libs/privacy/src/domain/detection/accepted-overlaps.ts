import type { IdentifierKind } from './identifier-kind';

/** A pair of kinds whose formats may be claimed by each other's detector whatever the priority, and why. */
export interface AcceptedOverlap {
  /** The kind whose value is claimed. */
  readonly kind: IdentifierKind;
  /** The kind that may claim it. */
  readonly claimedAs: IdentifierKind;
  readonly reason: string;
}

/**
 * The only overlaps the pairwise spec tolerates. Each is scrubbed either way (both kinds are personal
 * identifiers); only the placeholder differs.
 */
export const acceptedOverlaps: readonly AcceptedOverlap[] = [
  {
    kind: 'card',
    claimedAs: 'rrn',
    reason: 'a 13-digit Luhn-valid card whose first six digits form a date and whose seventh is 1-4 is indistinguishable from a resident number written without its dash; the resident number is the likelier in Korean reports',
  },
  {
    kind: 'card',
    claimedAs: 'foreigner-rrn',
    reason: 'as card/rrn, with a seventh digit of 5-8',
  },
];

/** Whether a value of `kind` may be named `claimedAs` by the detectors. */
export const isAcceptedOverlap = (kind: IdentifierKind, claimedAs: IdentifierKind): boolean =>
  acceptedOverlaps.some((overlap) => overlap.kind === kind && overlap.claimedAs === claimedAs);
