import { InMemoryEventStore } from '@usm/event-sourcing/testing';
import type { AgreementReadModel, ConsentReadModel } from '../application/ports';
import { activated, drafted, proposed, signed } from '../domain/agreement/agreement.spec-fixtures';
import type { AgreementLifecycleEvent } from '../domain/agreement/agreement.events';
import { agreementStreamId } from '../domain/agreement/agreement-stream-id';
import type { ConsentEvent } from '../domain/consent/consent.events';
import { consentStreamId } from '../domain/consent/consent-stream-id';
import { day, granted, revoked, t0 } from '../domain/consent/consent.spec-fixtures';
import type { EventLog } from './in-memory-ledger-read-models';

/** The read models under test, built from a log of stored events. */
export interface ReadModelsUnderTest {
  readonly consents: ConsentReadModel;
  readonly agreements: AgreementReadModel;
}

const grantFor = (subjectId: string, purpose: 'aiTraining' | 'research', expiresAt: number | null): ConsentEvent => {
  const event = granted(t0, expiresAt);
  return { ...event, data: { ...event.data, subjectId, purpose, consentId: consentStreamId(subjectId, purpose) } } as ConsentEvent;
};
const revokeFor = (subjectId: string, purpose: 'aiTraining' | 'research'): ConsentEvent => {
  const event = revoked(t0 + day);
  return { ...event, data: { ...event.data, subjectId, purpose, consentId: consentStreamId(subjectId, purpose) } } as ConsentEvent;
};
const agreementWith = (agreementId: string, partnerId: string, events: readonly AgreementLifecycleEvent[]): AgreementLifecycleEvent[] =>
  events.map((event) => {
    const data = { ...event.data, agreementId };
    return (event.type === 'AgreementDrafted' ? { ...event, data: { ...data, partner: { ...event.data.partner, partnerId } } } : { ...event, data }) as AgreementLifecycleEvent;
  });

/** One log exercising every query: two subjects, three consents, three agreements. */
export async function sampleLedgerLog(): Promise<EventLog> {
  const store = new InMemoryEventStore();
  const streams: [string, readonly (ConsentEvent | AgreementLifecycleEvent)[]][] = [
    [consentStreamId('psn-a', 'research'), [grantFor('psn-a', 'research', t0 + 10 * day)]],
    [consentStreamId('psn-a', 'aiTraining'), [grantFor('psn-a', 'aiTraining', t0 + 5 * day), revokeFor('psn-a', 'aiTraining')]],
    [consentStreamId('psn-b', 'research'), [grantFor('psn-b', 'research', null)]],
    [agreementStreamId('agr-a'), agreementWith('agr-a', 'osaka', [drafted, proposed(), signed('city'), signed('partner'), activated()])],
    [agreementStreamId('agr-b'), agreementWith('agr-b', 'osaka', [drafted])],
    [agreementStreamId('agr-c'), agreementWith('agr-c', 'hamburg', [drafted, proposed(), signed('partner'), signed('city'), activated()])],
  ];
  for (const [index, [streamId, events]] of streams.entries()) {
    await store.appendToStream(streamId, 0, events, { commandId: `cmd-${index}`, actor: 'spec', now: new Date(t0) });
  }
  return store;
}

/** The behaviour every adapter of the read-model ports shares; run against in-memory and PostgreSQL. */
export function describeLedgerReadModelsContract(adapter: string, open: (log: EventLog) => Promise<ReadModelsUnderTest>, close: () => Promise<void> = async () => undefined): void {
  describe(`ledger read models contract: ${adapter}`, () => {
    let models: ReadModelsUnderTest;

    beforeAll(async () => {
      models = await open(await sampleLedgerLog());
    });
    afterAll(close);

    it('finds the current consent of a subject and purpose, or null', async () => {
      await expect(models.consents.currentConsent('psn-a', 'aiTraining')).resolves.toMatchObject({ status: 'revoked', version: 2, endedAt: new Date(t0 + day) });
      await expect(models.consents.currentConsent('psn-c', 'research')).resolves.toBeNull();
    });

    it('lists a subject’s history by purpose then version, for all purposes or one', async () => {
      const all = await models.consents.consentHistory('psn-a');
      expect(all.map((row) => [row.purpose, row.version, row.eventType])).toEqual([
        ['aiTraining', 1, 'ConsentGranted'],
        ['aiTraining', 2, 'ConsentRevoked'],
        ['research', 1, 'ConsentGranted'],
      ]);
      expect((await models.consents.consentHistory('psn-a', 'research')).map((row) => row.event)).toEqual([grantFor('psn-a', 'research', t0 + 10 * day)]);
    });

    it('lists granted consents due for expiry, oldest expiry first, up to the limit', async () => {
      await expect(models.consents.dueForExpiry(new Date(t0 + 9 * day), 10)).resolves.toEqual([]);
      const due = await models.consents.dueForExpiry(new Date(t0 + 10 * day), 10);
      expect(due.map((row) => row.consentId)).toEqual(['consent-psn-a-research']);
      await expect(models.consents.dueForExpiry(new Date(t0 + 99 * day), 0)).resolves.toEqual([]);
    });

    it('finds an agreement by id, or null', async () => {
      await expect(models.agreements.findAgreement('agr-b')).resolves.toMatchObject({ status: 'draft', partnerId: 'osaka', topics: ['safety.events.anonymised.v1'] });
      await expect(models.agreements.findAgreement('agr-z')).resolves.toBeNull();
    });

    it('lists active agreements, for one partner or all', async () => {
      expect((await models.agreements.activeAgreements('osaka')).map((row) => row.agreementId)).toEqual(['agr-a']);
      expect((await models.agreements.activeAgreements()).map((row) => row.agreementId)).toEqual(['agr-a', 'agr-c']);
    });
  });
}
