import { NotFoundError, ValidationError } from '@usm/errors';

/** Stable codes of the withdrawal process manager. */
export const WithdrawalErrorCode = {
  NoticeInvalid: 'DATASETS.RETRACTION_NOTICE_INVALID',
  NoticeUnknown: 'DATASETS.RETRACTION_NOTICE_UNKNOWN',
} as const;

/** A retraction notice broke a rule; names the field and the rule, never a value (event ids say nothing, but stay out of logs). */
export function noticeInvalid(field: string, rule: string, message: string): ValidationError {
  return new ValidationError(WithdrawalErrorCode.NoticeInvalid, [{ field, rule, message }]);
}

/** A withdrawal was reported for a notice that was never recorded. */
export function noticeUnknown(noticeId: string): NotFoundError {
  return new NotFoundError(WithdrawalErrorCode.NoticeUnknown, `no retraction notice ${noticeId} was recorded`, { details: { noticeId } });
}
