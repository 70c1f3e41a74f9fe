import { ValidationError } from '@usm/errors';
import type { Label } from './label.model';
import { assertShareableLabel, assertValidLabel, labelViolations, shareableLabelViolations } from './label.rules';

const label: Label = {
  labelId: 'l-1',
  eventId: 'e-1',
  city: 'incheon',
  label: 'speedingNearSchool',
  provenance: { labellerKind: 'model', labellerId: 'safewalk-guardian', labellerVersion: '1.2.0', confidence: 0.82, guidelineVersion: 'g-1', labelledAt: 0 },
};
type Overrides = Partial<Omit<Label, 'provenance'>> & { provenance?: Partial<Label['provenance']> };
const withOverrides = (overrides: Overrides): Label => ({ ...label, ...overrides, provenance: { ...label.provenance, ...overrides.provenance } });
const rules = (overrides: Overrides) => labelViolations(withOverrides(overrides)).map((x) => x.rule);

describe('label rules', () => {
  it('accepts a model label with its version and a confidence in [0, 1]', () => {
    expect(assertValidLabel(label)).toBe(label);
  });
  it('accepts a human label without a version', () => {
    expect(rules({ provenance: { labellerKind: 'human', labellerId: 'psn-a1', labellerVersion: null, confidence: 1 } })).toEqual([]);
  });
  it.each<[Overrides, string]>([
    [{ label: 'wrongWayVehicle' }, 'label.taxonomy'],
    [{ provenance: { confidence: 1.2 } }, 'confidence.range'],
    [{ provenance: { confidence: Number.NaN } }, 'confidence.range'],
    [{ provenance: { labellerVersion: null } }, 'labellerVersion.required'],
    [{ provenance: { labellerKind: 'crowd' as never } }, 'labellerKind.enum'],
    [{ provenance: { guidelineVersion: '' } }, 'guidelineVersion.required'],
    [{ eventId: '' }, 'eventId.required'],
    [{ provenance: { guidelineVersion: 'Hong Gildong M12345678' } }, 'version.token'],
    [{ provenance: { labellerVersion: '1.2.0 Hong Gildong' } }, 'version.token'],
    [{ provenance: { labellerKind: 'human', labellerId: 'Hong Gildong', labellerVersion: null } }, 'id.token'],
  ])('refuses %j by rule %s', (overrides, rule) => {
    expect(rules(overrides)).toEqual([rule]);
    expect(() => assertValidLabel(withOverrides(overrides))).toThrow(ValidationError);
  });
});

describe('shareable label rules', () => {
  const published = { ...label, ruleId: null, solutionId: 'safewalk-guardian' };
  it('accepts a model label with a solution id token and no rule', () => {
    expect(assertShareableLabel(published)).toBe(published);
  });
  it.each([
    [{ ruleId: 'wrong way by Hong Gildong' }, 'ruleId'],
    [{ solutionId: 'Hong Gildong 010-9876-5432' }, 'solutionId'],
  ])('refuses %j naming the field and the id-token rule, without quoting it', (overrides, field) => {
    const found = shareableLabelViolations({ ...published, ...overrides });
    expect(found.map((x) => ({ field: x.field, rule: x.rule }))).toEqual([{ field, rule: 'id.token' }]);
    expect(JSON.stringify(found)).not.toContain('Gildong');
    expect(() => assertShareableLabel({ ...published, ...overrides })).toThrow(ValidationError);
  });
});
