import { Inject, Injectable } from '@nestjs/common';
import type { DataPurpose, LegalBasis } from '@usm/contracts';
import { EVENT_STORE } from '@usm/event-sourcing';
import type { EventStore } from '@usm/event-sourcing';
import type { StoredConsentEvent } from '../domain/consent/consent-event.upcaster';
import { consentStreamId } from '../domain/consent/consent-stream-id';
import { consentViewOfStream } from '../domain/consent/consent-view-of-stream';
import { answerUnknown } from '../domain/legal-basis/legal-basis.errors';
import type { ProcessingContext } from '../domain/legal-basis/legal-basis.policy';
import { isProcessingLawful } from '../domain/legal-basis/legal-basis.policy';
import type { LegalBasisGate } from './ports';

/**
 * The legal-basis gate over the consent ledger: consent-based processing needs the subject's consent in
 * force at the instant asked about. It reads the subject's consent stream from the event store (the
 * source of truth), never a read model a stalled relay or projection could leave behind (ADR 0008);
 * when the store cannot be read the answer is unknown (CONSENT.LEGAL_BASIS_UNKNOWN, HTTP 503).
 */
@Injectable()
export class ConsentLegalBasisGate implements LegalBasisGate {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async allows(basis: LegalBasis, purpose: DataPurpose, context: ProcessingContext): Promise<boolean> {
    if (basis !== 'consent' || context.subjectId === null) return isProcessingLawful(basis, purpose, context, null);
    const stream = await this.store.readStream<StoredConsentEvent>(consentStreamId(context.subjectId, purpose)).catch((cause: unknown) => {
      throw answerUnknown(cause);
    });
    return isProcessingLawful(basis, purpose, context, consentViewOfStream(context.subjectId, purpose, stream.events, context.at));
  }

  /** `allows` in positional form: may this subject's data (null: no subject) be processed for `purpose` under `basis` at `at`? */
  isProcessingAllowed(subjectId: string | null, basis: LegalBasis, purpose: DataPurpose, at: Date): Promise<boolean> {
    return this.allows(basis, purpose, { subjectId, at });
  }
}
