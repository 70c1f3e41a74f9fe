import { Inject, Injectable } from '@nestjs/common';
import type { DataPurpose, LegalBasis } from '@usm/contracts';
import { viewAsOf } from '../domain/consent/consent-view';
import type { ProcessingContext } from '../domain/legal-basis/legal-basis.policy';
import { isProcessingLawful } from '../domain/legal-basis/legal-basis.policy';
import { CONSENT_READ_MODEL } from '../consent.tokens';
import type { ConsentReadModel, LegalBasisGate } from './ports';

/**
 * The legal-basis gate over the consent ledger: consent-based processing needs the subject's consent
 * in force at the instant asked about (from `consent_history`, so past instants answer as they stood).
 */
@Injectable()
export class ConsentLegalBasisGate implements LegalBasisGate {
  constructor(@Inject(CONSENT_READ_MODEL) private readonly readModel: ConsentReadModel) {}

  async allows(basis: LegalBasis, purpose: DataPurpose, context: ProcessingContext): Promise<boolean> {
    if (basis !== 'consent' || context.subjectId === null) return isProcessingLawful(basis, purpose, context, null);
    const rows = await this.readModel.consentHistory(context.subjectId, purpose);
    return isProcessingLawful(basis, purpose, context, viewAsOf(context.subjectId, purpose, rows, context.at));
  }

  /** `allows` in positional form: may this subject's data (null: no subject) be processed for `purpose` under `basis` at `at`? */
  isProcessingAllowed(subjectId: string | null, basis: LegalBasis, purpose: DataPurpose, at: Date): Promise<boolean> {
    return this.allows(basis, purpose, { subjectId, at });
  }
}
