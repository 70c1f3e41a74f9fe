import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('IMEIs', () => {
  it.each([
    ["IMEI 352099001761481", "IMEI 352099001761481"],
    ["IMEI: 35-209900-176148-1", "IMEI: 35-209900-176148-1"],
    ["imei 3520990017614823", "imei 3520990017614823"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['imei', value]);
  });

  it.each([
    "IMEI 352099001761482",
    "IMEI 35209900176148",
    "serial 352099001761481",
  ])('finds no imei in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'imei')).toEqual([]);
  });
});
