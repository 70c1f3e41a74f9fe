import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Japanese My Numbers', () => {
  it.each([
    ["123456789018", "123456789018"],
    ["1234 5678 9018", "1234 5678 9018"],
    ["マイナンバー 015123456782", "マイナンバー 015123456782"],
    ["１２３４ ５６７８ ９０１８", "１２３４ ５６７８ ９０１８"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['my-number', value]);
  });

  it.each([
    "123456789019",
    "015123456782",
    "1234567890180",
    "1234-5678-90181",
  ])('finds no my-number in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'my-number')).toEqual([]);
  });
});
