/** Tuning of the projection runner; defaults suit a city node. */
export interface ProjectionRunnerSettings {
  /** Consumer groups are `<groupPrefix>.<projection name>`; offsets live in PostgreSQL, never in the group. */
  readonly groupPrefix: string;
  /** Records per database transaction. */
  readonly maxRecordsPerTransaction?: number;
  /** How soon a crashed runner's partitions move to another member (broker minimum is usually 6 s). */
  readonly sessionTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
}

/** Defaults of the optional settings. */
export const defaultProjectionSettings = {
  maxRecordsPerTransaction: 500,
  sessionTimeoutMs: 10_000,
  heartbeatIntervalMs: 1_000,
} as const;
