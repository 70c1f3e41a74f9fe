import type { Registry } from 'prom-client';
import { Counter, Histogram } from 'prom-client';
import type { WithdrawalMetrics } from '../../application/withdrawal.ports';
import type { RetractionOrigin } from '../../domain/retraction-notice';

/**
 * `usm_datasets_withdrawal_seconds{origin,since}`: from the end of the consent (`consentEnded`, the notice's
 * retractedAt) or from the notice's arrival here (`noticeArrived`, partner notices) until the release holding
 * retracted events was withdrawn with its successor published. The target is 60 s for both.
 */
export class PrometheusWithdrawalMetrics implements WithdrawalMetrics {
  private readonly seconds: Histogram<'origin' | 'since'>;
  private readonly notices: Counter<'origin' | 'outcome'>;

  constructor(registry: Registry) {
    this.seconds = new Histogram({
      name: 'usm_datasets_withdrawal_seconds',
      help: 'Seconds from the end of a consent (or the arrival of a partner notice) until a release holding the retracted events was withdrawn and superseded.',
      labelNames: ['origin', 'since'],
      buckets: [1, 2, 5, 10, 20, 30, 45, 60, 90, 120, 300],
      registers: [registry],
    });
    this.notices = new Counter({
      name: 'usm_datasets_retraction_notices_total',
      help: 'Retraction notices handled, by origin (own, partner) and outcome (recorded, replayed, ignored).',
      labelNames: ['origin', 'outcome'],
      registers: [registry],
    });
  }

  observeSuperseded(origin: RetractionOrigin, since: 'consentEnded' | 'noticeArrived', seconds: number): void {
    this.seconds.observe({ origin, since }, Math.max(0, seconds));
  }

  countNotice(origin: RetractionOrigin, outcome: 'recorded' | 'replayed' | 'ignored'): void {
    this.notices.inc({ origin, outcome });
  }
}
