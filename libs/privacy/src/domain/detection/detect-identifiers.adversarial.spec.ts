import { detectIdentifiers } from './detect-identifiers';

// Topic dumps hold base64, long digit runs and binary: a pattern that backtracks on them would stall
// the leak scans. Each input here takes milliseconds; the bound only catches a quadratic blow-up.
const size = 50_000;
const inputs: Record<string, string> = {
  letters: 'a'.repeat(size),
  digits: '7'.repeat(size),
  'spaced digits': '1 '.repeat(size / 2),
  'dashed digits': '1-'.repeat(size / 2),
  'plus signs': '+1 '.repeat(size / 3),
  dots: 'a.'.repeat(size / 2),
  colons: '12:'.repeat(size / 3),
  'at signs': 'a@'.repeat(size / 2),
  'a scheme and no end': `http://${'a'.repeat(size)}`,
  'a decimal without end': `1.${'2'.repeat(size)}`,
  'digits and Hangul': '12가'.repeat(size / 3),
  base64: Buffer.from('x'.repeat(size)).toString('base64'),
};

describe('detectIdentifiers on adversarial input', () => {
  it.each(Object.entries(inputs))('scans %s in linear time', (_, text) => {
    const started = performance.now();
    detectIdentifiers(text);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
