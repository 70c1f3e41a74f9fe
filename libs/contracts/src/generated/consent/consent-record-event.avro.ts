// Generated from schemas/consent/ConsentRecordEvent.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { EventMetadata } from '../shared/event-metadata.avro';
import type { ConsentExpired } from './consent-expired.avro';
import type { ConsentGranted } from './consent-granted.avro';
import type { ConsentRenewed } from './consent-renewed.avro';
import type { ConsentRevoked } from './consent-revoked.avro';

/**
 * Envelope of every event on consent.records.v1 (one value schema per topic, subject consent.records.v1-value). Key = consentId. Never leaves the city.
 * Avro: `mesh.consent.ConsentRecordEvent`.
 */
export interface ConsentRecordEvent {
  /** Name of the event in data; equals the record name of the data branch. */
  readonly type: ConsentRecordEventType;
  /**
   * The event's facts.
   * avsc wraps the value in an object keyed by the branch's Avro full name.
   */
  readonly data:
    | { readonly 'mesh.consent.ConsentGranted': ConsentGranted }
    | { readonly 'mesh.consent.ConsentRevoked': ConsentRevoked }
    | { readonly 'mesh.consent.ConsentExpired': ConsentExpired }
    | { readonly 'mesh.consent.ConsentRenewed': ConsentRenewed };
  /** Identity and stream position of the event; aggregateId = consentId. */
  readonly metadata: EventMetadata;
}

/** Symbols of {@link ConsentRecordEventType}, in schema order. */
export const consentRecordEventTypeSymbols = [
  'ConsentGranted',
  'ConsentRevoked',
  'ConsentExpired',
  'ConsentRenewed',
] as const;

/**
 * Events of the consent aggregate.
 * Avro: `mesh.consent.ConsentRecordEventType`.
 */
export type ConsentRecordEventType = (typeof consentRecordEventTypeSymbols)[number];
