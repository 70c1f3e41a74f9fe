import type { AgreementEvent } from '@usm/contracts';
import type { RecordedEvent } from '@usm/event-sourcing';
import type { AgreementLifecycleEvent } from '../../domain/agreement/agreement.events';
import { agreementIdOf } from '../../domain/agreement/agreement-stream-id';
import type { Recorded } from '../../domain/recorded';
import { envelopeMetadataOf, unwrapBranch } from './envelope-metadata';

const namespace = 'mesh.agreements';

/** The `agreements.v1` value of a stored agreement event (key and aggregate id: the agreement id). */
export function toAgreementRecordValue(recorded: RecordedEvent<AgreementLifecycleEvent>): AgreementEvent {
  return {
    type: recorded.type,
    data: { [`${namespace}.${recorded.type}`]: recorded.data } as unknown as AgreementEvent['data'],
    metadata: envelopeMetadataOf(recorded, agreementIdOf(recorded.streamId)),
  };
}

/** A decoded `agreements.v1` value as a domain event. */
export function fromAgreementRecordValue(value: AgreementEvent): Recorded<AgreementLifecycleEvent> {
  const data = unwrapBranch(value.data, `${namespace}.${value.type}`);
  const event = { type: value.type, data } as AgreementLifecycleEvent;
  return { event, version: value.metadata.aggregateVersion, occurredAt: value.metadata.occurredAt };
}
