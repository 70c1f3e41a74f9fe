import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RuleSetError } from './rule-set.errors';
import { parseRuleSet } from './rule-set.parser';

const example = readFileSync(resolve(__dirname, '../../../rule-sets/gwangju-child-commute.yaml'), 'utf8');
const minimal = (rules: string, extra = '') => `ruleSet: test-rules
version: 2
city: incheon
guidelineVersion: g-1
timeZone: Asia/Seoul
${extra}
rules:
${rules}`;

function violationsOf(text: string) {
  try {
    parseRuleSet(text);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).violations.map(({ field, rule }) => ({ field, rule }));
  }
  throw new Error('expected the rule set to be refused');
}

describe('parseRuleSet', () => {
  it('reads the shipped Gwangju rule set', () => {
    const ruleSet = parseRuleSet(example);
    expect(ruleSet).toEqual(expect.objectContaining({ ruleSet: 'gwangju-child-commute', version: 1, timeZone: 'Asia/Seoul' }));
    expect(ruleSet.rules.map((r) => r.label)).toEqual(['speedingNearSchool', 'childPedestrianOnCarriageway', 'illegalParkingBlockingSightLines', 'carWrongDirection']);
    expect(ruleSet.timeBuckets[0]).toEqual({ name: 'morningSchoolRun', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '07:30', to: '09:00' });
  });

  it('defaults absent buckets, zones and conditions to none', () => {
    const ruleSet = parseRuleSet(minimal('  - { id: all, label: noHazard, confidence: 0.1 }'));
    expect(ruleSet).toEqual(expect.objectContaining({ timeBuckets: [], schoolZones: [], rules: [{ id: 'all', label: 'noHazard', confidence: 0.1, when: {} }] }));
  });

  it('names the field path and the rule of every shape error', () => {
    const text = minimal('  - { id: r, label: noHazard, confidence: 1.5, when: { category: traffic, severity: high } }').replace('version: 2', 'version: 0');
    expect(violationsOf(text)).toEqual([
      { field: 'version', rule: 'too_small' },
      { field: 'rules.0.confidence', rule: 'too_big' },
      { field: 'rules.0.when', rule: 'unrecognized_keys' },
    ]);
  });

  it('names domain rules: taxonomy, FIWARE sub-category, undefined bucket, H3 cell, time zone, ordering, duplicates', () => {
    const extra = `timeBuckets:
  - { name: night, days: [sat], from: "22:00", to: "06:00" }
schoolZones:
  - { name: z, cells: [not-a-cell] }`;
    const rules = `  - { id: a, label: wrongWayVehicle, confidence: 1 }
  - { id: a, label: noHazard, confidence: 1, when: { category: traffic, subCategories: [flood], timeBuckets: [dawn] } }`;
    expect(violationsOf(minimal(rules, extra).replace('Asia/Seoul', 'Mars/Olympus'))).toEqual([
      { field: 'timeZone', rule: 'timeZone.iana' },
      { field: 'timeBuckets.0.to', rule: 'timeBucket.order' },
      { field: 'schoolZones.0.cells.0', rule: 'cell.h3' },
      { field: 'rules.1.id', rule: 'rule.unique' },
      { field: 'rules.0.label', rule: 'label.taxonomy' },
      { field: 'rules.1.when.subCategories.0', rule: 'subCategory.fiware' },
      { field: 'rules.1.when.timeBuckets.0', rule: 'timeBucket.defined' },
    ]);
  });

  it('refuses a guideline version or rule id that is free text: both go into every rule label on the shareable topic', () => {
    const text = minimal('  - { id: "Hong Gildong 010-9876-5432", label: noHazard, confidence: 1 }').replace('guidelineVersion: g-1', 'guidelineVersion: Hong Gildong M12345678');
    expect(violationsOf(text)).toEqual([
      { field: 'guidelineVersion', rule: 'invalid_format' },
      { field: 'rules.0.id', rule: 'invalid_format' },
    ]);
  });

  it('refuses a school-zone condition when no zone is defined, and sub-categories without their category', () => {
    expect(violationsOf(minimal('  - { id: r, label: noHazard, confidence: 1, when: { inSchoolZone: true, subCategories: [carStopped] } }'))).toEqual([
      { field: 'rules.0.when.category', rule: 'subCategories.needCategory' },
      { field: 'rules.0.when.inSchoolZone', rule: 'schoolZones.defined' },
    ]);
  });

  it('refuses text that is not YAML, naming the line', () => {
    expect(violationsOf('ruleSet: [unclosed\nversion: 1\n')).toEqual([{ field: expect.stringMatching(/^line \d+$/), rule: 'yaml.syntax' }]);
  });
});
