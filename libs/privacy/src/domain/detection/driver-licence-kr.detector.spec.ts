import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe("Korean driver's licences", () => {
  it.each([
    ["면허번호 11-12-345678-90 입니다", "11-12-345678-90"],
    ["28 98 765432 10", "28 98 765432 10"],
    ["서울 12-345678-90", "서울 12-345678-90"],
    ["11--12--345678--90", "11--12--345678--90"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['driver-licence-kr', value]);
  });

  it.each([
    "11-12-345678-9",
    "10-12-345678-90",
    "29-12-345678-90",
    "111234567890",
  ])('finds no driver-licence-kr in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'driver-licence-kr')).toEqual([]);
  });
});
