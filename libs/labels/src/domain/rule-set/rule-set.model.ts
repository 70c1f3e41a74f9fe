import type { AlertCategory, AlertSeverity } from '@usm/contracts';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** A recurring window of local time, e.g. the morning school run: weekdays 07:30 to 09:00 (to is exclusive). */
export interface TimeBucket {
  readonly name: string;
  readonly days: readonly Weekday[];
  readonly from: string;
  readonly to: string;
}

/** The H3 cells covering one school zone; any resolution, the evaluator compares at the zone's own. */
export interface SchoolZone {
  readonly name: string;
  readonly cells: readonly string[];
}

/** What an event must show for a rule to label it; every condition given must hold, none given matches all. */
export interface RuleConditions {
  readonly category?: AlertCategory;
  readonly subCategories?: readonly string[];
  readonly timeBuckets?: readonly string[];
  /** true: inside one of the rule set's school zones; false: outside all of them. */
  readonly inSchoolZone?: boolean;
  readonly minSeverity?: AlertSeverity;
}

/** One labelling rule: when the conditions hold, the event gets `label` with `confidence`. */
export interface LabelRule {
  readonly id: string;
  readonly label: string;
  readonly confidence: number;
  readonly when: RuleConditions;
}

/** A city's versioned rule set, as written in YAML. */
export interface RuleSet {
  readonly ruleSet: string;
  readonly version: number;
  readonly city: string;
  readonly guidelineVersion: string;
  /** IANA zone the time buckets are read in, e.g. Asia/Seoul, Europe/Madrid. */
  readonly timeZone: string;
  readonly timeBuckets: readonly TimeBucket[];
  readonly schoolZones: readonly SchoolZone[];
  readonly rules: readonly LabelRule[];
}
