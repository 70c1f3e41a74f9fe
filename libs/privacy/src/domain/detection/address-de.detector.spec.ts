import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('German addresses', () => {
  it.each([
    ["Jungfernstieg 102", "Jungfernstieg 102"],
    ["vor der Mönckebergstraße 7a heute", "Mönckebergstraße 7a"],
    ["Große Bergstraße 12-14", "Große Bergstraße 12-14"],
    ["Hamburger Allee 5", "Hamburger Allee 5"],
    ["Spitalerstr. 9", "Spitalerstr. 9"],
    ["Grindelweg 3", "Grindelweg 3"],
    ["Elbchaussee 400", "Elbchaussee 400"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['address-de', value]);
  });

  it.each([
    "Der Weg 3 ist frei",
    "Platz 2 belegt",
    "Ring 4",
    "am Bahnhof 3 Personen",
    "Straße gesperrt seit 12 Uhr",
  ])('finds no address-de in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'address-de')).toEqual([]);
  });
});
