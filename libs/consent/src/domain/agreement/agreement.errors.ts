import { NotFoundError, RuleViolationError } from '@usm/errors';

/** Stable codes of every refusal of the agreement aggregate. */
export const AgreementErrorCode = {
  NotFound: 'AGREEMENT.NOT_FOUND',
  AlreadyExists: 'AGREEMENT.ALREADY_EXISTS',
  Terminated: 'AGREEMENT.TERMINATED',
  NotDraft: 'AGREEMENT.NOT_DRAFT',
  NotProposed: 'AGREEMENT.NOT_PROPOSED',
  AlreadySigned: 'AGREEMENT.ALREADY_SIGNED',
  SignaturesMissing: 'AGREEMENT.SIGNATURES_MISSING',
  OutsideValidity: 'AGREEMENT.OUTSIDE_VALIDITY',
  AlreadyActive: 'AGREEMENT.ALREADY_ACTIVE',
  NotActive: 'AGREEMENT.NOT_ACTIVE',
  NoTopics: 'AGREEMENT.NO_TOPICS',
  TopicNotShareable: 'AGREEMENT.TOPIC_NOT_SHAREABLE',
  NoPurposes: 'AGREEMENT.NO_PURPOSES',
  InvalidRetention: 'AGREEMENT.INVALID_RETENTION',
  InvalidValidity: 'AGREEMENT.INVALID_VALIDITY',
} as const;

export type AgreementErrorCode = (typeof AgreementErrorCode)[keyof typeof AgreementErrorCode];

/** A refused agreement command; agreement ids are opaque, so they may go in details. */
export function agreementRefused(code: AgreementErrorCode, agreementId: string, message: string): RuleViolationError {
  return new RuleViolationError(code, message, { details: { rule: code, aggregateId: agreementId } });
}

export function agreementNotFound(agreementId: string): NotFoundError {
  return new NotFoundError(AgreementErrorCode.NotFound, `no agreement ${agreementId}`, { details: { aggregateId: agreementId } });
}
