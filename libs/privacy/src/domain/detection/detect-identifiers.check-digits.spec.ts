import fc from 'fast-check';
import { identifierArbitrary } from '../../testing/identifier-arbitraries';
import type { IdentifierKind } from './identifier-kind';
import { identifierRegistry } from './identifier-registry';
import { normaliseText } from './normalise/normalise-text';

const claims = (kind: IdentifierKind, text: string): boolean => identifierRegistry[kind].detector.detect(normaliseText(text).text).length > 0;

// Replaces the last digit (or letter) with another one: a check digit can then no longer hold.
function breakLast(value: string, alphabet: string, shift: number): string {
  const last = value.at(-1) ?? '';
  const index = alphabet.indexOf(last.toUpperCase());
  const replacement = alphabet[(index + 1 + (shift % (alphabet.length - 1))) % alphabet.length] ?? last;
  return `${value.slice(0, -1)}${replacement}`;
}

describe('detectors with check digits', () => {
  it.each<[IdentifierKind, string]>([
    ['dni', 'TRWAGMYFPDXBNJZSQVHLCKE'],
    ['nie', 'TRWAGMYFPDXBNJZSQVHLCKE'],
    ['tw-national-id', '0123456789'],
    ['tw-resident-id', '0123456789'],
    ['my-number', '0123456789'],
  ])('find every generated %s, and none whose check character is wrong', (kind, alphabet) => {
    fc.assert(
      fc.property(identifierArbitrary([kind]), fc.nat(), (identifier, shift) => {
        expect(claims(kind, `» ${identifier.value} «`)).toBe(true);
        const broken = breakLast(identifier.value, alphabet, shift);
        expect(claims(kind, `» ${broken} «`)).toBe(false);
      }),
    );
  });

  it('finds every generated IBAN, and none with altered check digits', () => {
    fc.assert(
      fc.property(identifierArbitrary(['iban']), fc.integer({ min: 1, max: 96 }), (identifier, delta) => {
        expect(claims('iban', identifier.value)).toBe(true);
        const check = (Number(identifier.value.slice(2, 4)) + delta) % 97;
        const altered = `${identifier.value.slice(0, 2)}${String(check).padStart(2, '0')}${identifier.value.slice(4)}`;
        fc.pre(altered.slice(2, 4) !== identifier.value.slice(2, 4));
        expect(claims('iban', altered)).toBe(false);
      }),
    );
  });
});
