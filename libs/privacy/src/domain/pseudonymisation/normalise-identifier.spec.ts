import { normaliseEmail, normaliseName, normalisePhone, normalisePlate } from './normalise-identifier';

describe('normalisePlate', () => {
  it.each([
    ['12가 3456', '12가3456'],
    ['12가-3456', '12가3456'],
    ['b-ab 1234', 'BAB1234'],
    ['AB·123·CD', 'AB123CD'],
    ['１２３４ ＢＣＤ', '1234BCD'],
    ['  hh-x 42e ', 'HHX42E'],
  ])('writes %j as %j', (plate, normalised) => {
    expect(normalisePlate(plate)).toBe(normalised);
  });

  it('maps spellings of one plate alike', () => {
    expect(normalisePlate('12가 3456')).toBe(normalisePlate('12가3456'));
  });
});

describe('normalisePhone', () => {
  it.each([
    ['+82 10-1234-5678', null, '+821012345678'],
    ['0082 10 1234 5678', null, '+821012345678'],
    ['+49 (0)30 12345678', null, '+493012345678'],
    ['010-1234-5678', '82', '+821012345678'],
    ['010-1234-5678', null, '01012345678'],
    ['612 345 678', '34', '612345678'],
    ['＋８１ ３-１２３４-５６７８', null, '+81312345678'],
  ])('writes %j (calling code %j) as %j', (phone, countryCode, normalised) => {
    expect(normalisePhone(phone, countryCode)).toBe(normalised);
  });
});

describe('normaliseEmail and normaliseName', () => {
  it('lower-cases and trims an e-mail', () => {
    expect(normaliseEmail('  Hong@Example.COM ')).toBe('hong@example.com');
  });

  it('collapses whitespace and case in a name', () => {
    expect(normaliseName('  Hans   MÜLLER ')).toBe('hans müller');
    expect(normaliseName('田中　裕子')).toBe('田中 裕子');
  });
});
