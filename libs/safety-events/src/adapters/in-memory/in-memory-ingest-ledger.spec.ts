import { describeIngestLedgerContract } from '../../testing/ingest-ledger.contract';
import { InMemoryIngestLedger } from './in-memory-ingest-ledger';

const leaseMs = 30_000;

describeIngestLedgerContract('InMemoryIngestLedger', () => {
  const clock = { time: 0, now: () => clock.time };
  const ledger = new InMemoryIngestLedger(clock, leaseMs);
  return Promise.resolve({
    ledger,
    lapseClaims: () => {
      clock.time += leaseMs;
      return Promise.resolve();
    },
  });
});
