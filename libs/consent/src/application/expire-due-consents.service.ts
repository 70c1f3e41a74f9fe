import { Inject, Injectable } from '@nestjs/common';
import { ConcurrencyError, RuleViolationError } from '@usm/errors';
import { CLOCK, CONSENT_READ_MODEL } from '../consent.tokens';
import { ConsentCommandsService } from './consent-commands.service';
import type { Clock, ConsentReadModel } from './ports';

/** What one pass of the expiry scheduler did. */
export interface ExpiryPass {
  readonly expired: number;
  /** Consents that changed since the read model saw them (renewed, revoked, already expired). */
  readonly skipped: number;
}

/**
 * The expiry scheduler's pass: issues ExpireConsent for every granted consent whose expiry is reached.
 * The command id names the consent and its version, so two schedulers, or a retried pass, record one expiry.
 */
@Injectable()
export class ExpireDueConsentsService {
  constructor(
    private readonly commands: ConsentCommandsService,
    @Inject(CONSENT_READ_MODEL) private readonly readModel: ConsentReadModel,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async runOnce(batchSize = 100): Promise<ExpiryPass> {
    const due = await this.readModel.dueForExpiry(this.clock.now(), batchSize);
    let expired = 0;
    for (const row of due) {
      const context = { commandId: `expire-${row.consentId}-v${row.version}`, expectedVersion: row.version, actor: 'consent-expiry-scheduler' };
      try {
        const receipt = await this.commands.expire(row.subjectId, row.purpose, context);
        if (receipt.outcome === 'appended') expired += 1;
      } catch (error) {
        // The read model lags the stream: a consent renewed or revoked meanwhile is not due any more.
        if (!(error instanceof RuleViolationError || error instanceof ConcurrencyError)) throw error;
      }
    }
    return { expired, skipped: due.length - expired };
  }
}
