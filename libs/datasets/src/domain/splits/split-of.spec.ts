import fc from 'fast-check';
import { createSplitHash } from './split-hash';
import { splitOf, splitOfFraction } from './split-of';

const ratios = { train: 0.8, validation: 0.1, test: 0.1, seed: 'seed-school-zone-2026', stratifyBy: 'category' as const };

describe('keyed-hash splits', () => {
  it('gives an event the same split in every version, whatever other events exist', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.array(fc.uuid(), { maxLength: 20 }), (eventId, others) => {
        const alone = splitOf(eventId, ratios);
        const hash = createSplitHash(ratios.seed);
        others.forEach((id) => hash(id));
        expect(splitOfFraction(hash(eventId), ratios)).toBe(alone);
      }),
    );
  });

  it('depends on the seed: another seed reshuffles', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const a = ids.map((id) => splitOf(id, ratios));
    const b = ids.map((id) => splitOf(id, { ...ratios, seed: 'another-seed-of-16-chars' }));
    expect(a).not.toEqual(b);
  });

  it('reads HMAC-SHA-256(seed, eventId) as a fraction in [0, 1)', () => {
    // `printf %s e1 | openssl dgst -sha256 -hmac seed-school-zone-2026` = 249b2cb2b12fb939…; its first 52 bits / 2^52.
    const expected = (0x249b2cb2 * 2 ** 20 + (0xb12fb939 >>> 12)) / 2 ** 52;
    expect(createSplitHash('seed-school-zone-2026')('e1')).toBe(expected);
  });

  it('comes close to the ratios over many events', () => {
    const counts = { train: 0, validation: 0, test: 0 };
    for (let i = 0; i < 20_000; i++) counts[splitOf(`event-${i}`, ratios)]++;
    expect(counts.train / 20_000).toBeCloseTo(0.8, 1);
    expect(counts.validation / 20_000).toBeCloseTo(0.1, 1);
  });
});
