import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Korean passports', () => {
  it.each([
    ["여권번호 M58739744", "여권번호 M58739744"],
    ["Reisepass M98608460", "Reisepass M98608460"],
    ["M12345678입니다", "M12345678"],
    ["new format M123A4567 issued", "M123A4567"],
    ["S87654321", "S87654321"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['passport-kr', value]);
  });

  it.each([
    "M1234567",
    "AM12345678",
    "model M123456789",
    "X12345678",
  ])('finds no passport-kr in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'passport-kr')).toEqual([]);
  });
});
