/** Stable error codes of the privacy context. */
export const privacyErrorCodes = {
  invalidPolicy: 'PRIVACY.INVALID_POLICY',
  policyNotFound: 'PRIVACY.POLICY_NOT_FOUND',
  missingSecret: 'PRIVACY.MISSING_SECRET',
  weakSecret: 'PRIVACY.WEAK_SECRET',
  invalidEvent: 'PRIVACY.INVALID_EVENT',
} as const;
