import type { FieldViolation } from '@usm/errors';
import { alertSubCategories } from '../alert-sub-categories';
import type { RawEventRuleSettings } from './raw-event-rule-settings';
import { defaultMaxReportDelayMs, maxSubjectAge } from './raw-event-rule-settings';
import { isRecordLike, rulePath } from './rule-path';
import { stringLengthViolations } from './string-length-limits-check';

/** RFC 9562 text form, versions 1 to 8, RFC variant. */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

// Each rule adds what it finds to `violations`; a valid event, the usual case, allocates nothing.
type Rule = (event: Record<string, unknown>, settings: RawEventRuleSettings, path: string, violations: FieldViolation[]) => void;

const eventIdIsUuid: Rule = (event, _settings, path, violations) => {
  if (typeof event['eventId'] === 'string' && !uuidPattern.test(event['eventId'])) {
    violations.push({ field: rulePath(path, 'eventId'), rule: 'uuid', message: 'must be a UUID, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e' });
  }
};

const cityIsThisNode: Rule = (event, settings, path, violations) => {
  if (typeof event['city'] === 'string' && event['city'] !== settings.city) {
    violations.push({ field: rulePath(path, 'city'), rule: 'nodeCity', message: `must be the city of this node, ${settings.city}` });
  }
};

type SubCategoryTable = NonNullable<RawEventRuleSettings['subCategories']>;

// Each table as sets, built once per table object: every event asks, and a list scan compares every entry.
const subCategorySets = new WeakMap<SubCategoryTable, ReadonlyMap<string, ReadonlySet<string>>>();

function setsOf(table: SubCategoryTable): ReadonlyMap<string, ReadonlySet<string>> {
  let sets = subCategorySets.get(table);
  if (sets === undefined) {
    sets = new Map(Object.entries(table).map(([category, allowed]) => [category, new Set(allowed)]));
    subCategorySets.set(table, sets);
  }
  return sets;
}

const subCategoryFitsCategory: Rule = (event, settings, path, violations) => {
  const { category, subCategory } = event;
  const table = settings.subCategories ?? alertSubCategories;
  if (typeof category !== 'string' || typeof subCategory !== 'string' || !Object.hasOwn(table, category)) return;
  if (setsOf(table).get(category)?.has(subCategory) !== true) {
    const allowed = table[category as keyof typeof table];
    violations.push({ field: rulePath(path, 'subCategory'), rule: 'subCategory', message: `must be a FIWARE Alert subCategory of ${category}: ${allowed.join(', ')}` });
  }
};

// NaN is out of every range: comparisons with it are false.
const outOfRange = (value: unknown, min: number, max: number): boolean => typeof value === 'number' && !(value >= min && value <= max);
const rangeViolation = (field: string, min: number, max: number): FieldViolation => ({ field, rule: 'range', message: `must be between ${min} and ${max}` });

const locationInRange: Rule = (event, _settings, path, violations) => {
  const location = event['location'];
  if (!isRecordLike(location)) return;
  if (outOfRange(location['latitude'], -90, 90)) violations.push(rangeViolation(rulePath(rulePath(path, 'location'), 'latitude'), -90, 90));
  if (outOfRange(location['longitude'], -180, 180)) violations.push(rangeViolation(rulePath(rulePath(path, 'location'), 'longitude'), -180, 180));
};

const ageInRange: Rule = (event, _settings, path, violations) => {
  const age = event['subjectAge'];
  if (typeof age === 'number' && !Number.isInteger(age)) violations.push({ field: rulePath(path, 'subjectAge'), rule: 'integer', message: 'must be whole years' });
  else if (outOfRange(age, 0, maxSubjectAge)) violations.push(rangeViolation(rulePath(path, 'subjectAge'), 0, maxSubjectAge));
};

const timesNotInFuture: Rule = (event, settings, path, violations) => {
  for (const name of ['occurredAt', 'reportedAt'] as const) {
    const millis = event[name];
    if (typeof millis === 'number' && !(millis <= settings.now + settings.maxClockSkewMs)) {
      violations.push({ field: rulePath(path, name), rule: 'notInFuture', message: `must not be later than now plus ${settings.maxClockSkewMs} ms of clock skew` });
    }
  }
};

const occurredNotLongBeforeReport: Rule = (event, settings, path, violations) => {
  const { occurredAt, reportedAt } = event;
  const delay = settings.maxReportDelayMs ?? defaultMaxReportDelayMs;
  if (typeof occurredAt === 'number' && typeof reportedAt === 'number' && occurredAt < reportedAt - delay) {
    violations.push({ field: rulePath(path, 'occurredAt'), rule: 'maxReportDelay', message: `must not be more than ${delay} ms before reportedAt` });
  }
};

const systemIdNotBlank: Rule = (event, _settings, path, violations) => {
  const source = event['source'];
  if (isRecordLike(source) && typeof source['systemId'] === 'string' && source['systemId'].trim() === '') {
    violations.push({ field: rulePath(rulePath(path, 'source'), 'systemId'), rule: 'minLength', message: 'must not be blank' });
  }
};

const lengthsWithinLimits: Rule = (event, settings, path, violations) => {
  if (settings.lengthLimits) violations.push(...stringLengthViolations(event, settings.lengthLimits, path));
};

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
  const violations: FieldViolation[] = [];
  for (const rule of rules) rule(event, settings, path, violations);
  return violations;
}
