import type { SourceKind } from '../contract/safety-event-enums';

/** Why an attribute was not shared. */
export const attributeDropReasons = ['undeclared', 'not-in-enum', 'not-a-number', 'out-of-range', 'not-a-boolean', 'too-long', 'pattern-mismatch'] as const;

/** One of attributeDropReasons. */
export type AttributeDropReason = (typeof attributeDropReasons)[number];

/** The label every undeclared key is counted under: a key itself may be personal data. */
export const undeclaredAttributeKey = '(undeclared)';

/** How many attributes of one event were dropped for a declared key (or undeclaredAttributeKey) and reason. */
export interface AttributeDrop {
  readonly key: string;
  readonly reason: AttributeDropReason;
  readonly count: number;
}

/** Counts dropped attributes (the metrics port implements it). */
export interface AttributeDropCounter {
  attributesDropped(sourceKind: SourceKind, drops: readonly AttributeDrop[]): void;
}
