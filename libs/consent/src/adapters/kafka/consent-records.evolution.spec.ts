import { Type } from 'avsc';
import type { Schema } from 'avsc';
import { checkCompatibility, loadValueSchema, topicCatalog } from '@usm/contracts';
import type { RecordedEvent } from '@usm/event-sourcing';
import type { ConsentEvent } from '../../domain/consent/consent.events';
import { granted, t0 } from '../../domain/consent/consent.spec-fixtures';
import { consentRecordsSchemaV1 } from './consent-records-schema-history';
import { fromConsentRecordValue, toConsentRecordValue } from './consent-record.mapping';

const v1Schema = consentRecordsSchemaV1();
const v2Schema = loadValueSchema(topicCatalog.consentRecords);
const typeOf = (schema: unknown) => Type.forSchema(schema as Schema);

const recorded = (event: ConsentEvent): RecordedEvent<ConsentEvent> => ({
  eventId: '0b6f7a3e-4a1d-4b7a-9a51-1c0c4c1c2e11',
  streamId: event.data.consentId,
  version: 1,
  globalPosition: '1',
  type: event.type,
  data: event.data,
  metadata: { commandId: 'cmd-1', actor: 'desk-1', occurredAt: new Date(t0).toISOString() },
});

describe('consent.records.v1: ConsentGranted v1 → v2 (added field with a default)', () => {
  it('is BACKWARD_TRANSITIVE compatible with the v1 envelope', () => {
    expect(checkCompatibility(v2Schema, [v1Schema], 'BACKWARD_TRANSITIVE')).toEqual([]);
  });

  it('a v2 reader resolves a v1 record, filling the default (null: not recorded)', () => {
    const { jurisdiction: _dropped, ...v1Data } = granted(t0).data;
    const value = toConsentRecordValue(recorded({ ...granted(t0), data: { ...v1Data, jurisdiction: null } }));
    const v1Value = { ...value, data: { 'mesh.consent.ConsentGranted': v1Data } };
    const [writer, reader] = [typeOf(v1Schema), typeOf(v2Schema)];
    const resolved = reader.fromBuffer(writer.toBuffer(v1Value), reader.createResolver(writer));
    expect(fromConsentRecordValue(resolved).event).toEqual({ ...granted(t0), data: { ...v1Data, jurisdiction: null } });
  });

  it('a v1 record decoded with its own (writer) schema folds like v2 once upcast', () => {
    const { jurisdiction: _dropped, ...v1Data } = granted(t0).data;
    const envelope = { ...toConsentRecordValue(recorded(granted(t0))), data: { 'mesh.consent.ConsentGranted': v1Data } };
    const decoded = typeOf(v1Schema).fromBuffer(typeOf(v1Schema).toBuffer(envelope));
    expect(fromConsentRecordValue(decoded)).toEqual({ event: { ...granted(t0), data: { ...v1Data, jurisdiction: null } }, version: 1, occurredAt: t0 });
  });

  it('round-trips a v2 record through the current schema', () => {
    const bytes = typeOf(v2Schema).toBuffer(toConsentRecordValue(recorded(granted(t0))));
    expect(fromConsentRecordValue(typeOf(v2Schema).fromBuffer(bytes)).event).toEqual(granted(t0));
  });
});
