// Generated from schemas/consent/ConsentExpired.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { DataPurpose } from '../shared/data-purpose.avro';

/**
 * A consent reached its expiry without renewal.
 * Avro: `mesh.consent.ConsentExpired`.
 */
export interface ConsentExpired {
  /** Id of the consent aggregate. */
  readonly consentId: string;
  /**
   * Pseudonymous id of the data subject.
   * @privacy quasi
   */
  readonly subjectId: string;
  /** Purpose the expired consent was for. */
  readonly purpose: DataPurpose;
  /**
   * The expiry that was reached, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly expiredAt: number;
}
