import { HealthIndicatorService } from '@nestjs/terminus';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import type { OutboxRelay } from '@usm/event-sourcing';
import { relayProblemOf } from '@usm/event-sourcing';
import type { MeshHealthIndicator } from '@usm/observability';

/**
 * Readiness of the ledger's outbox relay: its status (leading, standby, fenced, …), backlog and the age of
 * the oldest unpublished row; down when that row waited past the bound or the relay stopped, since the
 * ledger's read models (and every consumer of its topics) then fall behind without a sign.
 */
export class OutboxRelayIndicator implements MeshHealthIndicator {
  private readonly results = new HealthIndicatorService();

  constructor(
    private readonly relay: OutboxRelay,
    private readonly maxPendingMs: number,
  ) {}

  async check(key: string): Promise<HealthIndicatorResult> {
    const session = this.results.check(key);
    try {
      const report = await this.relay.report();
      const details = { relayStatus: report.status, backlogRows: report.backlogRows, oldestPendingMs: report.oldestPendingMs, consecutiveFailures: report.consecutiveFailures, lastFailure: report.lastFailure };
      const problem = relayProblemOf(report, this.maxPendingMs);
      return problem === null ? session.up(details) : session.down({ ...details, problem });
    } catch (error) {
      return session.down({ problem: 'backlog-unknown', message: error instanceof Error ? error.name : 'outbox unreadable' });
    }
  }
}
