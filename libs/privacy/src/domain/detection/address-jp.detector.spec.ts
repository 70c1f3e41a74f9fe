import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Japanese addresses', () => {
  it.each([
    ["大阪市北区曽根崎1丁目19-13で事故", "大阪市北区曽根崎1丁目19-13"],
    ["難波2丁目3番4号の前", "難波2丁目3番4号"],
    ["堺市堺区大浜123番地", "堺市堺区大浜123番地"],
    ["日本橋1丁目", "日本橋1丁目"],
    ["梅田３丁目１番１号", "梅田３丁目１番１号"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['address-jp', value]);
  });

  it.each([
    "高速道路で事故",
    "1番線",
    "2号車",
  ])('finds no address-jp in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'address-jp')).toEqual([]);
  });
});
