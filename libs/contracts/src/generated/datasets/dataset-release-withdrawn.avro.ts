// Generated from schemas/datasets/DatasetReleaseWithdrawn.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * A release was withdrawn; holders must delete it (e.g. after a consent revocation).
 * Avro: `mesh.datasets.DatasetReleaseWithdrawn`.
 */
export interface DatasetReleaseWithdrawn {
  /** Id of the release aggregate. */
  readonly releaseId: string;
  /** Why it was withdrawn. */
  readonly reason: WithdrawalReason;
  /** Id of the release that replaces it, when there is one. */
  readonly replacedBy: string | null;
  /**
   * When it was withdrawn, UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly withdrawnAt: number;
}

/** Symbols of {@link WithdrawalReason}, in schema order. */
export const withdrawalReasonSymbols = [
  'consentRevoked',
  'qualityIssue',
  'legalRequest',
  'superseded',
  'consentExpired',
] as const;

/**
 * Reasons to withdraw a release. consentExpired (appended in v2) is a consent for the release's purpose that ran out without renewal; consentRevoked one the subject revoked. A reader that meets a symbol it does not know reads the default, consentRevoked (a consent that no longer holds).
 * Avro: `mesh.datasets.WithdrawalReason`.
 */
export type WithdrawalReason = (typeof withdrawalReasonSymbols)[number];
