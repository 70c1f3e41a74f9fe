// Generated from schemas/agreements/AgreementDrafted.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { DataPurpose } from '../shared/data-purpose.avro';
import type { AgreementPartner } from './agreement-partner.avro';

/**
 * A data-sharing agreement was drafted: with whom, which topics, for which purposes, for how long.
 * Avro: `mesh.agreements.AgreementDrafted`.
 */
export interface AgreementDrafted {
  /** Id of the agreement aggregate. */
  readonly agreementId: string;
  /** The organisation data would be shared with. */
  readonly partner: AgreementPartner;
  /** Catalog topic names to share; only shareable topics are accepted. */
  readonly topics: ReadonlyArray<string>;
  /** Purposes the partner may use the data for. */
  readonly purposes: ReadonlyArray<DataPurpose>;
  /** How many days the partner may keep each record. */
  readonly partnerRetentionDays: number;
  /** Period in which the agreement may be active. */
  readonly validity: ValidityPeriod;
  /**
   * Pseudonymous id of the city officer who drafted it.
   * @privacy quasi
   */
  readonly draftedBy: string;
}

/**
 * A period of time, open-ended when validUntil is null.
 * Avro: `mesh.agreements.ValidityPeriod`.
 */
export interface ValidityPeriod {
  /**
   * Start of the period, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly validFrom: number;
  /**
   * End of the period (exclusive), UTC epoch millis; null when open-ended.
   * Avro logical type: timestamp-millis.
   */
  readonly validUntil: number | null;
}
