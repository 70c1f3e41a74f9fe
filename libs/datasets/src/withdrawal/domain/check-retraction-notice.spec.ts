import { ValidationError } from '@usm/errors';
import { checkRetractionNotice } from './check-retraction-notice';
import { WithdrawalErrorCode } from './withdrawal.errors';
import { eventA, eventB, notice } from './withdrawal.spec-fixtures';

const violation = (run: () => unknown): { field?: unknown; rule?: unknown; code?: string } => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return { ...(error as ValidationError).details, code: (error as ValidationError).code };
  }
  throw new Error('no error thrown');
};

describe('checkRetractionNotice', () => {
  it('accepts a partner notice about its own events, with ids sorted, lowercased and once each', () => {
    expect(checkRetractionNotice({ ...notice, eventIds: [eventB, eventA.toUpperCase(), eventB] }, 'incheon').eventIds).toEqual([eventA, eventB]);
  });

  it('refuses a notice retracting another city\u2019s events, naming the field and the rule', () => {
    expect(violation(() => checkRetractionNotice(notice, 'barcelona'))).toMatchObject({ field: 'city', rule: 'source-city', code: WithdrawalErrorCode.NoticeInvalid });
  });

  it('refuses an empty notice, an id that is not a UUID and a bad notice id', () => {
    expect(violation(() => checkRetractionNotice({ ...notice, eventIds: [] }, 'incheon'))).toMatchObject({ field: 'eventIds', rule: 'non-empty' });
    expect(violation(() => checkRetractionNotice({ ...notice, eventIds: [eventA, 'subject-42'] }, 'incheon'))).toMatchObject({ field: 'eventIds[1]', rule: 'uuid' });
    expect(violation(() => checkRetractionNotice({ ...notice, noticeId: 'n-1' }, 'incheon'))).toMatchObject({ field: 'noticeId', rule: 'uuid' });
  });
});
