import type { FieldActions, FieldPath } from './field-actions';

/** Which actions a field accepts, why, its default (quasi fields only) and the most protective choice. */
export interface FieldRule<A extends string> {
  readonly allowed: readonly A[];
  readonly reason: string;
  readonly default?: A;
  readonly safest: A;
}

const contact = (what: string): FieldRule<'pseudonymise' | 'drop'> => ({
  allowed: ['pseudonymise', 'drop'],
  reason: `${what} is kept only as a keyed pseudonym, or not at all`,
  safest: 'drop',
});

/**
 * The anonymiser's rule per field. Direct fields have no default: a policy must choose for each, so a
 * field newly tagged `direct` in the schema cannot slip through on a default nobody chose.
 */
export const fieldRules: { readonly [P in FieldPath]: FieldRule<FieldActions[P]> } = {
  description: {
    allowed: ['drop', 'vocabulary', 'scrub'],
    reason: 'free text is dropped, reduced to the domain vocabulary or scrubbed (languages in freeText)',
    safest: 'drop',
  },
  'reporter.name': contact('the reporter'),
  'reporter.phone': contact('the reporter'),
  'reporter.email': contact('the reporter'),
  vehiclePlates: contact('a plate'),
  mediaLinks: { allowed: ['drop'], reason: 'media links are always removed: they show people and plates', safest: 'drop' },
  deviceId: { allowed: ['drop'], reason: 'the anonymised schema has no place for a device', safest: 'drop' },
  occurredAt: { allowed: ['timeBucket'], reason: 'time is kept as a bucket start', default: 'timeBucket', safest: 'timeBucket' },
  location: { allowed: ['h3Cell'], reason: 'location is kept as an H3 cell', default: 'h3Cell', safest: 'h3Cell' },
  'address.streetAddress': { allowed: ['drop'], reason: 'an address is kept to its district only', default: 'drop', safest: 'drop' },
  'address.postalCode': { allowed: ['drop'], reason: 'an address is kept to its district only', default: 'drop', safest: 'drop' },
  subjectAge: { allowed: ['ageBand', 'drop'], reason: 'age is kept as a band, or not at all', default: 'ageBand', safest: 'drop' },
  attributes: {
    allowed: ['declared', 'drop'],
    reason: 'only attributes the policy declares per source kind, with values of their declared type, are kept',
    default: 'declared',
    safest: 'drop',
  },
};

/** Whether a dotted path is a field the anonymiser has a rule for. */
export const isFieldPath = (path: string): path is FieldPath => Object.hasOwn(fieldRules, path);
