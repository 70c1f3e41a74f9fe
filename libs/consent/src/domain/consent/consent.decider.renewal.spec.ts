import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { consentDecider } from './consent.decider';
import { ConsentErrorCode } from './consent.errors';
import { day, expired, granted, renewCommand, renewed, revoked, t0 } from './consent.spec-fixtures';

const spec = DeciderSpecification.for(consentDecider);
const yearEnd = t0 + 365 * day;

describe('Consent decider: RenewConsent', () => {
  it('given no consent, when renewed, then not found', () => {
    spec.given([]).when(renewCommand(t0, null)).thenThrows(NotFoundError, ConsentErrorCode.NotFound);
  });

  it('given a consent in force, when renewed to a later expiry, then ConsentRenewed', () => {
    spec.given([granted(t0)]).when(renewCommand(t0 + day, yearEnd + day)).then([renewed(t0 + day, yearEnd + day)]);
  });

  it('given a consent in force, when renewed with no expiry, then ConsentRenewed without expiry', () => {
    spec.given([granted(t0)]).when(renewCommand(t0 + day, null)).then([renewed(t0 + day, null)]);
  });

  it('given a consent in force, when renewed to the same expiry under a newer notice, then ConsentRenewed', () => {
    spec.given([granted(t0)]).when(renewCommand(t0 + day, yearEnd, 'notice-5')).then([renewed(t0 + day, yearEnd, 'notice-5')]);
  });

  it('given a consent in force, when renewed to an earlier expiry, then refused', () => {
    spec.given([granted(t0)]).when(renewCommand(t0 + day, yearEnd - day)).thenThrows(RuleViolationError, ConsentErrorCode.RenewalShortensExpiry);
  });

  it('given a consent that never expires, when renewed with an expiry, then refused', () => {
    spec.given([granted(t0, null)]).when(renewCommand(t0 + day, yearEnd)).thenThrows(RuleViolationError, ConsentErrorCode.RenewalShortensExpiry);
  });

  it('given a consent in force, when renewed to an expiry already past, then refused', () => {
    spec.given([granted(t0, null)]).when(renewCommand(t0 + day, t0)).thenThrows(RuleViolationError, ConsentErrorCode.ExpiryNotInFuture);
  });

  it('given a consent whose expiry passed unmarked, when renewed, then refused: it needs a fresh grant', () => {
    spec.given([granted(t0, t0 + day)]).when(renewCommand(t0 + day, yearEnd)).thenThrows(RuleViolationError, ConsentErrorCode.ExpiredNotRenewable);
  });

  it('given a revoked consent, when renewed, then refused', () => {
    spec.given([granted(t0), revoked(t0 + day)]).when(renewCommand(t0 + 2 * day, null)).thenThrows(RuleViolationError, ConsentErrorCode.RevokedNotRenewable);
  });

  it('given an expired consent, when renewed, then refused', () => {
    spec.given([granted(t0, t0 + day), expired(t0 + day)]).when(renewCommand(t0 + 2 * day, null)).thenThrows(RuleViolationError, ConsentErrorCode.ExpiredNotRenewable);
  });
});
