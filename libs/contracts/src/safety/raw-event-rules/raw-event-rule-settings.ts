import type { AlertCategory } from '../../generated/safety-events/alert-category.avro';
import type { StringLengthLimits } from './string-length-limits';

/** Thirty days: an event reported later than that after it happened is a replay or a broken clock. */
export const defaultMaxReportDelayMs = 30 * 24 * 3_600_000;

/** Oldest and largest plausible age of a person in years. */
export const maxSubjectAge = 150;

/** What a raw event is checked against; the caller supplies `now`, so the rules never read a clock. */
export interface RawEventRuleSettings {
  /** City id of this node: an event for another city is refused. */
  readonly city: string;
  /** The node's clock, epoch millis. */
  readonly now: number;
  /** How far ahead of the node's clock a source's clock may run before its timestamps are refused. */
  readonly maxClockSkewMs: number;
  /** How long before `reportedAt` an event may have occurred (default defaultMaxReportDelayMs). */
  readonly maxReportDelayMs?: number;
  /** FIWARE Alert sub-categories per category (default alertSubCategories). */
  readonly subCategories?: Readonly<Record<AlertCategory, readonly string[]>>;
  /** String length limits declared by the schema (stringLengthLimitsOf); none checked when absent. */
  readonly lengthLimits?: StringLengthLimits;
}
