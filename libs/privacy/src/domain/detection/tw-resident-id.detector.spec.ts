import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Taiwanese resident certificates', () => {
  it.each([
    ["居留證 A800000014", "A800000014"],
    ["AC01234567", "AC01234567"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['tw-resident-id', value]);
  });

  it.each([
    "A800000015",
    "AE01234567",
  ])('finds no tw-resident-id in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'tw-resident-id')).toEqual([]);
  });
});
