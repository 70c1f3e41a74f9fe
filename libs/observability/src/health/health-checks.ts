import { Injectable } from '@nestjs/common';
import type { HealthIndicatorFunction } from '@nestjs/terminus';
import type { MeshHealthIndicator } from './mesh-health-indicator';

/**
 * Where bounded contexts plug their checks in. Readiness (`/health/ready`, and `/health` for older
 * probes): the dependencies and streams the service needs to do its work. Liveness (`/health/live`):
 * only whether the process itself still runs, so an orchestrator restarts it, never because Kafka is down.
 */
@Injectable()
export class HealthChecks {
  private readonly indicators = new Map<string, MeshHealthIndicator>();
  private readonly liveness = new Map<string, MeshHealthIndicator>();

  /** Adds a readiness indicator under `key`. A key already taken keeps its first indicator: contexts of one node share Kafka, registry and database. */
  register(key: string, indicator: MeshHealthIndicator): void {
    if (!this.indicators.has(key)) this.indicators.set(key, indicator);
  }

  /** Adds a liveness indicator under `key`; the first one of a key stays. */
  registerLiveness(key: string, indicator: MeshHealthIndicator): void {
    if (!this.liveness.has(key)) this.liveness.set(key, indicator);
  }

  /** One terminus indicator function per liveness key. */
  livenessFunctions(): HealthIndicatorFunction[] {
    return [...this.liveness].map(([key, indicator]) => () => indicator.check(key));
  }

  keys(): string[] {
    return [...this.indicators.keys()];
  }

  /** One terminus indicator function per readiness key. */
  indicatorFunctions(): HealthIndicatorFunction[] {
    return [...this.indicators].map(([key, indicator]) => () => indicator.check(key));
  }
}
