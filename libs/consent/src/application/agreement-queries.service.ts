import { Inject, Injectable } from '@nestjs/common';
import type { AgreementRow } from '../domain/agreement/agreements-current.projection';
import { isInForce } from '../domain/agreement/agreements-current.projection';
import { agreementNotFound } from '../domain/agreement/agreement.errors';
import { AGREEMENT_READ_MODEL, CLOCK } from '../consent.tokens';
import type { AgreementReadModel, Clock } from './ports';

/** Answers over `agreements_current`. */
@Injectable()
export class AgreementQueriesService {
  constructor(
    @Inject(AGREEMENT_READ_MODEL) private readonly readModel: AgreementReadModel,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** One agreement; NotFoundError when none has that id. */
  async agreement(agreementId: string): Promise<AgreementRow> {
    const row = await this.readModel.findAgreement(agreementId);
    if (row === null) throw agreementNotFound(agreementId);
    return row;
  }

  /** Agreements in force now (active and within validity), for one partner or all. */
  async activeAgreements(partnerId?: string): Promise<readonly AgreementRow[]> {
    const now = this.clock.now();
    return (await this.readModel.activeAgreements(partnerId)).filter((row) => isInForce(row, now));
  }
}
