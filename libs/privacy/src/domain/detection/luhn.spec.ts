import { luhnCheckDigit, passesLuhn } from './luhn';

describe('Luhn', () => {
  it.each(['4111111111111111', '378282246310005', '490154203237518', '0'])('accepts %s', (digits) => {
    expect(passesLuhn(digits)).toBe(true);
  });

  it.each(['4111111111111112', '', '4111 1111', 'abc'])('refuses %j', (digits) => {
    expect(passesLuhn(digits)).toBe(false);
  });

  it('computes the check digit that makes a payload pass', () => {
    expect(luhnCheckDigit('411111111111111')).toBe('1');
    expect(passesLuhn(`7992739871${luhnCheckDigit('7992739871')}`)).toBe(true);
  });

  it('refuses a payload that is not digits', () => {
    expect(() => luhnCheckDigit('12a')).toThrow(RangeError);
  });
});
