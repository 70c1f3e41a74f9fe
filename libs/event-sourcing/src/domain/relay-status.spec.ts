import fc from 'fast-check';
import type { RelayReport } from './relay-status';
import { relayBackoffMs, relayProblemOf, relayStatuses } from './relay-status';

const report = (overrides: Partial<RelayReport>): RelayReport => ({
  relayId: 'r',
  status: 'leading',
  consecutiveFailures: 0,
  lastFailure: null,
  backlogRows: 0,
  oldestPendingMs: null,
  ...overrides,
});

describe('relayProblemOf', () => {
  it.each(relayStatuses.filter((status) => status !== 'stopped'))('given a %s relay with a fresh backlog, then it is ready', (status) => {
    expect(relayProblemOf(report({ status, backlogRows: 5, oldestPendingMs: 999 }), 1_000)).toBeNull();
  });

  it.each(relayStatuses.filter((status) => status !== 'stopped'))('given a %s relay whose oldest row waited past the bound, then the backlog is stale', (status) => {
    expect(relayProblemOf(report({ status, backlogRows: 1, oldestPendingMs: 1_001 }), 1_000)).toBe('backlog-stale');
  });

  it('given a stopped relay, then it is not ready, even with an empty outbox', () => {
    expect(relayProblemOf(report({ status: 'stopped' }), 1_000)).toBe('relay-stopped');
  });
});

describe('relayBackoffMs', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([0, 1, 2, 3, 4, 5].map((failures) => relayBackoffMs(failures, 100, 1_000))).toEqual([0, 100, 200, 400, 800, 1_000]);
  });

  it('is always within [base, cap] after a failure, and never decreases with more failures (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1_000, max: 120_000 }), (failures, base, cap) => {
        const pause = relayBackoffMs(failures, base, cap);
        expect(pause).toBeGreaterThanOrEqual(Math.min(base, cap));
        expect(pause).toBeLessThanOrEqual(cap);
        expect(relayBackoffMs(failures + 1, base, cap)).toBeGreaterThanOrEqual(pause);
      }),
    );
  });
});
