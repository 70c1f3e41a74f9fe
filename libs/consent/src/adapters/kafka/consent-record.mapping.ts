import type { ConsentRecordEvent } from '@usm/contracts';
import type { RecordedEvent } from '@usm/event-sourcing';
import type { ConsentEvent } from '../../domain/consent/consent.events';
import type { StoredConsentEvent } from '../../domain/consent/consent-event.upcaster';
import { upcastConsentEvent } from '../../domain/consent/consent-event.upcaster';
import type { Recorded } from '../../domain/recorded';
import { envelopeMetadataOf, unwrapBranch } from './envelope-metadata';

const namespace = 'mesh.consent';

/** The `consent.records.v1` value of a stored consent event (key and aggregate id: the consent id = stream id). */
export function toConsentRecordValue(recorded: RecordedEvent<ConsentEvent>): ConsentRecordEvent {
  const event = upcastConsentEvent({ type: recorded.type, data: recorded.data } as StoredConsentEvent);
  return {
    type: event.type,
    data: { [`${namespace}.${event.type}`]: event.data } as unknown as ConsentRecordEvent['data'],
    metadata: envelopeMetadataOf(recorded, recorded.streamId),
  };
}

/** A decoded `consent.records.v1` value (any writer schema version) as a current-shape domain event. */
export function fromConsentRecordValue(value: ConsentRecordEvent): Recorded<ConsentEvent> {
  const data = unwrapBranch(value.data, `${namespace}.${value.type}`);
  const event = upcastConsentEvent({ type: value.type, data } as StoredConsentEvent);
  return { event, version: value.metadata.aggregateVersion, occurredAt: value.metadata.occurredAt };
}
