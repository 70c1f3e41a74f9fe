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
] as const;

/**
 * Reasons to withdraw a release.
 * Avro: `mesh.datasets.WithdrawalReason`.
 */
export type WithdrawalReason = (typeof withdrawalReasonSymbols)[number];
