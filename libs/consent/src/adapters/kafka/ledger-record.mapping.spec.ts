import { Type } from 'avsc';
import type { Schema } from 'avsc';
import { loadValueSchema, topicCatalog } from '@usm/contracts';
import type { RecordedEvent } from '@usm/event-sourcing';
import type { AgreementLifecycleEvent } from '../../domain/agreement/agreement.events';
import { drafted, signed, suspended } from '../../domain/agreement/agreement.spec-fixtures';
import type { ConsentEvent } from '../../domain/consent/consent.events';
import { expired, granted, renewed, revoked, t0 } from '../../domain/consent/consent.spec-fixtures';
import { fromAgreementRecordValue, toAgreementRecordValue } from './agreement-record.mapping';
import { fromConsentRecordValue, toConsentRecordValue } from './consent-record.mapping';
import { agreementsRoute } from './ledger-stream-routes';

function recorded<E extends ConsentEvent | AgreementLifecycleEvent>(event: E, streamId: string, version = 3): RecordedEvent<E> {
  const metadata = { commandId: 'cmd-7', actor: 'officer-1', occurredAt: new Date(t0).toISOString() };
  return { eventId: '7d1f0c7e-2b8e-4f57-bb0e-3b7f6d0c9a01', streamId, version, globalPosition: '42', type: event.type, data: event.data, metadata };
}

describe('consent events ↔ consent.records.v1 envelopes', () => {
  const type = Type.forSchema(loadValueSchema(topicCatalog.consentRecords) as Schema);

  it.each([granted(t0), granted(t0, null), revoked(t0, 'subjectRequest'), renewed(t0, null), expired(t0)])('$type survives Avro encoding with its place in the stream', (event) => {
    const value = toConsentRecordValue(recorded(event, event.data.consentId));
    expect(value.metadata).toEqual({
      eventId: '7d1f0c7e-2b8e-4f57-bb0e-3b7f6d0c9a01',
      aggregateId: event.data.consentId,
      aggregateVersion: 3,
      occurredAt: t0,
      commandId: 'cmd-7',
      causationId: null,
      correlationId: null,
    });
    const decoded = type.fromBuffer(type.toBuffer(value));
    expect(fromConsentRecordValue(decoded)).toEqual({ event, version: 3, occurredAt: t0 });
  });
});

describe('agreement events ↔ agreements.v1 envelopes', () => {
  const type = Type.forSchema(loadValueSchema(topicCatalog.agreements) as Schema);

  it.each([drafted, signed('partner'), suspended()])('$type survives Avro encoding, keyed and identified by agreement id', (event) => {
    const stored = recorded(event, `agreement-${event.data.agreementId}`, 1);
    const value = toAgreementRecordValue(stored);
    expect(value.metadata.aggregateId).toBe(event.data.agreementId);
    expect(agreementsRoute().keyOf?.(stored)).toBe(event.data.agreementId);
    expect(fromAgreementRecordValue(type.fromBuffer(type.toBuffer(value)))).toEqual({ event, version: 1, occurredAt: t0 });
  });
});
