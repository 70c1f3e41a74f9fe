import type { AgreementEvent } from '@usm/contracts';
import type { SharingAgreement } from './replication-flow';

/** An agreement as the federation knows it, with the aggregate version of the last event that changed it. */
export interface TrackedAgreement extends SharingAgreement {
  readonly version: number;
}

/** The federation's own view of `agreements.v1`: what each agreement shares, with whom, and whether it is in force. */
export type AgreementView = Readonly<Record<string, TrackedAgreement>>;

export const initialAgreementView: AgreementView = {};

type EventData<K extends AgreementEvent['type']> = Extract<AgreementEvent['data'], Record<`mesh.agreements.${K}`, unknown>>[`mesh.agreements.${K}`];

/** avsc wraps the union branch in an object keyed by its full name; there is exactly one key. */
function dataOf<K extends AgreementEvent['type']>(event: AgreementEvent, _type: K): EventData<K> {
  return Object.values(event.data)[0] as EventData<K>;
}

function applyEvent(current: SharingAgreement | undefined, event: AgreementEvent): SharingAgreement | undefined {
  switch (event.type) {
    case 'AgreementDrafted': {
      if (current) return current;
      const drafted = dataOf(event, 'AgreementDrafted');
      return { agreementId: drafted.agreementId, partner: drafted.partner.partnerId, partnerKind: drafted.partner.kind, topics: [...drafted.topics], status: 'draft', validUntil: drafted.validity.validUntil };
    }
    case 'AgreementProposed':
      return current?.status === 'draft' ? { ...current, status: 'proposed' } : current;
    case 'AgreementSigned':
      // A signature changes nothing that replicates; only activation does.
      return current;
    case 'AgreementActivated':
      // The ledger already decided the activation was lawful; only an ended agreement cannot come back.
      return current && current.status !== 'terminated' && current.status !== 'active' ? { ...current, status: 'active' } : current;
    case 'AgreementSuspended':
      return current?.status === 'active' ? { ...current, status: 'suspended' } : current;
    case 'AgreementTerminated':
      return current && current.status !== 'terminated' ? { ...current, status: 'terminated' } : current;
    default: {
      const unknownType: never = event.type;
      return unknownType;
    }
  }
}

/**
 * Folds one `agreements.v1` event into the view. Never throws: an event that does not fit (unknown
 * agreement, after termination, an older or repeated version) leaves the view as it is.
 */
export function evolveAgreementView(view: AgreementView, event: AgreementEvent): AgreementView {
  const id = event.metadata.aggregateId;
  const current = view[id];
  if (current && event.metadata.aggregateVersion <= current.version) return view;
  const next = applyEvent(current, event);
  if (next === undefined || next === current) return view;
  return { ...view, [id]: { ...next, version: event.metadata.aggregateVersion } };
}

/** The agreements of a view, in id order, as `buildReplicationPlan` takes them. */
export function agreementsOf(view: AgreementView): readonly TrackedAgreement[] {
  return Object.keys(view).sort().map((id) => view[id] as TrackedAgreement);
}
