/** Defaults for settings a policy leaves out. */
export const policyDefaults = {
  h3Resolution: 8,
  timeBucketMinutes: 15,
  ageBandWidth: 10,
  ageBandOpenFrom: 80,
  freeTextMaxLength: 1000,
  maxClockSkewSeconds: 300,
  maxReportDelayDays: 30,
  /** The detectors' scan bound: no policy may let them scan more. */
  freeTextMaxLengthLimit: 4096,
} as const;
