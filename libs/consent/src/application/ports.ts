import type { DataPurpose, LegalBasis } from '@usm/contracts';
import type { AgreementRow } from '../domain/agreement/agreements-current.projection';
import type { ConsentCurrentRow } from '../domain/consent/consent-current.projection';
import type { ConsentHistoryRow } from '../domain/consent/consent-history.projection';
import type { ProcessingContext } from '../domain/legal-basis/legal-basis.policy';

/** The time commands carry as `now`. */
export interface Clock {
  now(): Date;
}

/** New ids for agreements and for commands sent without an idempotency key. */
export interface IdGenerator {
  newId(): string;
}

/** Queries over `consent_current` and `consent_history`. */
export interface ConsentReadModel {
  currentConsent(subjectId: string, purpose: DataPurpose): Promise<ConsentCurrentRow | null>;
  /** History rows of a subject, for one purpose or all, in (purpose, version) order. */
  consentHistory(subjectId: string, purpose?: DataPurpose): Promise<readonly ConsentHistoryRow[]>;
  /** Granted consents whose expiry is at or before `at`, oldest expiry first, at most `limit`. */
  dueForExpiry(at: Date, limit: number): Promise<readonly ConsentCurrentRow[]>;
}

/** Queries over `agreements_current`. */
export interface AgreementReadModel {
  findAgreement(agreementId: string): Promise<AgreementRow | null>;
  /** Agreements whose status is active, for one partner or all; callers check validity at their instant. */
  activeAgreements(partnerId?: string): Promise<readonly AgreementRow[]>;
}

/** How a command ended, for metrics: its result, or the kind of refusal. */
export type CommandOutcome = 'appended' | 'duplicate' | 'unchanged' | 'invalid' | 'not_found' | 'conflict' | 'refused' | 'failed';

/** Counts the ledger's commands by aggregate, command type and outcome. */
export interface LedgerMetrics {
  commandHandled(aggregate: 'consent' | 'agreement', command: string, outcome: CommandOutcome): void;
}

/** Answers whether personal data may be processed for a purpose under a legal basis (used by the privacy pipeline). */
export interface LegalBasisGate {
  allows(basis: LegalBasis, purpose: DataPurpose, context: ProcessingContext): Promise<boolean>;
}
