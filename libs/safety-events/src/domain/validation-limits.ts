/**
 * Caps that keep validation linear in the size of the body whatever it holds: an object with more keys is
 * refused whole (its keys are not listed one by one), and a refusal lists at most `maxViolationsReported`.
 */
export const validationLimits = {
  /** A record of the contract has 18 fields at most; more keys than this are not a typo but a flood. */
  maxKeysPerRecord: 64,
  /** Source-specific `attributes`: a few dozen entries at most. */
  maxKeysPerMap: 64,
  maxViolationsReported: 100,
} as const;
