// Generated from schemas/consent/ConsentRenewed.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { DataPurpose } from '../shared/data-purpose.avro';

/**
 * A data subject renewed an existing consent, extending its expiry.
 * Avro: `mesh.consent.ConsentRenewed`.
 */
export interface ConsentRenewed {
  /** Id of the consent aggregate. */
  readonly consentId: string;
  /**
   * Pseudonymous id of the data subject.
   * @privacy quasi
   */
  readonly subjectId: string;
  /** Purpose the renewed consent is for. */
  readonly purpose: DataPurpose;
  /** Version of the privacy notice shown at renewal. */
  readonly noticeVersion: string;
  /**
   * When consent was renewed, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly renewedAt: number;
  /**
   * New expiry; null when it no longer expires.
   * Avro logical type: timestamp-millis.
   */
  readonly expiresAt: number | null;
}
