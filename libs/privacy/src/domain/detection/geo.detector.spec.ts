import { detectIdentifiers } from './detect-identifiers';

const found = (text: string) => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('coordinates', () => {
  it.each([
    ['a decimal pair', '37.456312, 126.705234'],
    ['a pair without a space', '41.3874,2.1686'],
    ['a negative longitude', '-33.8688, -151.2093'],
    ['hemispheres', '37.4563° N, 126.7052° E'],
  ])('finds %s', (_, pair) => {
    expect(found(`at ${pair} now`)).toEqual([['geo', pair]]);
  });

  it.each([
    ['three decimals (a neighbourhood)', '37.456, 126.705'],
    ['a latitude out of range', '95.1234, 10.1234'],
    ['a single number', '37.456312'],
  ])('leaves %s alone', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
