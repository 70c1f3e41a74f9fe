import type { AlertCategory } from '@usm/contracts';
import type { FieldViolation } from '@usm/errors';
import { fieldPath } from './field-path';
import { isPlainObject } from './to-avro-shape';
import type { EventRules } from './validation-rules';

/** RFC 9562 text form, versions 1 to 8, RFC variant. */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const maxAge = 150;

type Rule = (event: Record<string, unknown>, rules: EventRules, path: string) => FieldViolation[];

const eventIdIsUuid: Rule = (event, _rules, path) =>
  typeof event['eventId'] === 'string' && !uuidPattern.test(event['eventId'])
    ? [{ field: fieldPath(path, 'eventId'), rule: 'uuid', message: 'must be a UUID, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e' }]
    : [];

const cityIsThisNode: Rule = (event, rules, path) =>
  typeof event['city'] === 'string' && event['city'] !== rules.city
    ? [{ field: fieldPath(path, 'city'), rule: 'nodeCity', message: `must be the city of this node, ${rules.city}` }]
    : [];

const subCategoryFitsCategory: Rule = (event, rules, path) => {
  const { category, subCategory } = event;
  if (typeof category !== 'string' || typeof subCategory !== 'string' || !(category in rules.contract.subCategories)) return [];
  const allowed = rules.contract.subCategories[category as AlertCategory];
  return allowed.includes(subCategory)
    ? []
    : [{ field: fieldPath(path, 'subCategory'), rule: 'subCategory', message: `must be a FIWARE Alert subCategory of ${category}: ${allowed.join(', ')}` }];
};

const locationInRange: Rule = (event, _rules, path) => {
  const location = event['location'];
  if (!isPlainObject(location)) return [];
  const at = fieldPath(path, 'location');
  return [
    ...outOfRange(location['latitude'], -90, 90, fieldPath(at, 'latitude')),
    ...outOfRange(location['longitude'], -180, 180, fieldPath(at, 'longitude')),
  ];
};

const ageInRange: Rule = (event, _rules, path) => outOfRange(event['subjectAge'], 0, maxAge, fieldPath(path, 'subjectAge'));

const timesNotInFuture: Rule = (event, rules, path) =>
  (['occurredAt', 'reportedAt'] as const).flatMap((name) => {
    const millis = event[name];
    return typeof millis === 'number' && millis > rules.now + rules.maxClockSkewMs
      ? [{ field: fieldPath(path, name), rule: 'notInFuture', message: `must not be later than now plus ${rules.maxClockSkewMs} ms of clock skew` }]
      : [];
  });

const systemIdNotBlank: Rule = (event, _rules, path) => {
  const source = event['source'];
  return isPlainObject(source) && typeof source['systemId'] === 'string' && source['systemId'].trim() === ''
    ? [{ field: fieldPath(fieldPath(path, 'source'), 'systemId'), rule: 'minLength', message: 'must not be blank' }]
    : [];
};

function outOfRange(value: unknown, min: number, max: number, field: string): FieldViolation[] {
  return typeof value === 'number' && (value < min || value > max) ? [{ field, rule: 'range', message: `must be between ${min} and ${max}` }] : [];
}

const rules: readonly Rule[] = [eventIdIsUuid, cityIsThisNode, subCategoryFitsCategory, locationInRange, ageInRange, timesNotInFuture, systemIdNotBlank];

/** Rules the Avro schema cannot express. Each looks only at fields of the right type, so it never repeats a structural violation. */
export function semanticViolations(event: Record<string, unknown>, eventRules: EventRules, path: string): FieldViolation[] {
  return rules.flatMap((rule) => rule(event, eventRules, path));
}
