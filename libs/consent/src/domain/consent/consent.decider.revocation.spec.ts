import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { consentDecider } from './consent.decider';
import { ConsentErrorCode } from './consent.errors';
import { day, expired, granted, renewed, revokeCommand, revoked, t0 } from './consent.spec-fixtures';

const spec = DeciderSpecification.for(consentDecider);

describe('Consent decider: RevokeConsent', () => {
  it('given no consent, when revoked, then not found', () => {
    spec.given([]).when(revokeCommand(t0)).thenThrows(NotFoundError, ConsentErrorCode.NotFound);
  });

  it('given a consent in force, when revoked, then ConsentRevoked with the reason code', () => {
    spec.given([granted(t0)]).when(revokeCommand(t0 + day, 'subjectRequest')).then([revoked(t0 + day, 'subjectRequest')]);
  });

  it('given a renewed consent, when revoked, then ConsentRevoked', () => {
    spec.given([granted(t0), renewed(t0 + day, null)]).when(revokeCommand(t0 + 2 * day)).then([revoked(t0 + 2 * day)]);
  });

  it('given a consent whose expiry passed unmarked, when revoked, then ConsentRevoked', () => {
    spec.given([granted(t0, t0 + day)]).when(revokeCommand(t0 + 2 * day)).then([revoked(t0 + 2 * day)]);
  });

  it('given a revoked consent, when revoked again, then refused as already revoked', () => {
    spec.given([granted(t0), revoked(t0 + day)]).when(revokeCommand(t0 + 2 * day)).thenThrows(RuleViolationError, ConsentErrorCode.AlreadyRevoked);
  });

  it('given an expired consent, when revoked, then refused as already expired', () => {
    spec.given([granted(t0, t0 + day), expired(t0 + day)]).when(revokeCommand(t0 + 2 * day)).thenThrows(RuleViolationError, ConsentErrorCode.AlreadyExpired);
  });
});
