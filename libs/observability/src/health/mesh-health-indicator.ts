import type { HealthIndicatorResult } from '@nestjs/terminus';

/** A dependency `/health` asks about. Never throws: a failure is a `down` result under `key`. */
export interface MeshHealthIndicator {
  check(key: string): Promise<HealthIndicatorResult>;
}
