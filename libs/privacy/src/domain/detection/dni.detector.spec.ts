import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Spanish DNI numbers', () => {
  it.each([
    ["DNI 12345678Z", "12345678Z"],
    ["12345678-Z", "12345678-Z"],
    ["12345678z", "12345678z"],
    ["00000000T", "00000000T"],
    ["１２３４５６７８Ｚ", "１２３４５６７８Ｚ"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['dni', value]);
  });

  it.each([
    "12345678A",
    "123456789Z",
    "12345678ZA",
  ])('finds no dni in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'dni')).toEqual([]);
  });
});
