import { nationalVariants } from './national-variants';

describe('nationalVariants', () => {
  it('writes an international number in national forms for one- to three-digit country codes', () => {
    expect(nationalVariants('+82 10 1234 5678')).toEqual(expect.arrayContaining(['01012345678', '1012345678']));
    expect(nationalVariants('+34 612 345 678')).toEqual(expect.arrayContaining(['612345678']));
    expect(nationalVariants('0049 30 12345678')).toEqual(expect.arrayContaining(['03012345678']));
  });

  it('has none for national or short numbers', () => {
    expect(nationalVariants('010-1234-5678')).toEqual([]);
    expect(nationalVariants('+1 234')).toEqual([]);
  });
});
