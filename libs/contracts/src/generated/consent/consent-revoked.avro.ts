// Generated from schemas/consent/ConsentRevoked.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { DataPurpose } from '../shared/data-purpose.avro';

/**
 * A data subject withdrew consent; releases that used their data are withdrawn in turn.
 * Avro: `mesh.consent.ConsentRevoked`.
 */
export interface ConsentRevoked {
  /** Id of the consent aggregate. */
  readonly consentId: string;
  /**
   * Pseudonymous id of the data subject.
   * @privacy quasi
   */
  readonly subjectId: string;
  /** Purpose the revoked consent was for. */
  readonly purpose: DataPurpose;
  /**
   * When consent was withdrawn, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly revokedAt: number;
  /** Optional reason code from the consent desk's list; a code, never free text. */
  readonly reasonCode: string | null;
}
