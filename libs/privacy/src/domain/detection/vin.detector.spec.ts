import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('vehicle identification numbers', () => {
  it.each([
    ["VIN 1HGCM82633A004352", "1HGCM82633A004352"],
    ["WVWZZZ1JZXW000001", "WVWZZZ1JZXW000001"],
    ["KMHDU41BP8U123456", "KMHDU41BP8U123456"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['vin', value]);
  });

  it.each([
    "1HGCM82633A00435",
    "ABCDEFGHJKLMNPRST",
    "12345678901234567",
    "1HGCM82633A0043521",
  ])('finds no vin in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'vin')).toEqual([]);
  });
});
