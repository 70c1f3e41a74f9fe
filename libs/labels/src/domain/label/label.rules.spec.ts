import { ValidationError } from '@usm/errors';
import type { Label } from './label.model';
import { assertValidLabel, labelViolations } from './label.rules';

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
  ])('refuses %j by rule %s', (overrides, rule) => {
    expect(rules(overrides)).toEqual([rule]);
    expect(() => assertValidLabel(withOverrides(overrides))).toThrow(ValidationError);
  });
});
