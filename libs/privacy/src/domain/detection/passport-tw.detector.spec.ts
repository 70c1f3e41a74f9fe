import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Taiwanese passports', () => {
  it.each([
    ["護照號碼 312345678", "護照號碼 312345678"],
    ["passport no. 312345678", "passport no. 312345678"],
    ["護照：３１２３４５６７８", "護照：３１２３４５６７８"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['passport-tw', value]);
  });

  it.each([
    "312345678 people",
    "order 312345678",
    "護照號碼 3123456789",
  ])('finds no passport-tw in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'passport-tw')).toEqual([]);
  });
});
