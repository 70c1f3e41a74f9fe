/** What the anonymiser does with a privacy-tagged field of RawSafetyEvent. */
export const fieldActionNames = ['drop', 'pseudonymise', 'scrub', 'vocabulary', 'declared', 'timeBucket', 'h3Cell', 'ageBand'] as const;

/** One action of fieldActionNames. */
export type FieldAction = (typeof fieldActionNames)[number];

/** The action for each privacy-tagged field of RawSafetyEvent, by dotted path. */
export interface FieldActions {
  readonly description: 'drop' | 'vocabulary' | 'scrub';
  readonly 'reporter.name': 'pseudonymise' | 'drop';
  readonly 'reporter.phone': 'pseudonymise' | 'drop';
  readonly 'reporter.email': 'pseudonymise' | 'drop';
  readonly vehiclePlates: 'pseudonymise' | 'drop';
  readonly mediaLinks: 'drop';
  readonly deviceId: 'drop';
  readonly occurredAt: 'timeBucket';
  readonly location: 'h3Cell';
  readonly 'address.streetAddress': 'drop';
  readonly 'address.postalCode': 'drop';
  readonly subjectAge: 'ageBand' | 'drop';
  readonly attributes: 'declared' | 'drop';
}

/** Dotted path of a privacy-tagged field, e.g. `reporter.phone`. */
export type FieldPath = keyof FieldActions;
