import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { consentDecider } from './consent.decider';
import { ConsentErrorCode } from './consent.errors';
import { day, expireCommand, expired, granted, renewed, revoked, t0 } from './consent.spec-fixtures';

const spec = DeciderSpecification.for(consentDecider);

describe('Consent decider: ExpireConsent', () => {
  it('given no consent, when expired, then not found', () => {
    spec.given([]).when(expireCommand(t0)).thenThrows(NotFoundError, ConsentErrorCode.NotFound);
  });

  it('given a consent at its expiry, when expired, then ConsentExpired at the expiry instant', () => {
    spec.given([granted(t0, t0 + day)]).when(expireCommand(t0 + day)).then([expired(t0 + day)]);
  });

  it('given a consent past its expiry, when expired late by the scheduler, then ConsentExpired at the expiry instant', () => {
    spec.given([granted(t0, t0 + day)]).when(expireCommand(t0 + 3 * day)).then([expired(t0 + day)]);
  });

  it('given a consent before its expiry, when expired, then refused as not yet due', () => {
    spec.given([granted(t0, t0 + day)]).when(expireCommand(t0 + day - 1)).thenThrows(RuleViolationError, ConsentErrorCode.NotYetDue);
  });

  it('given a renewed consent, when expired at the old expiry, then refused as not yet due', () => {
    spec.given([granted(t0, t0 + day), renewed(t0 + 1, t0 + 2 * day)]).when(expireCommand(t0 + day)).thenThrows(RuleViolationError, ConsentErrorCode.NotYetDue);
  });

  it('given a consent without expiry, when expired, then refused as not expiring', () => {
    spec.given([granted(t0, null)]).when(expireCommand(t0 + 999 * day)).thenThrows(RuleViolationError, ConsentErrorCode.NotExpiring);
  });

  it('given a revoked consent, when expired, then refused as already revoked', () => {
    spec.given([granted(t0, t0 + day), revoked(t0 + 1)]).when(expireCommand(t0 + day)).thenThrows(RuleViolationError, ConsentErrorCode.AlreadyRevoked);
  });

  it('given an expired consent, when expired again, then refused as already expired', () => {
    spec.given([granted(t0, t0 + day), expired(t0 + day)]).when(expireCommand(t0 + 2 * day)).thenThrows(RuleViolationError, ConsentErrorCode.AlreadyExpired);
  });
});
