import { fullEvent, minimalEvent, specRules } from '../testing/sample-events';
import { validateEventBatch } from './validate-event-batch';
import { validationLimits } from './validation-limits';

const rules = specRules({ maxBatchSize: 500 });

function violationsOf(body: unknown): string[] {
  const result = validateEventBatch(body, rules);
  return result.ok ? [] : result.violations.map((violation) => `${violation.field}:${violation.rule}`);
}

const manyKeys = (count: number, prefix = 'k'): Record<string, string> => Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}${index}`, 'v']));

describe('validateEventBatch: caps that keep validation linear', () => {
  it('refuses an event with 120,000 unknown keys with one maxKeys violation, not 120,000', () => {
    const body = { ...minimalEvent(), ...manyKeys(120_000) };
    expect(violationsOf(body)).toEqual(['body:maxKeys']);
  });

  it('refuses a nested record or a map with too many keys, naming it', () => {
    const location = { latitude: 1, longitude: 2, ...manyKeys(validationLimits.maxKeysPerRecord) };
    const attributes = manyKeys(validationLimits.maxKeysPerMap + 1);
    expect(violationsOf(fullEvent({ location, attributes }))).toEqual(['location:maxKeys', 'attributes:maxKeys']);
    expect(violationsOf(fullEvent({ attributes: manyKeys(validationLimits.maxKeysPerMap) }))).toEqual([]);
  });

  it('still lists a few unknown keys one by one', () => {
    expect(violationsOf(minimalEvent(manyKeys(3, 'extra')))).toEqual(['extra0:unknownField', 'extra1:unknownField', 'extra2:unknownField']);
  });

  it('lists at most maxViolationsReported violations, then one truncated entry', () => {
    const events = Array.from({ length: 400 }, () => minimalEvent({ city: 'hamburg' }));
    const listed = violationsOf({ events });
    expect(listed).toHaveLength(validationLimits.maxViolationsReported + 1);
    expect(listed.slice(0, 2)).toEqual(['events[0].city:nodeCity', 'events[1].city:nodeCity']);
    expect(listed.at(-1)).toBe('violations:truncated');
  });

  it('caps the violations of one event and of keys beside events alike', () => {
    const plates = Array.from({ length: 5_000 }, () => 'P'.repeat(40));
    expect(violationsOf(fullEvent({ vehiclePlates: plates }))).toHaveLength(validationLimits.maxViolationsReported + 1);
    expect(violationsOf({ events: [minimalEvent()], ...manyKeys(50_000) })).toHaveLength(validationLimits.maxViolationsReported + 1);
  });

  it('lists exactly the cap without a truncated entry', () => {
    const events = Array.from({ length: validationLimits.maxViolationsReported }, () => minimalEvent({ city: 'hamburg' }));
    expect(violationsOf({ events }).at(-1)).toBe(`events[${validationLimits.maxViolationsReported - 1}].city:nodeCity`);
  });
});
