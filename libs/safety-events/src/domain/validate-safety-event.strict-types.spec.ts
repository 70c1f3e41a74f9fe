import type { AvroSchemaJson } from '@usm/contracts';
import fc from 'fast-check';
import { fullEvent, specRules } from '../testing/sample-events';
import { isUnion, resolve } from './avro-schema-view';
import { validateSafetyEvent } from './validate-safety-event';

const rules = specRules();
const { names } = rules.contract;

type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

const jsonTypeOf = (value: unknown): JsonType =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as 'string' | 'number' | 'boolean' | 'object');

/** The JSON types the contract allows for a field over HTTP (timestamps travel as ISO strings). */
function jsonTypesOf(schema: AvroSchemaJson): JsonType[] {
  const node = resolve(schema, names);
  if (isUnion(node)) return node.flatMap(jsonTypesOf);
  switch (node.type) {
    case 'null':
      return ['null'];
    case 'boolean':
      return ['boolean'];
    case 'int':
    case 'float':
    case 'double':
      return ['number'];
    case 'long':
      return node.logicalType === 'timestamp-millis' ? ['string'] : ['number'];
    case 'array':
      return ['array'];
    case 'map':
    case 'record':
    case 'error':
      return ['object'];
    case 'string':
    case 'enum':
    case 'bytes':
    case 'fixed':
      return ['string'];
  }
}

interface ContractField {
  readonly path: readonly string[];
  readonly types: readonly JsonType[];
  /** Date-times name their rule `format` whatever was sent instead of an ISO string. */
  readonly timestamp: boolean;
}

const isTimestamp = (schema: AvroSchemaJson): boolean => {
  const node = resolve(schema, names);
  return !isUnion(node) && node.type === 'long' && node.logicalType === 'timestamp-millis';
};

/** Every field of the contract, nested records' fields included. */
function fieldsOf(schema: AvroSchemaJson, parent: readonly string[] = []): ContractField[] {
  const node = resolve(schema, names);
  const record = isUnion(node) ? node.map((branch) => resolve(branch, names)).find((branch) => !isUnion(branch) && branch.type === 'record') : node;
  if (!record || isUnion(record) || record.type !== 'record') return [];
  return record.fields.flatMap((field) => [{ path: [...parent, field.name], types: jsonTypesOf(field.type), timestamp: isTimestamp(field.type) }, ...fieldsOf(field.type, [...parent, field.name])]);
}

function withValue(event: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return event;
  return { ...event, [head]: rest.length === 0 ? value : withValue(event[head] as Record<string, unknown>, rest, value) };
}

const contractFields = fieldsOf(rules.contract.schema);

describe('validateSafetyEvent: JSON types exactly as the contract says', () => {
  it('walks every field of the contract, nested ones included', () => {
    expect(contractFields.map((field) => field.path.join('.'))).toEqual(expect.arrayContaining(['category', 'source.kind', 'address.postalCode', 'reporter.email']));
    expect(contractFields.length).toBeGreaterThan(25);
  });

  it.each(contractFields.map((field) => [field.path.join('.'), field] as const))('names %s when its value has another JSON type', (name, field) => {
    const otherType = fc.jsonValue().filter((value) => !field.types.includes(jsonTypeOf(value)));
    fc.assert(
      fc.property(otherType, (value) => {
        const result = validateSafetyEvent(withValue(fullEvent(), field.path, value), rules);
        const named = result.ok ? [] : result.violations.filter((violation) => violation.field === name).map((violation) => violation.rule);
        expect(named).toEqual([value === null ? 'required' : field.timestamp ? 'format' : 'type']);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['category', { category: ['traffic'] }],
    ['severity', { severity: ['high'] }],
    ['source.kind', { source: { systemId: 's', kind: ['emergencyCall'], legalBasis: 'statute' } }],
    ['source.legalBasis', { source: { systemId: 's', kind: 'emergencyCall', legalBasis: [['statute']] } }],
    ['source.systemId', { source: { systemId: ['s'], kind: 'emergencyCall', legalBasis: 'statute' } }],
  ])('refuses a one-element array as %s', (field, overrides) => {
    const result = validateSafetyEvent(fullEvent(overrides), rules);
    expect(!result.ok && result.violations.map((violation) => `${violation.field}:${violation.rule}`)).toEqual([`${field}:type`]);
  });

  it('refuses an object whose toString is not a function instead of failing inside avsc', () => {
    const result = validateSafetyEvent(fullEvent({ severity: { toString: '' }, attributes: { note: { valueOf: 1 } } }), rules);
    expect(!result.ok && result.violations.map((violation) => `${violation.field}:${violation.rule}`)).toEqual(['severity:type', 'attributes.note:type']);
  });

  it('refuses names of Object.prototype members as enum symbols', () => {
    const result = validateSafetyEvent(fullEvent({ category: 'constructor', severity: 'toString' }), rules);
    expect(!result.ok && result.violations.map((violation) => `${violation.field}:${violation.rule}`)).toEqual(['category:enum', 'severity:enum']);
  });
});
