import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Japanese passports', () => {
  it.each([
    ["旅券番号 TK1234567", "旅券番号 TK1234567"],
    ["passport TR7654321", "passport TR7654321"],
    ["ＴＫ１２３４５６７", "ＴＫ１２３４５６７"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['passport-jp', value]);
  });

  it.each([
    "TK123456",
    "TKA1234567",
    "TK12345678",
  ])('finds no passport-jp in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'passport-jp')).toEqual([]);
  });
});
