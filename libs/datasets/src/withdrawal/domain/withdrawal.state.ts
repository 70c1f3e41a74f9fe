import type { RetractionNotice, RetractionOrigin } from './retraction-notice';

/** One release taken back because of a notice. */
export interface WithdrawnRelease {
  readonly releaseId: string;
  readonly supersededBy: string | null;
}

/** The withdrawal of one notice: unknown, settling (releases still to withdraw) or settled. */
export type WithdrawalState =
  | { readonly status: 'unknown' }
  | {
      readonly status: 'settling' | 'settled';
      readonly notice: RetractionNotice;
      readonly origin: RetractionOrigin;
      readonly pending: readonly string[];
      readonly withdrawn: readonly WithdrawnRelease[];
    };
