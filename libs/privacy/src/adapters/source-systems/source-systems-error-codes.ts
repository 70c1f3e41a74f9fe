/** Stable error codes of the source-system registry loader. */
export const sourceSystemsErrorCodes = {
  /** The registry file breaks a rule; violations name the key path and the rule. */
  invalid: 'PRIVACY.INVALID_SOURCE_SYSTEMS',
  /** The registry file cannot be read. */
  notFound: 'PRIVACY.SOURCE_SYSTEMS_NOT_FOUND',
} as const;
