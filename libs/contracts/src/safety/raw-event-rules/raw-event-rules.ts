import type { FieldViolation } from '@usm/errors';
import { alertSubCategories } from '../alert-sub-categories';
import type { RawEventRuleSettings } from './raw-event-rule-settings';
import { defaultMaxReportDelayMs, maxSubjectAge } from './raw-event-rule-settings';
import { isRecordLike, rulePath } from './rule-path';
import { stringLengthViolations } from './string-length-limits-check';

/** RFC 9562 text form, versions 1 to 8, RFC variant. */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

type Rule = (event: Record<string, unknown>, settings: RawEventRuleSettings, path: string) => FieldViolation[];

const eventIdIsUuid: Rule = (event, _settings, path) =>
  typeof event['eventId'] === 'string' && !uuidPattern.test(event['eventId'])
    ? [{ field: rulePath(path, 'eventId'), rule: 'uuid', message: 'must be a UUID, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e' }]
    : [];

const cityIsThisNode: Rule = (event, settings, path) =>
  typeof event['city'] === 'string' && event['city'] !== settings.city
    ? [{ field: rulePath(path, 'city'), rule: 'nodeCity', message: `must be the city of this node, ${settings.city}` }]
    : [];

const subCategoryFitsCategory: Rule = (event, settings, path) => {
  const { category, subCategory } = event;
  const table = settings.subCategories ?? alertSubCategories;
  if (typeof category !== 'string' || typeof subCategory !== 'string' || !Object.hasOwn(table, category)) return [];
  const allowed = table[category as keyof typeof table];
  return allowed.includes(subCategory)
    ? []
    : [{ field: rulePath(path, 'subCategory'), rule: 'subCategory', message: `must be a FIWARE Alert subCategory of ${category}: ${allowed.join(', ')}` }];
};

function outOfRange(value: unknown, min: number, max: number, field: string): FieldViolation[] {
  // NaN is out of every range: comparisons with it are false.
  return typeof value === 'number' && !(value >= min && value <= max) ? [{ field, rule: 'range', message: `must be between ${min} and ${max}` }] : [];
}

const locationInRange: Rule = (event, _settings, path) => {
  const location = event['location'];
  if (!isRecordLike(location)) return [];
  const at = rulePath(path, 'location');
  return [...outOfRange(location['latitude'], -90, 90, rulePath(at, 'latitude')), ...outOfRange(location['longitude'], -180, 180, rulePath(at, 'longitude'))];
};

const ageInRange: Rule = (event, _settings, path) => {
  const age = event['subjectAge'];
  if (typeof age === 'number' && !Number.isInteger(age)) return [{ field: rulePath(path, 'subjectAge'), rule: 'integer', message: 'must be whole years' }];
  return outOfRange(age, 0, maxSubjectAge, rulePath(path, 'subjectAge'));
};

const timesNotInFuture: Rule = (event, settings, path) =>
  (['occurredAt', 'reportedAt'] as const).flatMap((name) => {
    const millis = event[name];
    return typeof millis === 'number' && !(millis <= settings.now + settings.maxClockSkewMs)
      ? [{ field: rulePath(path, name), rule: 'notInFuture', message: `must not be later than now plus ${settings.maxClockSkewMs} ms of clock skew` }]
      : [];
  });

const occurredNotLongBeforeReport: Rule = (event, settings, path) => {
  const { occurredAt, reportedAt } = event;
  const delay = settings.maxReportDelayMs ?? defaultMaxReportDelayMs;
  return typeof occurredAt === 'number' && typeof reportedAt === 'number' && occurredAt < reportedAt - delay
    ? [{ field: rulePath(path, 'occurredAt'), rule: 'maxReportDelay', message: `must not be more than ${delay} ms before reportedAt` }]
    : [];
};

const systemIdNotBlank: Rule = (event, _settings, path) => {
  const source = event['source'];
  return isRecordLike(source) && typeof source['systemId'] === 'string' && source['systemId'].trim() === ''
    ? [{ field: rulePath(rulePath(path, 'source'), 'systemId'), rule: 'minLength', message: 'must not be blank' }]
    : [];
};

const lengthsWithinLimits: Rule = (event, settings, path) => (settings.lengthLimits ? stringLengthViolations(event, settings.lengthLimits, path) : []);

const rules: readonly Rule[] = [
  eventIdIsUuid, cityIsThisNode, subCategoryFitsCategory, locationInRange, ageInRange,
  timesNotInFuture, occurredNotLongBeforeReport, systemIdNotBlank, lengthsWithinLimits,
];

/**
 * The raw event rules the Avro schema cannot express, shared by ingest (HTTP) and privacy (records produced
 * straight to Kafka). Each looks only at fields of the right type, so it never repeats a structural
 * violation; violations name the field and the rule, never the value.
 */
export function rawEventRuleViolations(event: Record<string, unknown>, settings: RawEventRuleSettings, path = ''): FieldViolation[] {
  return rules.flatMap((rule) => rule(event, settings, path));
}
