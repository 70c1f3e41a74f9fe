import { legalBasisSymbols } from '@usm/contracts';
import { legalBases } from './safety-event-enums';

describe('legalBases', () => {
  it('lists the LegalBasis symbols of the schema, in order', () => {
    expect(legalBases).toEqual(legalBasisSymbols);
  });
});
