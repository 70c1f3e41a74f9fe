import { detectIdentifiers, detectionRankOf } from './detect-identifiers';
import { identifierKinds } from './identifier-kind';
import { identifierRegistry } from './identifier-registry';
import { placeholderOf, scrubRankOf } from '../scrubbing/placeholder';
import { scrubText } from '../scrubbing/scrub-text';

describe('identifierRegistry', () => {
  it('lists each kind once, with the detector of that kind', () => {
    expect(new Set(identifierKinds).size).toBe(identifierKinds.length);
    for (const kind of identifierKinds) expect(identifierRegistry[kind].detector.kind).toBe(kind);
  });

  it('has at least thirty kinds once device ids (known-only) are counted', () => {
    expect(identifierKinds.length + 1).toBeGreaterThanOrEqual(30);
  });

  it('gives every kind a bracketed placeholder that no detector finds', () => {
    for (const kind of identifierKinds) {
      const { placeholder } = identifierRegistry[kind];
      expect(placeholder).toMatch(/^\[[A-Z]+\]$/);
      expect(detectIdentifiers(`x ${placeholder} y`)).toEqual([]);
    }
  });

  it('derives the placeholder table and the ranking from the registry', () => {
    for (const kind of identifierKinds) {
      expect(placeholderOf[kind]).toBe(identifierRegistry[kind].placeholder);
      expect(scrubRankOf(kind)).toBe(detectionRankOf(kind));
    }
    expect(placeholderOf.device).toBe('[DEVICE]');
    expect(placeholderOf.address).toBe('[ADDRESS]');
  });

  it('ranks a higher priority first, and the known-only kinds after every detected kind', () => {
    expect(detectionRankOf('url')).toBeLessThan(detectionRankOf('email'));
    expect(detectionRankOf('my-number')).toBeLessThan(detectionRankOf('phone'));
    const lowest = Math.max(...identifierKinds.map(scrubRankOf));
    expect(scrubRankOf('device')).toBeGreaterThan(lowest);
    expect(scrubRankOf('address')).toBeGreaterThan(lowest);
  });

  it('scrubs to placeholders that a second scrub leaves alone', () => {
    const once = scrubText('여권번호 M58739744, IBAN ES91 2100 0418 4502 0005 1332, Jungfernstieg 102, Herr Müller');
    expect(once).toBe('[PASSPORT], IBAN [IBAN], [ADDRESS], Herr [NAME]');
    expect(scrubText(once)).toBe(once);
  });
});
