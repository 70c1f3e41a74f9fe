import fc from 'fast-check';
import { identifierArbitrary } from '../../testing/identifier-arbitraries';
import { detectIdentifiers } from './detect-identifiers';
import { isAcceptedOverlap } from './accepted-overlaps';
import type { IdentifierKind } from './identifier-kind';

// A 13-digit card and a dashless resident number can be the same digits; either label scrubs it.
const acceptable = (kind: IdentifierKind, found: IdentifierKind | undefined): boolean =>
  found === kind || (found !== undefined && isAcceptedOverlap(kind, found));

describe('detectIdentifiers on generated identifiers', () => {
  it('finds every generated identifier whole, as its kind', () => {
    fc.assert(
      fc.property(identifierArbitrary(), (identifier) => {
        const hits = detectIdentifiers(`at ${identifier.value} now`);
        expect(hits).toHaveLength(1);
        expect(hits[0]).toMatchObject({ start: 3, end: 3 + identifier.value.length });
        expect(acceptable(identifier.kind, hits[0]?.kind)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), identifierArbitrary(), (text, identifier) => {
        const input = `${text} ${identifier.value}`;
        expect(detectIdentifiers(input)).toEqual(detectIdentifiers(input));
      }),
    );
  });

  it('reports sorted, non-overlapping hits inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 10 }), identifierArbitrary().map((id) => id.value))), (parts) => {
        const text = parts.join(' ');
        const hits = detectIdentifiers(text);
        hits.forEach((hit, index) => {
          expect(hit.start).toBeGreaterThanOrEqual(index === 0 ? 0 : (hits[index - 1]?.end ?? 0));
          expect(hit.end).toBeGreaterThan(hit.start);
          expect(hit.end).toBeLessThanOrEqual(text.length);
        });
      }),
    );
  });
});
