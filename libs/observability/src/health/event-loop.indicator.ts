import type { HealthIndicatorResult } from '@nestjs/terminus';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { MeshHealthIndicator } from './mesh-health-indicator';

/** Liveness: the event loop turns, and runs a callback queued now within `maxDelayMs`. */
export class EventLoopHealthIndicator implements MeshHealthIndicator {
  private readonly results = new HealthIndicatorService();

  constructor(private readonly maxDelayMs: number) {}

  async check(key: string): Promise<HealthIndicatorResult> {
    const started = process.hrtime.bigint();
    await new Promise<void>((resolve) => setImmediate(resolve));
    const delayMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    const session = this.results.check(key);
    return delayMs <= this.maxDelayMs ? session.up({ delayMs }) : session.down({ delayMs, maxDelayMs: this.maxDelayMs });
  }
}
