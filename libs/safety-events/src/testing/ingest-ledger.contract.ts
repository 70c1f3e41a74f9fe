import type { IngestLedger } from '../application/ports';
import { sampleEventId } from './sample-events';

/** What a contract run needs from an adapter under test. */
export interface LedgerUnderTest {
  readonly ledger: IngestLedger;
  /** Makes every current claim older than the lease, as if its holder had died long ago. */
  readonly lapseClaims: () => Promise<void>;
}

/** The behaviour every IngestLedger adapter must share; run against the in-memory and the PostgreSQL adapter. */
export function describeIngestLedgerContract(name: string, setUp: () => Promise<LedgerUnderTest>): void {
  describe(`${name} (IngestLedger contract)`, () => {
    let subject: LedgerUnderTest;
    beforeEach(async () => {
      subject = await setUp();
    });

    it('claims ids nobody holds', async () => {
      const ids = [sampleEventId(), sampleEventId()];
      await expect(subject.ledger.claim(ids, sampleEventId())).resolves.toEqual({ claimed: [...ids].sort(), acknowledged: [], inFlight: [] });
    });

    it('reports ids held by a live claim as in flight, and acknowledged ids as acknowledged', async () => {
      const [held, done, fresh] = [sampleEventId(), sampleEventId(), sampleEventId()];
      await subject.ledger.claim([held, done], sampleEventId());
      await subject.ledger.acknowledge([done]);
      await expect(subject.ledger.claim([held, done, fresh], sampleEventId())).resolves.toEqual({ claimed: [fresh], acknowledged: [done], inFlight: [held] });
    });

    it('lets only the holder release a claim', async () => {
      const id = sampleEventId();
      const holder = sampleEventId();
      await subject.ledger.claim([id], holder);
      await subject.ledger.release([id], sampleEventId());
      await expect(subject.ledger.claim([id], sampleEventId())).resolves.toMatchObject({ inFlight: [id] });
      await subject.ledger.release([id], holder);
      await expect(subject.ledger.claim([id], sampleEventId())).resolves.toMatchObject({ claimed: [id] });
    });

    it('hands a lapsed claim to the next claimer, but never an acknowledged id', async () => {
      const [lapsed, done] = [sampleEventId(), sampleEventId()];
      await subject.ledger.claim([lapsed, done], sampleEventId());
      await subject.ledger.acknowledge([done]);
      await subject.lapseClaims();
      await expect(subject.ledger.claim([lapsed, done], sampleEventId())).resolves.toEqual({ claimed: [lapsed], acknowledged: [done], inFlight: [] });
    });

    it('gives each id of two concurrent overlapping claims to exactly one claimer', async () => {
      const ids = Array.from({ length: 20 }, () => sampleEventId());
      const [first, second] = await Promise.all([subject.ledger.claim(ids, sampleEventId()), subject.ledger.claim([...ids].reverse(), sampleEventId())]);
      expect([...(first?.claimed ?? []), ...(second?.claimed ?? [])].sort()).toEqual([...ids].sort());
      expect([...(first?.inFlight ?? []), ...(second?.inFlight ?? [])].sort()).toEqual([...ids].sort());
    });
  });
}
