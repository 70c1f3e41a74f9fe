import { alertSubCategories } from '@usm/contracts';
import { childCommuteTaxonomy, taxonomyTerm } from './child-commute-taxonomy';

describe('child-commute taxonomy', () => {
  it('reuses FIWARE terms exactly as FIWARE spells them under traffic', () => {
    for (const entry of childCommuteTaxonomy.filter((e) => e.origin === 'fiware')) {
      expect(alertSubCategories[entry.category]).toContain(entry.term);
    }
  });

  it('mints mesh terms only where FIWARE has none, each narrowing a FIWARE traffic term when one fits', () => {
    for (const entry of childCommuteTaxonomy.filter((e) => e.origin === 'mesh')) {
      expect(alertSubCategories[entry.category]).not.toContain(entry.term);
      if (entry.broader !== null) expect(alertSubCategories[entry.category]).toContain(entry.broader);
    }
  });

  it('covers the child-commute hazards, a wrong-way vehicle being FIWARE carWrongDirection', () => {
    for (const term of ['speedingNearSchool', 'illegalParkingBlockingSightLines', 'childPedestrianOnCarriageway', 'unprotectedCrossing']) {
      expect(taxonomyTerm(term)?.origin).toBe('mesh');
    }
    expect(taxonomyTerm('carWrongDirection')?.origin).toBe('fiware');
    expect(taxonomyTerm('wrongWayVehicle')).toBeUndefined();
    expect(new Set(childCommuteTaxonomy.map((e) => e.term)).size).toBe(childCommuteTaxonomy.length);
  });
});
