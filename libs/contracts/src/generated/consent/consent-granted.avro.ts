// Generated from schemas/consent/ConsentGranted.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { DataPurpose } from '../shared/data-purpose.avro';
import type { LegalBasis } from '../shared/legal-basis.avro';
import type { ConsentScope } from './consent-scope.avro';

/**
 * A data subject granted consent for one purpose.
 * Avro: `mesh.consent.ConsentGranted`.
 */
export interface ConsentGranted {
  /** Id of the consent aggregate (one per subject and purpose). */
  readonly consentId: string;
  /**
   * Pseudonymous id of the data subject; the mapping to the person stays with the city's consent desk.
   * @privacy quasi
   */
  readonly subjectId: string;
  /** Purpose the consent is for. */
  readonly purpose: DataPurpose;
  /** Legal basis recorded with the grant (normally consent). */
  readonly legalBasis: LegalBasis;
  /** Data the consent covers. */
  readonly scope: ConsentScope;
  /** Version of the privacy notice the subject was shown. */
  readonly noticeVersion: string;
  /**
   * When consent was given, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly grantedAt: number;
  /**
   * When the consent lapses unless renewed; null when it does not expire.
   * Avro logical type: timestamp-millis.
   */
  readonly expiresAt: number | null;
  /** Added in v2: ISO 3166-1 alpha-2 code of the country whose law governs the consent (e.g. KR, ES); null when not recorded, as in every v1 grant, and then the city node's own jurisdiction applies. */
  readonly jurisdiction: string | null;
}
