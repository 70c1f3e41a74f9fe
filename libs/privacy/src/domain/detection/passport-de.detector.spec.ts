import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('German passports', () => {
  it.each([
    ["Reisepass C01X00T47", "Reisepass C01X00T47"],
    ["Passnummer: L8H2RT4N5", "Passnummer: L8H2RT4N5"],
    ["passport CFGH12345", "passport CFGH12345"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['passport-de', value]);
  });

  it.each([
    "C01X00T47",
    "Reisepass CFGHJKLMN",
    "Reisepass C01X00T4",
    "Reisepass A01X00T47",
  ])('finds no passport-de in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'passport-de')).toEqual([]);
  });
});
