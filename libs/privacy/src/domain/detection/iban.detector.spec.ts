import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('IBANs', () => {
  it.each([
    ["ES91 2100 0418 4502 0005 1332", "ES91 2100 0418 4502 0005 1332"],
    ["DE89370400440532013000", "DE89370400440532013000"],
    ["IBAN DE89 3704 0044 0532 0130 00 bitte", "DE89 3704 0044 0532 0130 00"],
    ["GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"],
    ["NL91ABNA0417164300", "NL91ABNA0417164300"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['iban', value]);
  });

  it.each([
    "ES92 2100 0418 4502 0005 1332",
    "DE89370400440532013001",
    "ES91 2100",
  ])('finds no iban in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'iban')).toEqual([]);
  });
});
