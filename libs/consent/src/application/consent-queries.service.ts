import { Inject, Injectable } from '@nestjs/common';
import type { DataPurpose } from '@usm/contracts';
import type { ConsentHistoryRow } from '../domain/consent/consent-history.projection';
import type { ConsentView } from '../domain/consent/consent-view';
import { viewAsOf, viewOfCurrent } from '../domain/consent/consent-view';
import { CLOCK, CONSENT_READ_MODEL } from '../consent.tokens';
import type { Clock, ConsentReadModel } from './ports';

/** Answers over the consent read models. */
@Injectable()
export class ConsentQueriesService {
  constructor(
    @Inject(CONSENT_READ_MODEL) private readonly readModel: ConsentReadModel,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The subject's consent for a purpose now (from `consent_current`) or as it stood at `asOf` (from `consent_history`). */
  async consentFor(subjectId: string, purpose: DataPurpose, asOf?: Date): Promise<ConsentView> {
    if (asOf === undefined) return viewOfCurrent(subjectId, purpose, await this.readModel.currentConsent(subjectId, purpose), this.clock.now());
    return viewAsOf(subjectId, purpose, await this.readModel.consentHistory(subjectId, purpose), asOf);
  }

  /** Every recorded consent event of a subject, optionally for one purpose. */
  history(subjectId: string, purpose?: DataPurpose): Promise<readonly ConsentHistoryRow[]> {
    return this.readModel.consentHistory(subjectId, purpose);
  }
}
