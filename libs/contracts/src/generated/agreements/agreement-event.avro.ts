// Generated from schemas/agreements/AgreementEvent.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { EventMetadata } from '../shared/event-metadata.avro';
import type { AgreementActivated } from './agreement-activated.avro';
import type { AgreementDrafted } from './agreement-drafted.avro';
import type { AgreementProposed } from './agreement-proposed.avro';
import type { AgreementSigned } from './agreement-signed.avro';
import type { AgreementSuspended } from './agreement-suspended.avro';
import type { AgreementTerminated } from './agreement-terminated.avro';

/**
 * Envelope of every event on agreements.v1 (one value schema per topic, subject agreements.v1-value). Key = agreementId. Never leaves the city.
 * Avro: `mesh.agreements.AgreementEvent`.
 */
export interface AgreementEvent {
  /** Name of the event in data; equals the record name of the data branch. */
  readonly type: AgreementEventType;
  /**
   * The event's facts.
   * avsc wraps the value in an object keyed by the branch's Avro full name.
   */
  readonly data:
    | { readonly 'mesh.agreements.AgreementDrafted': AgreementDrafted }
    | { readonly 'mesh.agreements.AgreementProposed': AgreementProposed }
    | { readonly 'mesh.agreements.AgreementSigned': AgreementSigned }
    | { readonly 'mesh.agreements.AgreementActivated': AgreementActivated }
    | { readonly 'mesh.agreements.AgreementSuspended': AgreementSuspended }
    | { readonly 'mesh.agreements.AgreementTerminated': AgreementTerminated };
  /** Identity and stream position of the event; aggregateId = agreementId. */
  readonly metadata: EventMetadata;
}

/** Symbols of {@link AgreementEventType}, in schema order. */
export const agreementEventTypeSymbols = [
  'AgreementDrafted',
  'AgreementProposed',
  'AgreementSigned',
  'AgreementActivated',
  'AgreementSuspended',
  'AgreementTerminated',
] as const;

/**
 * Events of the agreement aggregate.
 * Avro: `mesh.agreements.AgreementEventType`.
 */
export type AgreementEventType = (typeof agreementEventTypeSymbols)[number];
