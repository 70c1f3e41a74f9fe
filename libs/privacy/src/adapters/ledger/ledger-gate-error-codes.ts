/** Stable error codes of the ledger-backed legal-basis gate. */
export const ledgerGateErrorCodes = {
  /** The consent service did not answer in time, answered 5xx or something that is not an answer: retried. */
  unavailable: 'PRIVACY.LEDGER_UNAVAILABLE',
  /** The ledger answered that it cannot be sure now (503 CONSENT.LEGAL_BASIS_UNKNOWN): retried, never taken as a yes or a no. */
  answerUnknown: 'PRIVACY.LEDGER_ANSWER_UNKNOWN',
  /** The consent service refused the question (400): retrying the same event cannot help. */
  questionRefused: 'PRIVACY.LEDGER_QUESTION_REFUSED',
} as const;
