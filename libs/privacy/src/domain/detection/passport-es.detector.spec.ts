import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Spanish passports', () => {
  it.each([
    ["pasaporte PAA123456", "pasaporte PAA123456"],
    ["XDB654321", "XDB654321"],
    ["passaport PAB000111", "passaport PAB000111"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['passport-es', value]);
  });

  it.each([
    "PAA12345",
    "PAAA123456",
    "PA1234567",
  ])('finds no passport-es in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'passport-es')).toEqual([]);
  });
});
