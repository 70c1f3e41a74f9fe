import { Injectable } from '@nestjs/common';
import type { HealthIndicatorFunction } from '@nestjs/terminus';
import type { MeshHealthIndicator } from './mesh-health-indicator';

/** Where bounded contexts plug the dependencies they need into `/health`. */
@Injectable()
export class HealthChecks {
  private readonly indicators = new Map<string, MeshHealthIndicator>();

  /** Adds an indicator under `key`. A key already taken keeps its first indicator: contexts of one node share Kafka, registry and database. */
  register(key: string, indicator: MeshHealthIndicator): void {
    if (!this.indicators.has(key)) this.indicators.set(key, indicator);
  }

  keys(): string[] {
    return [...this.indicators.keys()];
  }

  /** One terminus indicator function per registered key. */
  indicatorFunctions(): HealthIndicatorFunction[] {
    return [...this.indicators].map(([key, indicator]) => () => indicator.check(key));
  }
}
