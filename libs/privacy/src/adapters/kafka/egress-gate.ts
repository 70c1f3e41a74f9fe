import type { OutputRecord } from '@usm/messaging';
import type { AnonymisedSafetyEvent } from '../../domain/contract/anonymised-safety-event';
import type { RawSafetyEvent } from '../../domain/contract/raw-safety-event';
import type { EgressKind, EgressVerdict } from '../../domain/egress-guard/guard-egress';

/** Headers of a quarantined record: what the guard found and where, never the value. */
export const QuarantineHeader = {
  /** Detector kinds that hit, sorted and comma-separated, e.g. `name,phone`. */
  Kinds: 'mesh.quarantine.kinds',
  /** Top-level fields they hit in (schema field names, never map keys), e.g. `attributes,description`. */
  Fields: 'mesh.quarantine.fields',
} as const;

/** What the transform needs to guard the shareable topic. */
export interface EgressGate {
  /** Searches the output for identifiers, with the raw event's own known values. */
  readonly guard: (event: AnonymisedSafetyEvent, raw: RawSafetyEvent) => EgressVerdict;
  /** The local, never-shareable topic of stopped records. */
  readonly quarantineTopic: string;
  /** Called after commit for every guarded record. */
  readonly guarded: (quarantined: boolean, kinds: readonly EgressKind[]) => void;
}

/** The quarantine record of a stopped event: same key and value as it would have had, headers naming the detector kinds. */
export function quarantineRecordOf(gate: EgressGate, event: AnonymisedSafetyEvent, verdict: Extract<EgressVerdict, { clean: false }>, headers: Record<string, string>): OutputRecord {
  return {
    topic: gate.quarantineTopic,
    key: event.eventId,
    value: event,
    headers: { ...headers, [QuarantineHeader.Kinds]: verdict.kinds.join(','), [QuarantineHeader.Fields]: verdict.fields.join(',') },
  };
}
