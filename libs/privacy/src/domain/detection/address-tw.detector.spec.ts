import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Taiwanese addresses', () => {
  it.each([
    ["高雄市左營區自由二路296號10樓", "高雄市左營區自由二路296號10樓"],
    ["在中正路一段12巷3弄4號附近", "在中正路一段12巷3弄4號"],
    ["博愛一路100之2號", "博愛一路100之2號"],
    ["成功街5號", "成功街5號"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['address-tw', value]);
  });

  it.each([
    "高速道路上",
    "3號線",
    "路口有2輛車",
    "10樓",
  ])('finds no address-tw in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'address-tw')).toEqual([]);
  });
});
