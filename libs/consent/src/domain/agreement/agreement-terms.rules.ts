import { findTopic } from '@usm/contracts';
import type { DraftAgreement } from './agreement.commands';
import { AgreementErrorCode, agreementRefused } from './agreement.errors';

/** Checks a draft's terms: at least one shareable catalog topic and one purpose, a positive retention, a non-empty period. */
export function assertDraftTerms({ data }: DraftAgreement): void {
  const refuse = (code: AgreementErrorCode, message: string) => agreementRefused(code, data.agreementId, message);
  if (data.topics.length === 0) throw refuse(AgreementErrorCode.NoTopics, 'an agreement shares at least one topic');
  const refused = data.topics.find((name) => findTopic(name)?.shareable !== true);
  if (refused !== undefined) {
    throw refuse(AgreementErrorCode.TopicNotShareable, `topic ${refused} is not a shareable catalog topic`);
  }
  if (data.purposes.length === 0) throw refuse(AgreementErrorCode.NoPurposes, 'an agreement covers at least one purpose');
  if (!Number.isInteger(data.partnerRetentionDays) || data.partnerRetentionDays < 1) {
    throw refuse(AgreementErrorCode.InvalidRetention, 'partnerRetentionDays must be a whole number of days, at least 1');
  }
  const { validFrom, validUntil } = data.validity;
  if (validUntil !== null && validUntil <= validFrom) {
    throw refuse(AgreementErrorCode.InvalidValidity, 'validUntil must be later than validFrom');
  }
}
