import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('foreigner registration numbers', () => {
  it.each([
    ["외국인등록번호 881231-5123456 확인", "881231-5123456"],
    ["881231 6123456", "881231 6123456"],
    ["8812317123456", "8812317123456"],
    ["881231_8123456", "881231_8123456"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['foreigner-rrn', value]);
  });

  it.each([
    "881231-1123456",
    "881231-9123456",
    "881301-5123456",
  ])('finds no foreigner-rrn in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'foreigner-rrn')).toEqual([]);
  });
});
