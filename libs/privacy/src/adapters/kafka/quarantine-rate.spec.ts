import { QuarantineRate } from './quarantine-rate';

function rateAt(settings = { windowMs: 60_000, maxRate: 0.1, minRecords: 5 }) {
  let now = 1_000_000;
  const rate = new QuarantineRate(settings, () => now);
  return { rate, advance: (ms: number) => (now += ms) };
}

describe('QuarantineRate', () => {
  it('is too high once more than the allowed share of guarded records was quarantined', () => {
    const { rate } = rateAt();
    for (let i = 0; i < 8; i += 1) rate.record(false);
    rate.record(true);
    expect(rate.snapshot()).toMatchObject({ guarded: 9, quarantined: 1, tooHigh: true });
    rate.record(false);
    expect(rate.snapshot()).toMatchObject({ guarded: 10, quarantined: 1, rate: 0.1, tooHigh: false });
  });

  it('never calls a handful of records too high', () => {
    const { rate } = rateAt();
    for (let i = 0; i < 4; i += 1) rate.record(true);
    expect(rate.snapshot().tooHigh).toBe(false);
  });

  it('forgets records older than the window, so readiness turns green again', () => {
    const { rate, advance } = rateAt();
    for (let i = 0; i < 6; i += 1) rate.record(true);
    expect(rate.snapshot().tooHigh).toBe(true);
    advance(61_000);
    expect(rate.snapshot()).toMatchObject({ guarded: 0, quarantined: 0, tooHigh: false });
  });
});
