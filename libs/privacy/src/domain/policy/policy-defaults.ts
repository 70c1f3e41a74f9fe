/** Defaults for settings a policy leaves out. */
export const policyDefaults = {
  h3Resolution: 8,
  timeBucketMinutes: 15,
  ageBandWidth: 10,
  ageBandOpenFrom: 80,
} as const;
