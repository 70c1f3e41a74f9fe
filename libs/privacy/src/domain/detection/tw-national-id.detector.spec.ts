import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Taiwanese national ids', () => {
  it.each([
    ["身分證 A123456789", "A123456789"],
    ["F131104093", "F131104093"],
    ["A123456789號", "A123456789"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['tw-national-id', value]);
  });

  it.each([
    "A123456788",
    "A323456789",
    "AA123456789",
  ])('finds no tw-national-id in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'tw-national-id')).toEqual([]);
  });
});
