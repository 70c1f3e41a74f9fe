import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Spanish NIE numbers', () => {
  it.each([
    ["NIE X1234567L", "X1234567L"],
    ["Y-1234567-X", "Y-1234567-X"],
    ["Z1234567R", "Z1234567R"],
    ["x1234567l", "x1234567l"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['nie', value]);
  });

  it.each([
    "X1234567A",
    "X12345678L",
    "W1234567L",
  ])('finds no nie in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'nie')).toEqual([]);
  });
});
