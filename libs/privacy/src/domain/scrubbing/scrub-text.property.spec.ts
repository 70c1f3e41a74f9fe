import fc from 'fast-check';
import { fillerArbitrary, identifierArbitrary } from '../../testing/identifier-arbitraries';
import { createLeakGuard } from '../leak-guard/create-leak-guard';
import { scrubText } from './scrub-text';

const embedded = fc.array(fc.tuple(fillerArbitrary, identifierArbitrary()), { minLength: 1, maxLength: 4 });
const textOf = (parts: ReadonlyArray<readonly [string, { value: string }]>, tail: string): string =>
  parts.map(([filler, identifier]) => `${filler} ${identifier.value} `).join('') + tail;

describe('scrubText on generated identifiers in arbitrary text', () => {
  it('leaves none of the identifiers, in any spelling', () => {
    fc.assert(
      fc.property(embedded, fillerArbitrary, (parts, tail) => {
        const scrubbed = scrubText(textOf(parts, tail));
        expect(createLeakGuard(parts.map(([, identifier]) => identifier.value)).scan(scrubbed)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('changes nothing when run again', () => {
    fc.assert(
      fc.property(embedded, fillerArbitrary, (parts, tail) => {
        const once = scrubText(textOf(parts, tail));
        expect(scrubText(once)).toBe(once);
      }),
    );
  });

  it('keeps sentences of words, counts and years as they are', () => {
    const word = fc.constantFrom('the', 'car', '명이', 'personas', 'Personen', '人が', '受傷', 'near', 'at', 'um', 'Uhr');
    const number = fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1900, max: 2099 })).map(String);
    const sentence = fc.array(fc.tuple(word, number), { maxLength: 8 }).map((pairs) => pairs.flat().join(' '));
    fc.assert(
      fc.property(sentence, (text) => {
        expect(scrubText(text)).toBe(text);
      }),
    );
  });
});
