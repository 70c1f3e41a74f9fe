import { InfrastructureError } from '@usm/errors';

/** Stable codes of the legal-basis gate's own failures. */
export const LegalBasisErrorCode = {
  /** The event store could not be read: the answer is unknown (HTTP 503), never a yes or a no. */
  AnswerUnknown: 'CONSENT.LEGAL_BASIS_UNKNOWN',
} as const;

/** The gate cannot be sure of its answer; the caller keeps the data where it is and asks again later. */
export function answerUnknown(cause: unknown): InfrastructureError {
  return new InfrastructureError(LegalBasisErrorCode.AnswerUnknown, 'the consent ledger cannot read the subject consent stream now; ask again later', { cause });
}
