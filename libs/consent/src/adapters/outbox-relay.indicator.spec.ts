import type { OutboxRelay, RelayReport } from '@usm/event-sourcing';
import { OutboxRelayIndicator } from './outbox-relay.indicator';

const relayReporting = (report: Partial<RelayReport> | Error): OutboxRelay => ({
  start: async () => undefined,
  stop: async () => undefined,
  drain: async () => 0,
  report: async () => {
    if (report instanceof Error) throw report;
    return { relayId: 'r', status: 'leading', consecutiveFailures: 0, lastFailure: null, backlogRows: 0, oldestPendingMs: null, ...report };
  },
});

describe('OutboxRelayIndicator', () => {
  it('is up with the status and backlog while rows are published in time', async () => {
    const result = await new OutboxRelayIndicator(relayReporting({ status: 'standby', backlogRows: 2, oldestPendingMs: 100 }), 1_000).check('outboxRelay');
    expect(result).toEqual({ outboxRelay: { status: 'up', relayStatus: 'standby', backlogRows: 2, oldestPendingMs: 100, consecutiveFailures: 0, lastFailure: null } });
  });

  it('is down, naming the problem, when the oldest row waited past the bound (a fenced or failing relay)', async () => {
    const result = await new OutboxRelayIndicator(relayReporting({ status: 'fenced', backlogRows: 9, oldestPendingMs: 5_000, lastFailure: 'PRODUCER_FENCED' }), 1_000).check('outboxRelay');
    expect(result['outboxRelay']).toMatchObject({ status: 'down', relayStatus: 'fenced', problem: 'backlog-stale', backlogRows: 9, lastFailure: 'PRODUCER_FENCED' });
  });

  it('is down when the backlog cannot be read', async () => {
    const result = await new OutboxRelayIndicator(relayReporting(new Error('db down')), 1_000).check('outboxRelay');
    expect(result['outboxRelay']).toMatchObject({ status: 'down', problem: 'backlog-unknown' });
  });
});
